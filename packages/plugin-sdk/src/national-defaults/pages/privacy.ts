import type { ContentPage } from '../../content-schema.js'
import { TEMPLATE_NOTICE } from '../template-notice.js'

export const privacyPage: ContentPage = {
  slug: 'privacy',
  title: 'Privacy notice',
  summary: 'What information this service keeps about you, why, who sees it, how long we keep it and your rights.',
  markdown: `${TEMPLATE_NOTICE}

## Who we are

[Organisation name] is the data controller for the information you give this service. Our data protection officer
is [name or role], at [email address] or [postal address].

## What information we collect

To assess your needs, work out your personal budget and plan your support, we collect:

- your name, date of birth, address and contact details
- the names and contact details of people who help you, such as a carer, family member or advocate
- information about your health, disability and care needs
- information about your money, if you ask us to work out what you may need to pay towards your care
- what you tell us about the outcomes that matter to you and how your support is going

Information about your health and care is special category data. The law protects it more strongly, and so do we.

## Why we use it, and the law that lets us

[Check this section with your data protection officer: it is the usual position for a council, not for every
organisation.]

We use your information to carry out our duties under the Care Act 2014: assessing needs, meeting eligible needs,
giving you a personal budget and reviewing your care and support plan.

- Our lawful basis is that this is a task carried out in the public interest or in the exercise of official
  authority (UK GDPR Article 6(1)(e)).
- Our condition for special category data is that it is needed to provide health or social care (UK GDPR Article
  9(2)(h), with the Data Protection Act 2018, Schedule 1, paragraph 2).

## Who we share it with

We share only what each person needs to know, and only to arrange or check your care and support: [list, for
example, care providers you choose, your GP, the NHS, a direct payment support service]. We never sell your
information.

We may have to share information without your agreement if someone is at risk of serious harm, or if the law
requires it.

## How long we keep it

We keep your records for [period] after our last contact with you, then delete them securely. [Give your retention
schedule or say where to find it.]

## Your rights

You have the right to:

- ask for a copy of the information we hold about you
- ask us to correct information that is wrong
- ask us to limit or stop using your information in some cases
- object to how we use your information

To use any of these rights, contact [email address]. We will reply within one month.

## Complaints

If you are unhappy with how we have used your information, contact our data protection officer first. You can also
complain to the Information Commissioner's Office (ICO) at ico.org.uk.

This notice was last updated on [date].
`,
}
