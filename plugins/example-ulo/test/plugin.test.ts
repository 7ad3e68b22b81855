import { describe, expect, it } from 'vitest'
import {
  SERVICE_IDS,
  composePlugins,
  directoryContentOf,
  directoryServicesOf,
  directoryTaxonomyOf,
  footerLinksFor,
  nationalDefaults,
  servicesInForce,
  validatePlugin,
} from '@open-sds/plugin-sdk'
import * as pluginModule from '../src/index.js'
import riverside from '../src/index.js'

function composedOver() {
  const result = composePlugins(nationalDefaults, [riverside])
  if (!result.ok) throw new Error(result.errors.map((issue) => issue.message).join('\n'))
  return result.value
}

describe('Riverside Disability Voice plugin', () => {
  it('passes validatePlugin, loaded the way the portal loads it (as a module namespace)', () => {
    const result = validatePlugin(pluginModule, '@open-sds/plugin-example-ulo')
    expect(result.ok ? result.value : result.errors).toEqual(riverside)
  })

  it('wins over the national defaults for its name, colours, font and pages', () => {
    const { branding, pages, provenance } = composedOver()
    expect(branding.organisationName).toBe('Riverside Disability Voice')
    expect(branding.colours.brand).toBe('#5b2a86')
    expect(branding.colours.button).toBe('#a0005a')
    expect(provenance.branding['colours.brand']).toBe('example-ulo')
    expect(branding.fontStack).toEqual(['Verdana', 'Geneva', 'sans-serif'])
    for (const slug of ['about-us', 'contact', 'accessibility-statement', 'privacy', 'peer-support']) {
      expect(provenance.pages[slug]).toBe('example-ulo')
    }
    expect(pages.find((page) => page.slug === 'about-us')?.markdown).toContain('disabled people run it')
  })

  it('keeps the national footer links and adds its peer support page to them', () => {
    const composed = composedOver()
    expect(composed.provenance.branding.footerLinks).toBe('national-defaults')
    expect(footerLinksFor(composed).at(-1)).toEqual({ text: 'Peer support', href: '/pages/peer-support' })
  })

  it('says on every page that the organisation is fictional', () => {
    for (const page of riverside.content?.pages ?? [])
      expect(page.markdown).toContain('is a fictional user-led organisation')
  })

  it('replaces every default page that would otherwise speak for a council', () => {
    const { pages, provenance } = composedOver()
    const stillTemplates = pages.filter((page) => page.markdown.includes('This page is a template'))
    expect(stillTemplates.map((page) => page.slug)).toEqual(['cookies'])
    expect(provenance.pages.cookies).toBe('national-defaults')
  })
})

describe('Riverside Disability Voice surveys', () => {
  it('runs a Making it Real style survey open to anyone anonymously, and a peer-support questionnaire by one-time link, each with Easy Read', () => {
    const sets = composedOver().slots.surveys?.sets ?? []
    const surveys = sets.flatMap((set) => set.surveys)
    expect(surveys.map((survey) => [survey.id, survey.answering.anonymous, survey.offersEasyRead])).toEqual([
      ['making-it-real-2026', 'open', true],
      ['peer-support-2026', 'one-time-link', true],
    ])
    const links = surveys.flatMap((survey) =>
      survey.questions.flatMap((question) =>
        question.link?.kind === 'i-statement' ? [question.link.statementId] : [],
      ),
    )
    expect(links).toEqual([
      'find-information-and-advice',
      'plan-ahead-for-changes',
      'know-who-to-contact',
      'feel-heard',
    ])
  })

  it('offers only its surveys and feedback, and sends people to the council for the rest', () => {
    const services = servicesInForce(composedOver())
    expect(SERVICE_IDS.filter((id) => services.offers(id))).toEqual(['coproduction'])
    expect(services.referTo).toMatchObject({ name: 'Riverside Council adult social care', phone: '01632 960 000' })
  })

  it('layers over the example county without a clash', () => {
    const result = composePlugins(nationalDefaults, [riverside, riverside])
    expect(result.ok).toBe(true)
  })
})

// Issue 17: "the user-led organisation's example instance runs its own directory".
describe('Riverside Disability Voice’s own directory', () => {
  it('brings its own kinds of support, its own services tagged only with them, and its own words', () => {
    const composed = composedOver()
    const terms = new Set((directoryTaxonomyOf(composed)?.taxonomy_terms ?? []).map((term) => term.name))
    expect(terms).toEqual(
      new Set(['Peer support', 'Advocacy', 'Employing a personal assistant', 'Getting out and about']),
    )
    const services = directoryServicesOf(composed)
    expect(services.map((service) => service.name)).toContain('Peer Support Drop-in')
    expect(new Set(services.map((service) => service.organization?.name))).toEqual(
      new Set(['Riverside Disability Voice', 'Riverside Shopmobility']),
    )
    expect(directoryContentOf(composed).nothingFits).toContain('Ring our peer supporters')
  })
})
