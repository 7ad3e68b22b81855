import { describe, expect, it } from 'vitest'
import {
  costKind,
  distanceInMetres,
  inNameOrder,
  indexService,
  parseSearchQuery,
  searchIndex,
  searchServices,
  type Service,
} from '../src/index.js'
import { befriendingTerm, moorsideCafe, variant } from './fixtures.js'

const at = (latitude: number, longitude: number) => [
  {
    id: 'b1b2b3b4-0000-4000-8000-00000000000' + String(Math.round(Math.abs(latitude * 10)) % 10),
    location: { id: 'c1c2c3c4-0000-4000-8000-000000000001', location_type: 'physical' as const, latitude, longitude },
  },
]

const volunteers = {
  id: '9d1e2f30-4b5c-4d6e-8f70-8192a3b4c502',
  name: 'Northmoor Volunteer Centre',
  description: 'Finds and supports volunteers across the county.',
}

const befriending = variant({
  organization: volunteers,
  id: '0c9a7f52-6a0e-4f8e-8d67-3a1b2c3d4e02',
  name: 'Northmoor Befrienders',
  description: 'A volunteer visits you at home each week for a chat.',
  minimum_age: 65,
  maximum_age: undefined,
  cost_options: [],
  attributes: [{ id: 'a2b3c4d5-e6f7-4809-91a2-b1c2d3e4f502', taxonomy_term: befriendingTerm }],
  service_at_locations: at(54.0, -1.9),
})
const gym = variant({
  organization: volunteers,
  id: '0c9a7f52-6a0e-4f8e-8d67-3a1b2c3d4e03',
  name: 'Strength and Balance Classes',
  description: 'Gentle exercise to prevent falls.',
  minimum_age: 50,
  cost_options: [{ id: 'd1d2d3d4-0000-4000-8000-000000000001', option: 'Per class', amount: 3.5 }],
  attributes: [],
  service_at_locations: at(53.5, -2.3),
})
const closedGroup = variant({ id: '0c9a7f52-6a0e-4f8e-8d67-3a1b2c3d4e04', name: 'Old Lunch Club', status: 'defunct' })
const all: Service[] = [gym, befriending, moorsideCafe, closedGroup]
const names = (query: Parameters<typeof searchServices>[1]) => searchServices(all, query).map((hit) => hit.service.name)

describe('distance', () => {
  it('is 111,195 metres along one degree of the equator and zero to itself', () => {
    expect(distanceInMetres({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBeCloseTo(111_195.08, 1)
    expect(distanceInMetres({ latitude: 53.96, longitude: -1.98 }, { latitude: 53.96, longitude: -1.98 })).toBe(0)
  })

  it('is about 343.5 km from central London to central Paris', () => {
    const metres = distanceInMetres({ latitude: 51.5074, longitude: -0.1278 }, { latitude: 48.8566, longitude: 2.3522 })
    expect(Math.round(metres / 100) / 10).toBe(343.6)
  })
})

describe('searchServices', () => {
  it('lists every open service by name, leaving out defunct ones unless asked', () => {
    expect(names({})).toEqual(['Moorside Memory Café', 'Northmoor Befrienders', 'Strength and Balance Classes'])
    expect(names({ includeClosed: true })).toContain('Old Lunch Club')
  })

  it('finds by the start of words in the name, description, need or organisation, best match first', () => {
    expect(names({ text: 'befriend' })).toEqual(['Northmoor Befrienders'])
    expect(names({ text: 'CAFE dementia' })).toEqual(['Moorside Memory Café'])
    expect(names({ text: 'falls' })).toEqual(['Strength and Balance Classes'])
    expect(names({ text: 'moorside community trust' })).toEqual(['Moorside Memory Café'])
    expect(names({ text: 'swimming' })).toEqual([])
    // "Northmoor" is in Befrienders' name (weight 3) but only in the others' descriptions, if at all.
    expect(names({ text: 'northmoor' })[0]).toBe('Northmoor Befrienders')
  })

  it('finds by taxonomy term, by age limits and by what it costs', () => {
    expect(names({ taxonomyTermIds: [befriendingTerm.id] })).toEqual(['Northmoor Befrienders'])
    expect(names({ age: 55 })).toEqual(['Moorside Memory Café', 'Strength and Balance Classes'])
    expect(names({ age: 17 })).toEqual([])
    expect(names({ cost: 'free' })).toEqual(['Moorside Memory Café'])
    expect(names({ cost: 'paid' })).toEqual(['Strength and Balance Classes'])
  })

  it('does not call a service with no stated price free', () => {
    expect(costKind(befriending)).toBe('not stated')
    expect(costKind(moorsideCafe)).toBe('free')
    expect(costKind(gym)).toBe('paid')
  })

  it('finds services near a point, nearest first, with the distance to each', () => {
    const hits = searchServices(all, { near: { latitude: 53.96, longitude: -1.98, withinMetres: 10_000 } })
    expect(hits.map((hit) => [hit.service.name, Math.round(hit.distanceMetres ?? -1)])).toEqual([
      // By hand: 0.0012° north (133 m) and 0.0074° east at cos(53.96°) (484 m) is 502 m; 0.04° north (4,448 m)
      // and 0.08° east (5,232 m) is 6,867 m on the flat, 6,866 m on the sphere.
      ['Moorside Memory Café', 502],
      ['Northmoor Befrienders', 6866],
    ])
  })
})

describe('parseSearchQuery', () => {
  it('names each bad part of a search in plain English', () => {
    const result = parseSearchQuery({ age: -1, cost: 'cheap', near: { latitude: 91, longitude: 0, withinMetres: 0 } })
    expect(result.ok ? [] : result.errors.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'age: Age must be 0 or more',
      'cost: Cost must be one of "free" or "paid"',
      'near.latitude: Latitude must be 90 or less',
      'near.withinMetres: Within metres must be more than 0',
    ])
  })
})

describe('searchIndex (a directory indexed once and kept, for many searches)', () => {
  const index = inNameOrder(all, (service) => service.name).map((service) => ({
    ...indexService(service),
    // What a caller keeps in memory instead of the whole record: just enough to show a result.
    service: { id: service.id, name: service.name },
  }))

  it('finds what searchServices finds, in the same order, giving back the smaller record kept', () => {
    for (const query of [
      {},
      { text: 'befrienders' },
      { cost: 'free' as const },
      { age: 40 },
      { near: { latitude: 53.5, longitude: -2.3, withinMetres: 50_000 } },
      { includeClosed: true },
    ]) {
      const hits = searchIndex(index, query)
      expect(hits.map((hit) => hit.service.name)).toEqual(names(query))
      expect(hits.every((hit) => Object.keys(hit.service).length === 2)).toBe(true)
    }
  })
})
