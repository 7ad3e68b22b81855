import type { Configuration } from '../configuration.js'
import { pagePath } from '../content-schema.js'
import { nationalDefaultLogo } from './logo.js'
import { aboutUsPage } from './pages/about-us.js'
import { accessibilityStatementPage } from './pages/accessibility-statement.js'
import { contactPage } from './pages/contact.js'
import { cookiesPage } from './pages/cookies.js'
import { privacyPage } from './pages/privacy.js'

/**
 * A complete, neutral configuration for plugins to be layered over. It belongs to no council: its pages are
 * templates that say so, and its colours meet WCAG 2.2 AA contrast.
 */
export const nationalDefaults: Configuration = {
  branding: {
    organisationName: 'Open SDS',
    serviceName: 'Care and support',
    logo: nationalDefaultLogo,
    colours: {
      brand: '#2b3a42',
      onBrand: '#ffffff',
      link: '#1a65a6',
      linkVisited: '#5a3d8a',
      button: '#2e6b30',
    },
    fontStack: ['Arial', 'Helvetica', 'sans-serif'],
    // Only an email: contact merges per key, so a default phone or address could sit beside a council's own.
    contact: { email: 'care.and.support@example.org' },
    footerLinks: [
      { text: 'Accessibility statement', href: pagePath('accessibility-statement') },
      { text: 'Privacy', href: pagePath('privacy') },
      { text: 'Cookies', href: pagePath('cookies') },
      { text: 'Contact us', href: pagePath('contact') },
    ],
  },
  pages: [aboutUsPage, contactPage, accessibilityStatementPage, privacyPage, cookiesPage],
  slots: {},
}
