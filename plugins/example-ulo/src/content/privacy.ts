import type { ContentPage } from '@open-sds/plugin-sdk'
import { FICTIONAL_NOTICE } from './fictional-notice.js'

export const privacy: ContentPage = {
  slug: 'privacy',
  title: 'Your information and your privacy',
  summary: 'What we keep about you, why, who we share it with and how to get it deleted.',
  markdown: `${FICTIONAL_NOTICE}

## The short version

- We only keep what we need to support you.
- We ask your permission before we share anything with the council or anyone else, unless someone is in danger.
- You can see what we hold about you, and ask us to change or delete it, at any time.

## Who we are

Riverside Disability Voice is a registered charity. We are the data controller for the information you give us
directly. If you ask us to help you write a support plan for Northmoor County Council, the council is the
controller for what goes into that plan, and we handle it on its behalf under a written agreement.

Our data protection lead is our Operations Manager: privacy@riverside-voice.example.org.

## What we keep

- your name and how to contact you
- how you like to communicate, and any adjustments you need
- notes from peer support conversations, only if you agree to us keeping them
- your answers to our surveys

Information about your health and disability is special category data, which the law protects more strongly.

## Why, and the law that lets us

- **Peer support and membership.** We rely on your consent (UK GDPR Article 6(1)(a)), and for health and
  disability information your explicit consent (Article 9(2)(a)). You can withdraw it at any time.
- **Surveys.** We rely on our legitimate interest in improving local services (Article 6(1)(f)), and only report
  results as numbers and themes. Where fewer than 5 people gave an answer, we do not report it at all, so nobody can
  be picked out.
- **Keeping people safe.** If we believe someone is at risk of serious harm, we may share information with
  Northmoor Safeguarding Adults without consent (Data Protection Act 2018, Schedule 1, paragraph 18). We will tell
  you first unless that would put someone in more danger.

## How long we keep it

We keep peer support notes for 2 years after we last spoke with you, and membership details until you leave.
Survey answers are kept for 3 years and then deleted; the published results contain no names.

## Your rights

You can ask us for a copy of everything we hold about you, ask us to correct it, to stop using it, or to delete it.
Just tell any of our staff, or email privacy@riverside-voice.example.org. We will answer within one month.

If you are not happy with how we have handled your information, tell us first. You can also complain to the
Information Commissioner's Office at ico.org.uk.
`,
}
