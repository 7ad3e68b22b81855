import { composePlugins, nationalDefaults, validatePlugin } from '@open-sds/plugin-sdk'
import type { ComposedConfiguration, PluginManifest } from '@open-sds/plugin-sdk'

/** The configuration the plugins compose to over the national defaults, each validated first; a failure throws. */
export function composedFrom(...plugins: PluginManifest[]): ComposedConfiguration {
  const validated = plugins.map((plugin) => {
    const checked = validatePlugin(plugin, plugin.id)
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors))
    return checked.value
  })
  const result = composePlugins(nationalDefaults, validated)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

/** A complete, valid plugin; each test breaks one thing in a copy of it. */
export function validManifest(): PluginManifest {
  return {
    id: 'test-council',
    name: 'Test Borough Council',
    apiVersion: 1,
    version: '1.0.0',
    description: 'A plugin used only by these tests.',
    branding: {
      organisationName: 'Test Borough Council',
      serviceName: 'Adult social care',
      logo: {
        svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="currentColor"/></svg>',
        alt: 'Test Borough Council',
      },
      colours: { brand: '#00625e', onBrand: '#ffffff', link: '#1d5f8a', linkVisited: '#4c2c92', button: '#00703c' },
      fontStack: ['"Helvetica Neue"', 'Arial', 'sans-serif'],
      contact: { email: 'care@example.org', phone: '01632 960 000', openingHours: 'Monday to Friday, 9am to 5pm' },
      footerLinks: [
        { text: 'Privacy', href: '/pages/privacy' },
        { text: 'Council website', href: 'https://www.example.org/' },
      ],
    },
    content: {
      pages: [
        { slug: 'about-us', title: 'About us', markdown: 'We are a test council.' },
        {
          slug: 'local-offer',
          title: 'Local offer',
          summary: 'What is near you.',
          markdown: 'Clubs and groups.',
          footer: true,
        },
      ],
    },
  }
}

/** A deep copy that can be broken freely: fixtures are plain data. */
export function copyOf<T>(value: T): T {
  return structuredClone(value)
}
