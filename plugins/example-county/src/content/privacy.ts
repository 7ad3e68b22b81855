import type { ContentPage } from '@open-sds/plugin-sdk'
import { FICTIONAL_NOTICE } from './fictional-notice.js'

export const privacy: ContentPage = {
  slug: 'privacy',
  title: 'Adult social care privacy notice',
  summary: 'What we record about you, the law that lets us, who we share it with, how long we keep it and your rights.',
  markdown: `${FICTIONAL_NOTICE}

## Who is responsible for your information

Northmoor County Council is the data controller for the information you give this service. This means we decide
how it is used and we are responsible for keeping it safe.

Our data protection officer is the Information Governance Manager. You can contact them by email at
dpo@northmoor.example.org, or write to Information Governance, Northmoor County Council, County Hall, Moor Road,
Northmoor NM1 1AA.

## What we record

When you use this service, or when we assess and support you, we record:

- your name, date of birth, address, phone number, email and NHS number
- who helps you: your carers, family, advocate or anyone with power of attorney
- your health, disability and care needs, and what you want to achieve
- your support plan, your personal budget and how it is spent
- your income, savings and property, if we do a financial assessment to work out what you pay towards your care
- anything you tell us about your ethnicity, religion or sexuality, if that matters for your care

Information about your health, and some of the other things above, is **special category data**. UK data
protection law gives it extra protection, and we only use it when we need to.

## Why we use your information and the law that allows it

We use your information to do what the Care Act 2014 asks of us: assess your needs, decide whether you are eligible
for support, set your personal budget, agree your care and support plan, arrange or pay for support, work out what
you can afford to pay, and review how it is going.

- **Lawful basis.** Using your personal data is necessary for a task we carry out in the public interest and in
  the exercise of our official authority as a local authority: UK GDPR Article 6(1)(e).
- **Special category data.** Using your health and care information is necessary to provide social care and manage
  social care services: UK GDPR Article 9(2)(h), with the condition in the Data Protection Act 2018, Schedule 1,
  Part 1, paragraph 2 (health or social care purposes). It is handled by, or under the responsibility of,
  professionals who have a duty of confidentiality.
- **Keeping people safe.** If we believe someone is at risk of abuse or neglect, we may share information without
  consent to protect them. We rely on Article 9(2)(g) (substantial public interest) with Schedule 1, Part 2,
  paragraph 18 of the Data Protection Act 2018 (safeguarding of individuals at risk).

We do not rely on your consent to use your information for your care, because we have a legal duty to provide it.
We will still talk to you about who we share it with and listen to what you want.

## Decisions made by computer

This service works out an **estimate** of your personal budget from your answers. A social worker or care
coordinator always checks it with you and agrees your final budget. No decision about your care or your money is
made by a computer alone.

## Who we share your information with

We only share what someone needs to know to arrange, provide or check your care:

- care providers and personal assistants you choose, and the direct payment support service if you have a direct
  payment
- your GP and NHS services, when your health and social care need to work together
- Riverside Disability Voice, if you ask them to help you plan your support
- the Department of Health and Social Care and NHS England, who receive care records without your name for national
  statistics

We never sell your information, and we never use it for marketing.

## How long we keep your information

| Record | How long we keep it |
| --- | --- |
| Your adult social care record, support plans and reviews | 8 years after our last contact with you, or 8 years after death |
| Financial assessments and direct payment accounts | 6 years after the end of the financial year they relate to |
| Drafts you start online but never send | 12 months after you last changed them |

After that, we delete records securely.

## Your rights

You have the right to:

- get a copy of the information we hold about you (a subject access request): we will reply within one month
- ask us to correct anything that is wrong or incomplete
- ask us to restrict how we use your information while a problem is being sorted out
- object to how we use your information: we will stop unless we have strong legal reasons to continue
- ask us to delete your information: we may not be able to while we have a legal duty to keep it

To use any of these rights, email dpo@northmoor.example.org or phone 01632 960 130.

## If you are not happy

Please contact our data protection officer first. If you are still not happy, you can complain to the Information
Commissioner's Office at ico.org.uk or on 0303 123 1113.

This notice was last updated on 3 March 2025.
`,
}
