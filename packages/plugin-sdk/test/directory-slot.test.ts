import { describe, expect, it } from 'vitest'
import {
  composePlugins,
  directoryAssurerEmailOf,
  directoryContentOf,
  directoryPlacesOf,
  directoryServicesOf,
  directoryTaxonomyOf,
  nationalDefaults,
  validatePlugin,
} from '@open-sds/plugin-sdk'
import type { PluginManifest } from '@open-sds/plugin-sdk'
import { validManifest } from './fixtures.js'

const withDirectory = (directory: unknown, id = 'test-council'): PluginManifest =>
  ({ ...validManifest(), id, directory }) as PluginManifest

const eastby = { name: 'Eastby', latitude: 53.944, longitude: -1.874 }

function places(...plugins: PluginManifest[]) {
  const result = composePlugins(nationalDefaults, plugins)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return directoryPlacesOf(result.value)
}

const refusal = (directory: unknown) => {
  const result = validatePlugin(withDirectory(directory), '@test/plugin')
  return result.ok ? '' : result.errors.map((issue) => issue.message).join('; ')
}

// Issue 17, "People finding support": near a place, "with coordinates from the plugin's data for its area".
describe("the directory slot: the area's towns and postcode districts", () => {
  it("has no places unless a plugin gives them, and a later plugin's list replaces an earlier one's", () => {
    expect(places(validManifest())).toEqual([])
    expect(places(withDirectory({ places: [eastby] }))).toEqual([eastby])
    const nm1 = { name: 'NM1', latitude: 53.958, longitude: -1.982 }
    expect(places(withDirectory({ places: [eastby] }), withDirectory({ places: [nm1] }, 'later'))).toEqual([nm1])
  })

  it('refuses a place without a name, a point off the Earth, and a name listed twice, naming each', () => {
    expect(refusal({ places: [{ ...eastby, name: ' ' }] })).toContain(
      'directory.places.0.name: Each place needs a name: a town or a postcode district, like "NM1"',
    )
    expect(refusal({ places: [{ ...eastby, latitude: 95 }] })).toContain(
      'directory.places.0.latitude: A latitude is between -90 and 90 degrees',
    )
    expect(refusal({ places: [{ name: 'Eastby' }] })).toContain('Each place needs a latitude in degrees')
    expect(refusal({ places: [eastby, { ...eastby, name: 'EASTBY' }] })).toContain(
      'directory.places.1.name: "EASTBY" is listed twice',
    )
  })

  it('names the assurer’s group mailbox published on each listing, refusing one that is not an email address', () => {
    const composed = composePlugins(nationalDefaults, [
      withDirectory({ places: [eastby], assurerEmail: 'directory@northmoor.example.org' }),
    ])
    expect(composed.ok && directoryAssurerEmailOf(composed.value)).toBe('directory@northmoor.example.org')
    const none = composePlugins(nationalDefaults, [withDirectory({ places: [eastby] })])
    expect(none.ok && directoryAssurerEmailOf(none.value)).toBeUndefined()
    expect(refusal({ places: [], assurerEmail: 'the directory team' })).toContain(
      'directory.assurerEmail: The assurer’s email must be an email address',
    )
  })
})

// Issue 17, "Plugin slot for the taxonomy, the place data and the content around the directory".
describe('the directory slot: the kinds of support, the words around the search, and the services it starts with', () => {
  const term = (n: number, extra: Record<string, unknown> = {}) => ({
    id: `a1700000-0000-4000-8000-00000000000${String(n)}`,
    name: `Term ${String(n)}`,
    description: 'A kind of support',
    ...extra,
  })
  const taxonomy = (terms: unknown[]) => ({
    id: 'a1700000-0000-4000-8000-000000000100',
    name: 'Our kinds of support',
    description: 'The council’s own terms',
    taxonomy_terms: terms,
  })
  const service = (termId: string, extra: Record<string, unknown> = {}) => ({
    id: 'a1700000-0000-4000-8000-000000000200',
    name: 'Lunch Club',
    status: 'active',
    organization: { id: 'a1700000-0000-4000-8000-000000000300', name: 'Lunch Club Trust', description: 'A charity' },
    attributes: [{ id: 'a1700000-0000-4000-8000-000000000400', taxonomy_term_id: termId }],
    ...extra,
  })

  it('gives the plugin’s taxonomy, services and words to the portal', () => {
    const directory = {
      places: [eastby],
      taxonomy: taxonomy([term(1), term(2, { parent_id: term(1).id })]),
      introduction: 'Run by the council.\n\nAnyone can use it.',
      nothingFits: 'Ring us.',
      services: [service(term(2).id)],
    }
    const composed = composePlugins(nationalDefaults, [withDirectory(directory)])
    if (!composed.ok) throw new Error(JSON.stringify(composed.errors))
    expect(directoryTaxonomyOf(composed.value)?.taxonomy_terms?.map((each) => each.name)).toEqual(['Term 1', 'Term 2'])
    expect(directoryServicesOf(composed.value).map((each) => each.name)).toEqual(['Lunch Club'])
    expect(directoryContentOf(composed.value)).toEqual({
      introduction: 'Run by the council.\n\nAnyone can use it.',
      nothingFits: 'Ring us.',
    })
    const none = composePlugins(nationalDefaults, [validManifest()])
    expect(none.ok && [directoryTaxonomyOf(none.value), directoryServicesOf(none.value)]).toEqual([undefined, []])
  })

  it('refuses at start-up a taxonomy without terms, a term twice or with a parent it lacks, naming each', () => {
    expect(refusal({ places: [], taxonomy: taxonomy([]) })).toContain(
      'directory.taxonomy.taxonomy_terms: The taxonomy needs at least one term',
    )
    expect(refusal({ places: [], taxonomy: taxonomy([term(1), term(1)]) })).toContain(
      `directory.taxonomy.taxonomy_terms.1.id: Term id ${term(1).id} is used twice`,
    )
    expect(
      refusal({ places: [], taxonomy: taxonomy([term(1, { parent_id: 'a1700000-0000-4000-8000-000000000009' })]) }),
    ).toContain(
      `directory.taxonomy.taxonomy_terms.0.parent_id: "Term 1" has a parent that is not one of the taxonomy's terms`,
    )
    expect(refusal({ places: [], taxonomy: taxonomy([{ id: 'one', name: 'One' }]) })).toContain(
      'directory.taxonomy.taxonomy_terms.0.id',
    )
  })

  it('refuses a service tagged with a term its taxonomy lacks, one without its organisation, and empty words', () => {
    const unknown = 'a1700000-0000-4000-8000-000000000009'
    expect(refusal({ places: [], taxonomy: taxonomy([term(1)]), services: [service(unknown)] })).toContain(
      `directory.services.0.attributes: "Lunch Club" is tagged with term ${unknown}, which is not in the directory slot's taxonomy`,
    )
    expect(
      refusal({
        places: [],
        taxonomy: taxonomy([term(1)]),
        services: [service(term(1).id, { organization: undefined })],
      }),
    ).toContain('directory.services.0.organization: "Lunch Club" needs its organisation')
    expect(refusal({ places: [], services: [service(term(1).id, { email: 'not an email' })] })).toContain(
      'directory.services.0.email',
    )
    expect(refusal({ places: [], introduction: '  ' })).toContain(
      'directory.introduction: The directory’s introduction must not be empty',
    )
  })
})
