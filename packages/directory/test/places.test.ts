import { describe, expect, it } from 'vitest'
import { findPlace, type Place } from '../src/index.js'

// Issue 17, "People finding support": "near a place (postcode districts or towns with coordinates from the plugin's
// data for its area; no network needed)".

const places: Place[] = [
  { name: 'Harlow Green', latitude: 53.902, longitude: -2.013 },
  { name: 'NM1', latitude: 53.958, longitude: -1.982 },
  { name: 'NM10', latitude: 54.1, longitude: -1.9 },
  { name: 'Ystrad Mynach', latitude: 51.64, longitude: -3.24 },
]

describe('finding the place a person typed', () => {
  it('finds a town whatever its case, spaces or hyphens', () => {
    for (const typed of ['Harlow Green', 'harlow-green', ' HARLOWGREEN ']) {
      expect(findPlace(places, typed)?.name, typed).toBe('Harlow Green')
    }
  })

  it('finds a postcode district by itself or from a full postcode, telling NM1 from NM10', () => {
    expect(findPlace(places, 'nm1')?.name).toBe('NM1')
    expect(findPlace(places, 'NM1 1AA')?.name).toBe('NM1')
    expect(findPlace(places, 'nm101aa')?.name).toBe('NM10')
    expect(findPlace(places, 'NM10 4XY')?.name).toBe('NM10')
  })

  it('knows nothing of a place outside the list, a half postcode or nothing typed', () => {
    for (const typed of ['Leeds', 'NM2', 'NM1 1', '', '   ']) expect(findPlace(places, typed), typed).toBeUndefined()
  })
})
