import { describe, expect, it } from 'vitest'
import {
  composePlugins,
  contrastRatio,
  directoryTaxonomyOf,
  footerLinksFor,
  nationalDefaults,
  validatePlugin,
} from '@open-sds/plugin-sdk'
import * as pluginModule from '../src/index.js'
import northmoor from '../src/index.js'

describe('Northmoor County Council plugin', () => {
  it('passes validatePlugin, loaded the way the portal loads it (as a module namespace)', () => {
    const result = validatePlugin(pluginModule, '@open-sds/plugin-example-county')
    expect(result.ok ? result.value : result.errors).toEqual(northmoor)
  })

  it('wins over the national defaults for its name, colours, font and pages', () => {
    const result = composePlugins(nationalDefaults, [northmoor])
    if (!result.ok) throw new Error(result.errors.map((issue) => issue.message).join('\n'))
    const { branding, pages, provenance } = result.value
    expect(branding.organisationName).toBe('Northmoor County Council')
    expect(branding.serviceName).toBe('Adult social care')
    expect(branding.colours).toEqual({
      brand: '#00625e',
      onBrand: '#ffffff',
      link: '#1d5f8a',
      linkVisited: '#4c2c92',
      button: '#00703c',
    })
    expect(branding.fontStack).toEqual(['"Helvetica Neue"', 'Helvetica', 'Arial', 'sans-serif'])
    for (const slug of ['about-us', 'contact', 'accessibility-statement', 'privacy', 'personal-budgets']) {
      expect(provenance.pages[slug]).toBe('example-county')
    }
    expect(pages.find((page) => page.slug === 'privacy')?.title).toBe('Adult social care privacy notice')
    expect(provenance.branding['contact.phone']).toBe('example-county')
  })

  it('gives the directory its own kinds of support, checked as the portal checks them at start-up', () => {
    const result = composePlugins(nationalDefaults, [northmoor])
    const taxonomy = result.ok ? directoryTaxonomyOf(result.value) : undefined
    expect(taxonomy?.name).toBe('Northmoor needs')
    expect(taxonomy?.taxonomy_terms?.map((term) => term.name)).toEqual([
      'Befriending and company',
      'Day opportunities',
      'Carers’ support',
      'Dementia support',
      'Getting out and about',
      'Staying active',
      'Advice and information',
      'Help at home',
    ])
    // A council's mistake here stops the start, naming the field.
    const [first, ...rest] = taxonomy?.taxonomy_terms ?? []
    const broken = {
      ...northmoor,
      directory: {
        ...northmoor.directory,
        taxonomy: {
          ...taxonomy,
          taxonomy_terms: [{ ...first, parent_id: 'd1700000-0000-4000-8002-00000000ffff' }, ...rest],
        },
      },
    }
    const refused = validatePlugin({ default: broken }, '@open-sds/plugin-example-county')
    expect(refused.ok ? [] : refused.errors.map((issue) => issue.path)).toEqual([
      'directory.taxonomy.taxonomy_terms.0.parent_id',
    ])
  })

  it('keeps the national cookies template, the one page it does not replace', () => {
    const result = composePlugins(nationalDefaults, [northmoor])
    expect(result.ok && result.value.provenance.pages.cookies).toBe('national-defaults')
  })

  it('meets WCAG 2.2 AA contrast with room to spare: at least 6:1 for every text colour', () => {
    const colours = northmoor.branding?.colours ?? {}
    expect(contrastRatio(colours.onBrand ?? '', colours.brand ?? '')).toBeGreaterThan(6)
    for (const text of [colours.link, colours.linkVisited, colours.button]) {
      expect(contrastRatio(text ?? '', '#ffffff')).toBeGreaterThan(6)
    }
  })

  it('says on every page that the council is fictional', () => {
    for (const page of northmoor.content?.pages ?? []) expect(page.markdown).toContain('is a fictional council')
  })

  it('gives the legal bases a UK council relies on for social care records', () => {
    const privacy = northmoor.content?.pages.find((page) => page.slug === 'privacy')?.markdown ?? ''
    expect(privacy).toContain('Article 6(1)(e)')
    expect(privacy).toContain('Article 9(2)(h)')
    expect(privacy).toContain('special category data')
  })

  it('links every footer page to a page that exists after composition', () => {
    const result = composePlugins(nationalDefaults, [northmoor])
    if (!result.ok) throw new Error('composition failed')
    const served = new Set(result.value.pages.map((page) => `/pages/${page.slug}`))
    for (const link of footerLinksFor(result.value)) {
      if (link.href.startsWith('/')) expect(served).toContain(link.href)
    }
  })
})
