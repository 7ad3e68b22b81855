import type { ContentPage } from '@open-sds/plugin-sdk'
import { FICTIONAL_NOTICE } from './fictional-notice.js'

export const aboutUs: ContentPage = {
  slug: 'about-us',
  title: 'About Riverside Disability Voice',
  summary: 'We are run by disabled people, for disabled people. We help each other take control of our support.',
  markdown: `${FICTIONAL_NOTICE}

Riverside Disability Voice is a user-led organisation. That means disabled people run it: most of our trustees,
staff and volunteers are disabled people, people with long-term health conditions, or people who use care and
support. We know what it is like because we live it.

## What we believe

- Disabled people are the experts in our own lives.
- Everyone should have choice and control over their support, and the money that pays for it.
- Nothing about us without us: services for disabled people should be designed with disabled people.

## What we do

- **Peer support.** Talk to someone who has been there: about personal budgets, direct payments, employing a
  personal assistant, or just getting through a hard week. [Find out about peer support](/pages/peer-support).
- **Support planning.** We can help you write your support plan in this service, at your pace, in your words.
- **Speaking up together.** We bring disabled people's views to Northmoor County Council and the local NHS, and
  we run the surveys that help them learn what works. We report back what changed.

## How we are run

We are a registered charity with a board of 9 trustees, elected by our members every year. At least two thirds
of the board must be disabled people. Membership is free for any disabled person living in the Riverside area.

## This service

We run this online service with the Open SDS software. You can use it to plan your support with a peer supporter,
and to tell us and the council how your support is going. What you tell us in our surveys is only shared as
numbers and themes, never in a way that could identify you.
`,
}
