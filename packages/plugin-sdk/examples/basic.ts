import { pathToFileURL } from 'node:url'
import {
  composePlugins,
  definePlugin,
  formatPluginErrors,
  nationalDefaults,
  pagePath,
  validatePlugin,
} from '@open-sds/plugin-sdk'

// A plugin is mostly data: a name, colours, a logo and some pages. In a real plugin this object is the
// default export of the package's src/index.ts.
const greenfieldPlugin = definePlugin({
  id: 'greenfield-borough',
  name: 'Greenfield Borough Council',
  apiVersion: 1,
  branding: {
    organisationName: 'Greenfield Borough Council',
    serviceName: 'Adult social care',
    logo: {
      svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><path d="M2 28 L16 6 L30 28 Z" fill="currentColor"/></svg>',
      alt: 'Greenfield Borough Council',
    },
    colours: { brand: '#1e5631', onBrand: '#ffffff', link: '#1d5f8a', linkVisited: '#4c2c92', button: '#1e5631' },
    contact: { email: 'adult.care@example.org', phone: '01632 960 321' },
  },
  content: {
    pages: [
      {
        slug: 'about-us',
        title: 'About Greenfield adult social care',
        markdown: 'We help adults in Greenfield to live well.',
      },
    ],
  },
})

// The same plugin with a link colour too pale to read on white: the portal would refuse to start.
const paleLinks = { ...greenfieldPlugin, branding: { ...greenfieldPlugin.branding, colours: { link: '#7fb3ff' } } }

export function main() {
  // The portal validates each plugin it is configured with, naming it by package if its id is unreadable...
  const checked = validatePlugin(greenfieldPlugin, '@greenfield/open-sds-plugin')
  if (!checked.ok) throw new Error(formatPluginErrors(checked.errors))

  // ...then layers the plugins, in order, over the national defaults.
  const composed = composePlugins(nationalDefaults, [checked.value])
  if (!composed.ok) throw new Error(formatPluginErrors(composed.errors))
  const { branding, pages, provenance } = composed.value

  const refused = validatePlugin(paleLinks, '@greenfield/open-sds-plugin')
  return {
    header: `${branding.organisationName}: ${branding.serviceName}`,
    brandColour: branding.colours.brand,
    pages: pages.map((page) => `${pagePath(page.slug)} (${provenance.pages[page.slug]})`),
    contactEmailFrom: provenance.branding['contact.email'],
    paleLinksRefused: refused.ok ? 'accepted' : formatPluginErrors(refused.errors),
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main())
}
