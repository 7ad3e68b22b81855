import type { ContentPage } from '@open-sds/plugin-sdk'
import { FICTIONAL_NOTICE } from './fictional-notice.js'

export const peerSupport: ContentPage = {
  slug: 'peer-support',
  title: 'Peer support',
  summary: 'Talk to another disabled person who has done it: personal budgets, direct payments, employing a PA.',
  footer: true,
  markdown: `${FICTIONAL_NOTICE}

Peer support means support from someone who has been in a similar situation. All of our peer supporters are
disabled people who have used care and support themselves. They are trained, paid or volunteering, and they are
on your side.

## What we can help with

- understanding the self-assessment questions and what the council means by them
- thinking about what a good life looks like for you, before you think about services
- writing your support plan in your own words
- choosing how to get your personal budget: direct payment, council-managed, or a mix
- finding, employing and managing a personal assistant
- what to do if you disagree with your budget or your plan

We do not tell you what to do, and we do not work for the council.

## Ways to get peer support

- **One to one.** Meet a peer supporter at our drop-in, at your home, by phone or by video call. Sessions are
  usually an hour, and you can have as many as you need.
- **Direct payments group.** Meets on the first Wednesday of every month, 11am to 1pm, at The Old Library. Bring
  your questions about payroll, insurance and being an employer.
- **Online group.** Every Monday evening, 7pm to 8pm, by video call with captions. Cameras optional.

All of our peer support is free.

## Become a peer supporter

If you have used a personal budget and want to help others, we would love to hear from you. We provide training,
pay expenses, and pay our one-to-one peer supporters for their time.

## Get started

Call 01632 960 500, text 07700 900 500, or email peers@riverside-voice.example.org. Tell us how you would like us
to get back to you.
`,
}
