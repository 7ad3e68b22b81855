import type { ContentPage } from '@open-sds/plugin-sdk'
import { FICTIONAL_NOTICE } from './fictional-notice.js'

export const accessibilityStatement: ContentPage = {
  slug: 'accessibility-statement',
  title: 'Accessibility',
  summary: 'This service is built to be used by everyone. Here is what works, what does not yet, and how to tell us.',
  markdown: `${FICTIONAL_NOTICE}

We are run by disabled people, so we take accessibility personally. Our members test this service with the tools
they use every day: screen readers, screen magnifiers, switches, voice control and keyboards.

## What you should be able to do

- use every page with a keyboard, switch or voice control
- use a screen reader to hear every page and form
- zoom in up to 400% and still read everything without scrolling sideways
- change the colours and text size in your browser without anything breaking
- use the service with JavaScript turned off
- take a break: your answers are saved as you go, and no page times out while you are thinking

## Our standard

We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. As a charity, we are not
covered by the public sector accessibility regulations, but we follow the same standard, because our members
expect nothing less.

## What does not work well yet

- Our Easy Read versions of the peer support pages are PDFs, and are not yet tagged for screen readers. Ask us and
  we will send the same words as an accessible email or read them to you.
- The survey results page uses a chart. The same figures are in a table under it, but the chart itself is not
  described in detail.

## Tell us about a problem

If something does not work for you, we want to know. You will not be passed around: the person who answers will
make sure it gets fixed or tell you why not.

- email access@riverside-voice.example.org
- phone 01632 960 500
- text 07700 900 500

We will reply within 3 working days.

## How we tested

Our members' testing group last tested the whole service on 10 February 2025, using NVDA, JAWS, VoiceOver on
iPhone, ZoomText, Dragon and a switch. We also check every change with automated accessibility tests.

This page was last reviewed on 10 February 2025.
`,
}
