import type { ContentPage } from '../../content-schema.js'
import { TEMPLATE_NOTICE } from '../template-notice.js'

export const contactPage: ContentPage = {
  slug: 'contact',
  title: 'Contact us',
  summary: 'How to get in touch, and what to do if you need help urgently.',
  markdown: `${TEMPLATE_NOTICE}

## Ask a question or get help

- email: [email address]
- phone: [phone number], [opening hours]
- write to: [postal address]

If you are deaf or have a hearing or speech impairment, you can use Relay UK: dial 18001 then [phone number].
[Say whether you offer British Sign Language video calls, and how to book one.]

## If someone is in danger

If you think someone is in immediate danger, call 999.

If you are worried that an adult is being abused or neglected, contact [your safeguarding adults team] on
[phone number]. Outside office hours, call [emergency duty team phone number].

## Make a complaint

[Explain your complaints procedure in plain words, or link to it. Say that people can go to the Local Government
and Social Care Ombudsman if they are not happy with your final answer.]
`,
}
