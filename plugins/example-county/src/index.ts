import { definePlugin } from '@open-sds/plugin-sdk'
import { aboutUs } from './content/about-us.js'
import { northmoorChargingPolicy } from './charging-policy.js'
import { northmoorCarersPolicy } from './carers.js'
import { northmoorDirectPaymentPolicy } from './direct-payment-policy.js'
import { accessibilityStatement } from './content/accessibility-statement.js'
import { contact } from './content/contact.js'
import { personalBudgets } from './content/personal-budgets.js'
import { privacy } from './content/privacy.js'
import { logo } from './logo.js'
import { northmoorLetterHeader } from './letters.js'
import { northmoorDirectory } from './directory.js'
import { northmoorRas } from './ras.js'
import { northmoorRiskMatrix } from './risk-matrix.js'
import { northmoorSaq } from './saq.js'
import { northmoorStatements, northmoorSurveySets } from './surveys.js'

/** Northmoor County Council: a fictional county council's brand and content for the Open SDS portal. */
export default definePlugin({
  id: 'example-county',
  name: 'Northmoor County Council',
  apiVersion: 1,
  version: '0.1.0',
  description:
    'Example plugin for a fictional county council: brand, contact details, content pages, an illustrative self-assessment questionnaire and RAS, an illustrative charging policy and an illustrative direct-payment policy.',
  branding: {
    organisationName: 'Northmoor County Council',
    serviceName: 'Adult social care',
    logo,
    colours: {
      brand: '#00625e',
      onBrand: '#ffffff',
      link: '#1d5f8a',
      linkVisited: '#4c2c92',
      button: '#00703c',
    },
    fontStack: ['"Helvetica Neue"', 'Helvetica', 'Arial', 'sans-serif'],
    contact: {
      email: 'adultcare@northmoor.example.org',
      phone: '01632 960 100',
      address: 'Adult Social Care, Northmoor County Council, County Hall, Moor Road, Northmoor NM1 1AA',
      openingHours: 'Monday to Friday, 8:30am to 5pm',
      childrensServices: { name: 'Northmoor Children’s Services front door', phone: '01632 960 200' },
    },
    footerLinks: [
      { text: 'Accessibility statement', href: '/pages/accessibility-statement' },
      { text: 'Privacy notice', href: '/pages/privacy' },
      { text: 'Cookies', href: '/pages/cookies' },
      { text: 'Contact adult social care', href: '/pages/contact' },
      { text: 'Northmoor County Council', href: 'https://www.northmoor.example.org/' },
    ],
  },
  content: {
    pages: [aboutUs, personalBudgets, contact, accessibilityStatement, privacy],
  },
  questionnaires: { selfAssessment: { mode: 'replace', definition: northmoorSaq } },
  ras: { configs: [northmoorRas] },
  chargingPolicy: northmoorChargingPolicy,
  directPaymentPolicy: northmoorDirectPaymentPolicy,
  carers: northmoorCarersPolicy,
  riskMatrix: { matrix: northmoorRiskMatrix },
  surveys: { sets: northmoorSurveySets, statements: northmoorStatements },
  // Said out loud, though it is the default: a council runs every service, and a plugin layered before this one
  // (a user-led organisation's surveys, say) must not switch any of them off.
  services: { offered: ['self-directed-support', 'charging-estimate', 'safeguarding', 'coproduction'] },
  directory: northmoorDirectory,
  notifications: { letterHeader: northmoorLetterHeader },
})
