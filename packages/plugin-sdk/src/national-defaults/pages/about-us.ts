import type { ContentPage } from '../../content-schema.js'
import { TEMPLATE_NOTICE } from '../template-notice.js'

export const aboutUsPage: ContentPage = {
  slug: 'about-us',
  title: 'About this service',
  summary: 'Who runs this service and what you can do with it.',
  markdown: `${TEMPLATE_NOTICE}

[Organisation name] runs this service for people who need care and support, and for the people who help them.

## What you can do here

- tell us about your needs, in your own words, at your own pace
- see the personal budget you are likely to get, with how it was worked out
- plan how to spend your budget on the things that matter to you
- check how your support is going and tell us what could be better

## Self-directed support

Self-directed support means you decide, as far as you want to, how your care and support is arranged. You know your
life best. We agree with you what you want to achieve, give you a budget, and you choose how to use it: as a direct
payment, through an account we manage for you, or a mix of both.

## Who we are

[Describe your organisation in two or three sentences: who you are, the area you cover, and how people can find you.]
`,
}
