import type { ContentPage } from '../../content-schema.js'
import { TEMPLATE_NOTICE } from '../template-notice.js'

export const accessibilityStatementPage: ContentPage = {
  slug: 'accessibility-statement',
  title: 'Accessibility statement',
  summary:
    'How accessible this service is, how to tell us about a problem and what to do if you are not happy with our answer.',
  markdown: `${TEMPLATE_NOTICE}

This statement is for the [service name] service run by [organisation name] at [web address].

We want as many people as possible to be able to use this service. For example, you should be able to:

- change colours, contrast and fonts using your browser or device settings
- zoom in up to 400% without the text spilling off the screen
- move around the whole service using only a keyboard
- use the service with speech recognition software
- listen to the service using a screen reader such as JAWS, NVDA or VoiceOver

We have also made the text as simple as we can.

## How accessible this service is

[Describe the parts of the service that are not fully accessible, in plain words, for example: "some of the older
PDF letters are not accessible to screen reader users". If you know of none, say that you have tested the service
and say when.]

## Feedback and contact information

If you need information from this service in a different format, such as accessible PDF, large print, easy read,
audio recording or braille, contact us:

- email [email address]
- phone [phone number]

We will consider your request and reply within [number] working days.

## Reporting accessibility problems with this service

We are always looking to improve the accessibility of this service. If you find a problem that is not listed on
this page, or you think we are not meeting accessibility requirements, contact [team name] at [email address].

## Enforcement procedure

[If you are a public sector body, keep this section.] The Equality and Human Rights Commission (EHRC) enforces the
Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the "accessibility
regulations"). If you are not happy with how we answer your complaint, you can contact the Equality Advisory and
Support Service (EASS).

## Technical information about this service's accessibility

[Organisation name] is committed to making this service accessible, in line with the accessibility regulations.

### Compliance status

[Choose one: fully compliant, partially compliant or not compliant] with the Web Content Accessibility Guidelines
version 2.2 AA standard, [because of the problems listed below].

### Content that is not accessible

[List each problem, the success criterion it fails, and when you plan to fix it.]

## How we tested this service

This service was last tested on [date] by [who tested it]. [Say which pages you tested and how you chose them.]

## Preparation of this accessibility statement

This statement was prepared on [date]. It was last reviewed on [date].
`,
}
