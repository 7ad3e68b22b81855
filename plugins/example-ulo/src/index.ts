import { definePlugin } from '@open-sds/plugin-sdk'
import { aboutUs } from './content/about-us.js'
import { accessibilityStatement } from './content/accessibility-statement.js'
import { contact } from './content/contact.js'
import { riversideDirectory } from './directory.js'
import { peerSupport } from './content/peer-support.js'
import { privacy } from './content/privacy.js'
import { icon, logo } from './logo.js'
import { statements, surveySets } from './surveys.js'

/** Riverside Disability Voice: a fictional user-led organisation running its own Open SDS service. */
export default definePlugin({
  id: 'example-ulo',
  name: 'Riverside Disability Voice',
  apiVersion: 1,
  version: '0.1.0',
  description: 'Example plugin for a fictional user-led organisation, run by and for disabled people.',
  branding: {
    organisationName: 'Riverside Disability Voice',
    serviceName: 'Plan your support',
    logo,
    icon,
    colours: {
      brand: '#5b2a86',
      onBrand: '#ffffff',
      link: '#0b5394',
      linkVisited: '#7a2e8c',
      button: '#a0005a',
    },
    fontStack: ['Verdana', 'Geneva', 'sans-serif'],
    contact: {
      email: 'hello@riverside-voice.example.org',
      phone: '01632 960 500',
      address: 'The Old Library, 12 Water Lane, Riverside RV1 2AB',
      openingHours: 'Monday to Thursday, 10am to 4pm',
    },
  },
  content: {
    pages: [aboutUs, peerSupport, contact, accessibilityStatement, privacy],
  },
  surveys: { sets: surveySets, statements },
  // Its own directory of support, in its own kinds of support and words (issue 17).
  directory: riversideDirectory,
  // We are not the council: we do not assess, set budgets, charge or run safeguarding enquiries. The portal
  // sends people to the council for those, and our start page promises only our surveys and information.
  services: {
    offered: ['coproduction'],
    referTo: {
      name: 'Riverside Council adult social care',
      phone: '01632 960 000',
      url: 'https://www.riverside.example.gov.uk/adult-social-care',
    },
  },
})
