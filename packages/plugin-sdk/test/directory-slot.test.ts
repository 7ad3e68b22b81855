import { describe, expect, it } from 'vitest'
import {
  composePlugins,
  directoryAssurerEmailOf,
  directoryPlacesOf,
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
