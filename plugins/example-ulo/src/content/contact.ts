import type { ContentPage } from '@open-sds/plugin-sdk'
import { FICTIONAL_NOTICE } from './fictional-notice.js'

export const contact: ContentPage = {
  slug: 'contact',
  title: 'Get in touch',
  summary: 'Phone, text, email or drop in. Tell us how you like to communicate and we will do it that way.',
  markdown: `${FICTIONAL_NOTICE}

Tell us the way you like to communicate and we will use it. We can talk on the phone, by text, by video call with
a British Sign Language interpreter, by email or face to face. We can send you things in Easy Read, large print,
audio or braille.

## Ways to reach us

- **Phone:** 01632 960 500, Monday to Thursday, 10am to 4pm
- **Text:** 07700 900 500 (we reply within one working day)
- **Email:** hello@riverside-voice.example.org
- **Relay UK:** dial 18001 then 01632 960 500

## Drop in

Our drop-in is on Tuesdays and Thursdays, 10am to 1pm, at:

Riverside Disability Voice
The Old Library
12 Water Lane
Riverside
RV1 2AB

The building has step-free access from Water Lane, an accessible toilet, a hearing loop and a quiet room. There are
two Blue Badge parking spaces outside. Assistance dogs are welcome.

## We are not an emergency service

If you or someone else is in danger, call **999**.

If you are worried that an adult is being abused or neglected, contact Northmoor Safeguarding Adults on
01632 960 150. We can help you make that call if you want us to.
`,
}
