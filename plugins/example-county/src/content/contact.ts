import type { ContentPage } from '@open-sds/plugin-sdk'
import { FICTIONAL_NOTICE } from './fictional-notice.js'

export const contact: ContentPage = {
  slug: 'contact',
  title: 'Contact adult social care',
  summary: 'Phone, email, write or visit us. In an emergency, call 999.',
  markdown: `${FICTIONAL_NOTICE}

## Adult social care

- phone: 01632 960 100, Monday to Friday, 8:30am to 5pm (closed on bank holidays)
- email: adultcare@northmoor.example.org
- textphone: use Relay UK, dial 18001 then 01632 960 100
- British Sign Language: ask for a video call with an interpreter by email, and we will book one within 2 working days

Write to us at:

Adult Social Care
Northmoor County Council
County Hall
Moor Road
Northmoor
NM1 1AA

## If someone is in danger

If someone is in immediate danger, call **999**.

If you are worried that an adult is being abused or neglected, call the Northmoor Safeguarding Adults team on
01632 960 150. You do not need to be sure: we will listen and decide with you what to do next.

Outside office hours, call the emergency duty team on 01632 960 999.

## Complaints and compliments

Tell us if something has gone wrong, by email to complaints@northmoor.example.org or by phone on 01632 960 120.
We will say within 3 working days who is looking into it, and agree with you how long it will take.

If you are not happy with our final answer, you can ask the Local Government and Social Care Ombudsman to look at
your complaint.
`,
}
