import type { ContentPage } from '../../content-schema.js'
import { TEMPLATE_NOTICE } from '../template-notice.js'

export const cookiesPage: ContentPage = {
  slug: 'cookies',
  title: 'Cookies',
  summary: 'The small files this service puts on your device, and why.',
  markdown: `${TEMPLATE_NOTICE}

Cookies are small files saved on your phone, tablet or computer when you visit a website.

## Essential cookies

The service as it comes from Open SDS uses only cookies it needs to work. You cannot turn them off, because without
them you could not sign in or keep your answers between pages.

| Name | What it is for | When it expires |
| --- | --- | --- |
| [session cookie name] | Keeps you signed in and remembers your answers as you move between pages | When you sign out or close your browser |

## Analytics and other cookies

[Open SDS sets no analytics cookies. If your organisation adds any, list each one here, say what it measures, and
ask people for their agreement before setting it.]

This page was last updated on [date].
`,
}
