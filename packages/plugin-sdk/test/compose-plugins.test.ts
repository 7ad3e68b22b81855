import { describe, expect, it } from 'vitest'
import {
  ConfigurationSchema,
  NATIONAL_DEFAULTS_ID,
  composePlugins,
  footerLinksFor,
  nationalDefaults,
} from '@open-sds/plugin-sdk'
import type { ComposedConfiguration, PluginManifest } from '@open-sds/plugin-sdk'
import { validManifest } from './fixtures.js'
import { tinyRas } from './slot-fixtures.js'

function composed(plugins: PluginManifest[]): ComposedConfiguration {
  const result = composePlugins(nationalDefaults, plugins)
  if (!result.ok) throw new Error(result.errors.map((issue) => issue.message).join('\n'))
  return result.value
}

const purple: PluginManifest = {
  id: 'purple-layer',
  name: 'Purple layer',
  apiVersion: 1,
  branding: {
    serviceName: 'Peer support',
    colours: { brand: '#5b2a86', link: '#0b5394' },
    contact: { phone: '01632 960 500' },
  },
  content: {
    pages: [
      { slug: 'about-us', title: 'About the purple layer', markdown: 'Purple.' },
      { slug: 'peer-support', title: 'Peer support', markdown: 'Together.' },
    ],
  },
  ras: { configs: [tinyRas()] },
}

describe('nationalDefaults', () => {
  it('is a complete configuration that passes every check, contrast included', () => {
    expect(ConfigurationSchema.safeParse(nationalDefaults).success).toBe(true)
  })

  it('has the default pages, each saying plainly that it is a template to review', () => {
    expect(nationalDefaults.pages.map((page) => page.slug).sort()).toEqual([
      'about-us',
      'accessibility-statement',
      'contact',
      'cookies',
      'privacy',
    ])
    for (const page of nationalDefaults.pages) expect(page.markdown).toContain('This page is a template')
  })

  it('names the neutral organisation and service and uses no GOV.UK font', () => {
    expect(nationalDefaults.branding.organisationName).toBe('Open SDS')
    expect(nationalDefaults.branding.serviceName).toBe('Care and support')
    expect(nationalDefaults.branding.fontStack.join(' ')).not.toMatch(/transport/i)
  })
})

describe('composePlugins', () => {
  it('returns the defaults, all credited to the national defaults, when there are no plugins', () => {
    const result = composed([])
    expect({ branding: result.branding, pages: result.pages, slots: result.slots }).toEqual(nationalDefaults)
    expect(result.plugins).toEqual([])
    expect(new Set(Object.values(result.provenance.branding))).toEqual(new Set([NATIONAL_DEFAULTS_ID]))
  })

  it('lets a plugin replace whole branding fields and records that it did', () => {
    const plugin = validManifest()
    const result = composed([plugin])
    expect(result.branding.organisationName).toBe('Test Borough Council')
    expect(result.branding.fontStack).toEqual(['"Helvetica Neue"', 'Arial', 'sans-serif'])
    expect(result.provenance.branding.organisationName).toBe('test-council')
    expect(result.provenance.branding.logo).toBe('test-council')
    expect(result.plugins).toEqual([
      { id: 'test-council', name: 'Test Borough Council', apiVersion: 1, version: '1.0.0' },
    ])
  })

  it('merges colours per key: a colour the plugin leaves out keeps the value beneath', () => {
    const result = composed([purple])
    expect(result.branding.colours).toEqual({ ...nationalDefaults.branding.colours, brand: '#5b2a86', link: '#0b5394' })
    expect(result.provenance.branding['colours.brand']).toBe('purple-layer')
    expect(result.provenance.branding['colours.button']).toBe(NATIONAL_DEFAULTS_ID)
  })

  it('merges contact per key', () => {
    const result = composed([purple])
    expect(result.branding.contact).toEqual({ email: nationalDefaults.branding.contact.email, phone: '01632 960 500' })
    expect(result.provenance.branding['contact.phone']).toBe('purple-layer')
    expect(result.provenance.branding['contact.email']).toBe(NATIONAL_DEFAULTS_ID)
  })

  it('lets the later plugin win when two set the same thing', () => {
    const result = composed([validManifest(), purple])
    expect(result.branding.serviceName).toBe('Peer support')
    expect(result.branding.organisationName).toBe('Test Borough Council')
    expect(result.branding.colours.brand).toBe('#5b2a86')
    expect(result.branding.colours.onBrand).toBe('#ffffff')
    expect(result.provenance.branding.serviceName).toBe('purple-layer')
    expect(result.provenance.branding['colours.onBrand']).toBe('test-council')
    expect(result.plugins.map((plugin) => plugin.id)).toEqual(['test-council', 'purple-layer'])
  })

  it('merges pages by slug: a replaced page keeps its place and new pages follow in order', () => {
    const result = composed([validManifest(), purple])
    const defaultSlugs = nationalDefaults.pages.map((page) => page.slug)
    expect(result.pages.map((page) => page.slug)).toEqual([...defaultSlugs, 'local-offer', 'peer-support'])
    expect(result.pages.find((page) => page.slug === 'about-us')?.title).toBe('About the purple layer')
    expect(result.provenance.pages).toMatchObject({
      'about-us': 'purple-layer',
      'local-offer': 'test-council',
      'peer-support': 'purple-layer',
      privacy: NATIONAL_DEFAULTS_ID,
    })
  })

  it('replaces a slot whole and records which plugin supplied it', () => {
    const result = composed([
      { ...validManifest(), ras: { configs: [{ ...tinyRas(), version: 'first' }] }, surveys: {} },
      purple,
    ])
    expect(result.slots).toEqual({ ras: { configs: [tinyRas()] }, surveys: {} })
    expect(result.provenance.slots).toEqual({ ras: 'purple-layer', surveys: 'test-council' })
  })

  it('refuses a composition whose colours clash across layers, naming the plugin and both sources', () => {
    const yellow: PluginManifest = {
      id: 'yellow-brand',
      name: 'Yellow',
      apiVersion: 1,
      branding: { colours: { brand: '#ffdd00' } },
    }
    const result = composePlugins(nationalDefaults, [yellow])
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'branding.colours.onBrand',
          message:
            'Plugin "yellow-brand": branding.colours.onBrand: #ffffff on the brand colour #ffdd00 has a contrast ratio of 1.34:1; ' +
            'WCAG 2.2 AA needs at least 4.5:1 for text. branding.colours.brand comes from "yellow-brand" and ' +
            'branding.colours.onBrand from the national defaults: set both in the same plugin so they work as a pair.',
        },
      ],
    })
  })

  it('blames the later plugin when an earlier one set the other colour of a clashing pair', () => {
    const darkText: PluginManifest = {
      id: 'dark-text',
      name: 'Dark text',
      apiVersion: 1,
      branding: { colours: { onBrand: '#0b0c0c', brand: '#ffdd00' } },
    }
    const darkBrand: PluginManifest = {
      id: 'dark-brand',
      name: 'Dark brand',
      apiVersion: 1,
      branding: { colours: { brand: '#00625e' } },
    }
    const result = composePlugins(nationalDefaults, [darkText, darkBrand])
    expect(!result.ok && result.errors[0]?.message).toMatch(
      /^Plugin "dark-brand": branding\.colours\.onBrand: #0b0c0c on the brand colour #00625e/,
    )
  })

  it('does not share objects with its inputs, so changing the result cannot change a plugin', () => {
    const plugin = validManifest()
    const result = composed([plugin])
    result.branding.colours.brand = '#000000'
    result.pages[0]!.title = 'Changed'
    expect(plugin.branding?.colours?.brand).toBe('#00625e')
    expect(nationalDefaults.pages[0]?.title).not.toBe('Changed')
  })
})

describe('footerLinksFor', () => {
  it('lists the branding footer links, then pages marked footer: true', () => {
    const links = footerLinksFor(composed([validManifest()]))
    expect(links).toEqual([
      { text: 'Privacy', href: '/pages/privacy' },
      { text: 'Council website', href: 'https://www.example.org/' },
      { text: 'Local offer', href: '/pages/local-offer' },
    ])
  })

  it('does not list a footer page twice when a footer link already points to it', () => {
    const plugin = validManifest()
    plugin.branding = { footerLinks: [{ text: 'What is on locally', href: '/pages/local-offer' }] }
    expect(footerLinksFor(composed([plugin]))).toEqual([{ text: 'What is on locally', href: '/pages/local-offer' }])
  })
})
