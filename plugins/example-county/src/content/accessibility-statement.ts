import type { ContentPage } from '@open-sds/plugin-sdk'
import { FICTIONAL_NOTICE } from './fictional-notice.js'

export const accessibilityStatement: ContentPage = {
  slug: 'accessibility-statement',
  title: 'Accessibility statement for Northmoor adult social care online',
  summary: 'How accessible this service is, what we know does not work yet, and how to report a problem.',
  markdown: `${FICTIONAL_NOTICE}

This accessibility statement applies to the adult social care online service at care.northmoor.example.org. It
does not cover the main Northmoor County Council website, which has its own statement.

Northmoor County Council runs this service. We want as many people as possible to be able to use it. For example,
that means you should be able to:

- change colours, contrast levels and fonts using your browser or device settings
- zoom in up to 400% without text going off the screen
- get through the whole service using just a keyboard, or speech recognition software
- listen to the whole service using a screen reader (including recent versions of JAWS, NVDA and VoiceOver)
- fill in every form without JavaScript turned on

We have also made the text as simple as we can. [AbilityNet](https://mcmw.abilitynet.org.uk/) has advice on making
your device easier to use if you have a disability.

## How accessible this service is

We know some parts of this service are not fully accessible:

- the estimate of your personal budget is shown in a table that does not yet read in a sensible order with some
  screen readers when you zoom in to 400%
- some older letters that you can download, from before January 2024, are PDF documents that are not tagged for
  screen readers

## Feedback and contact information

If you need anything from this service in a different format, like an accessible PDF, large print, Easy Read, an
audio recording or braille:

- email adultcare@northmoor.example.org
- call 01632 960 100
- use Relay UK: dial 18001 then 01632 960 100

We will consider your request and get back to you within 5 working days.

## Reporting accessibility problems with this service

We are always looking to improve the accessibility of this service. If you find a problem not listed on this page,
or you think we are not meeting accessibility requirements, email digital.access@northmoor.example.org. Tell us the
page, what you were trying to do, and the device and assistive technology you use if you are happy to.

## Enforcement procedure

The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and
Mobile Applications) (No. 2) Accessibility Regulations 2018 (the "accessibility regulations"). If you are not happy
with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).

## Technical information about this service's accessibility

Northmoor County Council is committed to making its websites and services accessible, in line with the
accessibility regulations.

### Compliance status

This service is partially compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard,
because of the problems listed below.

### Non-accessible content

The content listed below is not accessible for the following reasons.

**Non-compliance with the accessibility regulations**

- At 400% zoom, the personal budget table loses the link between each amount and its heading for some screen
  readers. This fails WCAG 2.2 success criterion 1.3.1 (Info and Relationships). We plan to fix this by the end of
  June 2025.
- Letters created before January 2024 are untagged PDFs. This fails success criteria 1.3.1 and 4.1.2 (Name, Role,
  Value). We now send every new letter as an accessible web page, and will replace an older letter with an
  accessible version as soon as you ask.

**Disproportionate burden**

We are not claiming disproportionate burden for any part of this service.

**Content that is not within the scope of the accessibility regulations**

PDFs and other documents published before 23 September 2018 are out of scope if they are not needed to use our
services. We do not use any such documents in this service.

## What we are doing to improve accessibility

The Northmoor Care Voices panel, which includes screen reader and switch users, tests every new part of this
service before it goes live. Each release is also checked automatically for accessibility problems.

## Preparation of this accessibility statement

This statement was prepared on 3 March 2025. It was last reviewed on 3 March 2025.

This service was last tested on 24 February 2025 against the WCAG 2.2 AA standard. The test was carried out by
the council's digital team with members of the Care Voices panel. We tested every page of the self-assessment,
budget and support planning journeys, using automated checks and manual testing with NVDA, VoiceOver, Dragon and
keyboard only.
`,
}
