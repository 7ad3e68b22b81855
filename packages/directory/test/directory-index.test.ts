import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DirectoryIndex,
  inNameOrder,
  indexService,
  searchIndex,
  type IndexedService,
  type SearchQuery,
  type Service,
} from '../src/index.js'
import { befriendingTerm, dayOpportunitiesTerm, moorsideCafe } from './fixtures.js'

// The kept index must give exactly what a plain scan gives (issue 17: "results and their order stay as today"), so
// these tests compare the two over random directories and random searches, changed one service at a time.

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
const termIds = [befriendingTerm.id, dayOpportunitiesTerm.id, uuid(0xfeed)]
// Few distinct words and places close together, so searches often match, tie and cross grid cells.
const vocabulary = ['lunch', 'lunchtime', 'club', 'café', 'Cafe', 'memory', 'walk', 'walking', 'carers', 'a', 'music']
const towns = [
  { latitude: 53.958, longitude: -1.982 },
  { latitude: 53.999, longitude: -2.001 },
  { latitude: 54.3, longitude: -1.5 },
  { latitude: -0.05, longitude: 179.99 },
  { latitude: 0.01, longitude: -179.97 },
  { latitude: 89.95, longitude: 10 },
]

const words = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 4 }).map((list) => list.join(' '))
const point = fc
  .tuple(
    fc.constantFrom(...towns),
    fc.double({ min: -0.2, max: 0.2, noNaN: true }),
    fc.double({ min: -0.2, max: 0.2, noNaN: true }),
  )
  .map(([town, dLat, dLon]) => ({
    latitude: Math.max(-90, Math.min(90, town.latitude + dLat)),
    longitude: ((town.longitude + dLon + 540) % 360) - 180,
  }))

const service = (n: number) =>
  fc
    .record({
      name: words,
      description: fc.option(words, { nil: undefined }),
      status: fc.constantFrom('active', 'active', 'temporarily closed', 'inactive', 'defunct' as const),
      minimum_age: fc.option(fc.integer({ min: 0, max: 70 }), { nil: undefined }),
      amounts: fc.array(fc.constantFrom(0, 0, 3.5), { maxLength: 2 }),
      terms: fc.subarray(termIds),
      points: fc.array(point, { maxLength: 2 }),
    })
    .map(({ amounts, terms, points, ...rest }): Service => ({
      id: uuid(n),
      ...rest,
      cost_options: amounts.map((amount, i) => ({ id: uuid(1000 + n * 10 + i), amount })),
      attributes: terms.map((taxonomy_term_id, i) => ({ id: uuid(2000 + n * 10 + i), taxonomy_term_id })),
      service_at_locations: points.map((location, i) => ({
        id: uuid(3000 + n * 10 + i),
        location: { id: uuid(4000 + n * 10 + i), location_type: 'physical' as const, ...location },
      })),
    }))

const directory = fc
  .integer({ min: 0, max: 40 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, n) => service(n))))

const query: fc.Arbitrary<SearchQuery> = fc.record(
  {
    text: fc.oneof(words, fc.constantFrom('lun', 'c', 'wal', '!!', 'zebra')),
    taxonomyTermIds: fc.subarray(termIds, { minLength: 1 }),
    age: fc.integer({ min: 0, max: 90 }),
    cost: fc.constantFrom('free' as const, 'paid' as const),
    near: fc.record({
      latitude: fc.constantFrom(...towns).map((town) => town.latitude),
      longitude: fc.constantFrom(...towns).map((town) => town.longitude),
      withinMetres: fc.constantFrom(500, 5_000, 20_000, 60_000, 500_000),
    }),
    includeClosed: fc.boolean(),
  },
  { requiredKeys: [] },
)

/** The plain scan the index must agree with: every service, in name order (names that tie in id order). */
const scan = (services: readonly Service[], search: SearchQuery) =>
  searchIndex(
    inNameOrder(
      [...services].sort((a, b) => (a.id < b.id ? -1 : 1)),
      (each) => each.name,
    ).map(indexService),
    search,
  )

const summary = (hits: ReturnType<typeof scan>) => hits.map((hit) => [hit.service.id, hit.distanceMetres, hit.score])

describe('DirectoryIndex', () => {
  it('finds what a plain scan finds, in the same order, over random directories and searches', () => {
    fc.assert(
      fc.property(directory, fc.array(query, { minLength: 1, maxLength: 8 }), (services, searches) => {
        const index = new DirectoryIndex(services.map(indexService))
        for (const search of searches) expect(summary(index.search(search))).toEqual(summary(scan(services, search)))
      }),
      { numRuns: 300 },
    )
  })

  it('gives any page of the same results with the total, making hits only for that page', () => {
    fc.assert(
      fc.property(directory, query, fc.nat(45), fc.integer({ min: 1, max: 20 }), (services, search, offset, limit) => {
        const all = scan(services, search)
        const page = new DirectoryIndex(services.map(indexService)).searchPage(search, { offset, limit })
        expect(page.total).toBe(all.length)
        expect(summary(page.hits)).toEqual(summary(all.slice(offset, offset + limit)))
      }),
      { numRuns: 200 },
    )
  })

  it('stays in step with a plain scan as services are added, replaced and removed one at a time', () => {
    const change = fc.tuple(fc.constantFrom('put' as const, 'remove' as const), fc.integer({ min: 0, max: 19 }))
    fc.assert(
      fc.property(
        directory,
        fc.array(fc.tuple(change, fc.integer({ min: 0, max: 39 })), { maxLength: 20 }),
        fc.array(service(0), { minLength: 20, maxLength: 20 }),
        query,
        (services, changes, replacements, search) => {
          const index = new DirectoryIndex(services.map(indexService))
          const held = new Map(services.map((each) => [each.id, each]))
          for (const [[kind, which], id] of changes) {
            const replacement = { ...(replacements[which] as Service), id: uuid(id) }
            if (kind === 'put') {
              index.put(indexService(replacement))
              held.set(replacement.id, replacement)
            } else {
              index.remove(uuid(id))
              held.delete(uuid(id))
            }
            expect(summary(index.search(search))).toEqual(summary(scan([...held.values()], search)))
          }
          expect(index.size).toBe(held.size)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('gives the same pages as a plain scan when the same searches come again between changes (kept pages)', () => {
    const change = fc.tuple(fc.constantFrom('put' as const, 'remove' as const), fc.integer({ min: 0, max: 19 }))
    fc.assert(
      fc.property(
        directory,
        fc.array(fc.tuple(change, fc.integer({ min: 0, max: 39 })), { maxLength: 12 }),
        fc.array(service(0), { minLength: 20, maxLength: 20 }),
        fc.array(query, { minLength: 1, maxLength: 3 }),
        fc.nat(30),
        (services, changes, replacements, searches, offset) => {
          const index = new DirectoryIndex(services.map(indexService))
          const held = new Map(services.map((each) => [each.id, each]))
          const pagesAgree = () => {
            // Each search twice: the second is answered from what was kept, and must still be the scan's page.
            for (const search of [...searches, ...searches]) {
              const all = scan([...held.values()], search)
              const page = index.searchPage(search, { offset, limit: 10 })
              expect(page.total).toBe(all.length)
              expect(summary(page.hits)).toEqual(summary(all.slice(offset, offset + 10)))
            }
          }
          pagesAgree()
          for (const [[kind, which], id] of changes) {
            const replacement = { ...(replacements[which] as Service), id: uuid(id) }
            if (kind === 'put') {
              index.put(indexService(replacement))
              held.set(replacement.id, replacement)
            } else {
              index.remove(uuid(id))
              held.delete(uuid(id))
            }
            pagesAgree()
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('finds a service near the Moorside example, and no longer once it is removed', () => {
    const index = new DirectoryIndex<Service>([indexService(moorsideCafe)])
    const near = { latitude: 53.96, longitude: -1.98, withinMetres: 1_000 }
    expect(index.search({ near }).map((hit) => Math.round(hit.distanceMetres ?? -1))).toEqual([502])
    expect(index.search({ text: 'memo' }).map((hit) => hit.service.name)).toEqual(['Moorside Memory Café'])
    index.remove(moorsideCafe.id)
    expect(index.search({ near })).toEqual([])
    expect(index.search({ text: 'memo' })).toEqual([])
    expect(index.get(moorsideCafe.id)).toBeUndefined()
  })

  it('keeps whatever smaller record the caller gives back with each hit', () => {
    const entry: IndexedService<{ id: string }> = { ...indexService(moorsideCafe), service: { id: moorsideCafe.id } }
    expect(new DirectoryIndex([entry]).search({ cost: 'free' })).toEqual([{ service: { id: moorsideCafe.id } }])
  })
})
