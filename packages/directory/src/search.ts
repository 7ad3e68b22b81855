import { parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { distanceInMetres, type Point } from './distance.js'
import { Age, Id } from './fields.js'
import type { Service } from './schemas.js'

// Finding support: by words, by need (a taxonomy term), by age, by cost and by distance. Pure: the caller hands over
// the services (already loaded, fully nested) and gets them back filtered and in order, each with why it is there.

/** What a person can ask for. Every part is optional; together they all must hold. */
export const SearchQuerySchema = z.object({
  /** Words, each of which must start a word in the service's name, description, organisation, needs or town. */
  text: z.string().trim().max(200).optional(),
  /** Services tagged with any of these taxonomy terms. */
  taxonomyTermIds: z.array(Id).max(50).optional(),
  /** Services whose age limits include this age. */
  age: Age.optional(),
  /** 'free': every price stated is nothing; 'paid': some price is more than nothing. */
  cost: z.enum(['free', 'paid']).optional(),
  /** Services with a location within this many metres of the point, nearest first. */
  near: z
    .object({
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
      withinMetres: z.number().positive().max(500_000),
    })
    .optional(),
  /** Include services that are inactive or defunct (a directory team's view); people never see them by default. */
  includeClosed: z.boolean().optional(),
})
export type SearchQuery = z.output<typeof SearchQuerySchema>

/** A search as typed or sent, checked, each bad part named in plain English. */
export const parseSearchQuery = (input: unknown): Result<SearchQuery> => parse(SearchQuerySchema, input)

/** What is known about what a service costs. */
export type CostKind = 'free' | 'paid' | 'not stated'

/**
 * 'paid' if any price is more than nothing; 'free' if it states prices and every one is nothing; 'not stated' when
 * it gives no amounts at all, which a "free" filter must not claim is free.
 */
export function costKind(service: Pick<Service, 'cost_options'>): CostKind {
  const amounts = (service.cost_options ?? []).flatMap((cost) => (cost.amount === undefined ? [] : [cost.amount]))
  if (amounts.some((amount) => amount > 0)) return 'paid'
  return amounts.length > 0 ? 'free' : 'not stated'
}

/** Whether a person of this age can use the service, by its minimum and maximum ages. */
export const suitsAge = (service: Pick<Service, 'minimum_age' | 'maximum_age'>, age: number): boolean =>
  (service.minimum_age === undefined || age >= service.minimum_age) &&
  (service.maximum_age === undefined || age <= service.maximum_age)

/** The taxonomy term ids a service is tagged with. */
export const termIdsOf = (service: Pick<Service, 'attributes'>): string[] =>
  (service.attributes ?? []).flatMap((attribute) => {
    const id = attribute.taxonomy_term_id ?? attribute.taxonomy_term?.id
    return id === undefined ? [] : [id]
  })

/** Every point a service is found at (its locations with coordinates). */
export const pointsOf = (service: Pick<Service, 'service_at_locations'>): Point[] =>
  (service.service_at_locations ?? []).flatMap(({ location }) =>
    location?.latitude === undefined || location.longitude === undefined
      ? []
      : [{ latitude: location.latitude, longitude: location.longitude }],
  )

/** Lower case, accents and punctuation gone: "Café-Club" and "cafe club" are the same words. */
export const wordsOf = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)

/** The words of a service a search looks in, by weight: its name counts most (3), then its needs (2), then the rest. */
function searchableWords(service: Service): IndexedService['words'] {
  const terms = (service.attributes ?? []).map((attribute) => attribute.taxonomy_term?.name ?? '')
  const places = (service.service_at_locations ?? []).flatMap(({ location }) => [
    location?.name ?? '',
    ...(location?.addresses ?? []).map((address) => address.city),
  ])
  return [
    wordsOf(service.name),
    wordsOf(terms.join(' ')),
    wordsOf([service.description ?? '', service.organization?.name ?? '', ...places].join(' ')),
  ]
}

/**
 * A service as a search needs it, worked out once: what it is tagged with, where it is, what it costs, and its words.
 * `service` is whatever the caller wants back with each hit (the whole record, or a smaller one it keeps in memory).
 */
export type IndexedService<S = Service> = {
  service: S
  /** The service's id and name: a kept index is keyed by the one and ordered by the other. */
  id: string
  name: string
  status: Service['status']
  termIds: readonly string[]
  points: readonly Point[]
  cost: CostKind
  minimumAge?: number
  maximumAge?: number
  /** The words of its name, of its needs, and of the rest (description, organisation, places). */
  words: readonly [readonly string[], readonly string[], readonly string[]]
}

/** Works out once what every search of a service needs, so a directory kept in memory is searched without re-reading. */
export function indexService(service: Service): IndexedService {
  return {
    service,
    id: service.id,
    name: service.name,
    status: service.status,
    termIds: termIdsOf(service),
    points: pointsOf(service),
    cost: costKind(service),
    ...(service.minimum_age === undefined ? {} : { minimumAge: service.minimum_age }),
    ...(service.maximum_age === undefined ? {} : { maximumAge: service.maximum_age }),
    words: searchableWords(service),
  }
}

const WEIGHTS = [3, 2, 1] as const

/** How well the words match (0 if some word is missing): each word scores the weight of the best field it starts. */
function textScore(words: IndexedService<unknown>['words'], wanted: readonly string[]): number {
  let score = 0
  for (const word of wanted) {
    const field = words.findIndex((field) => field.some((w) => w.startsWith(word)))
    if (field === -1) return 0
    score += WEIGHTS[field] ?? 0
  }
  return score
}

export type SearchHit<S = Service> = {
  service: S
  /** Metres to its nearest location, when the search was near a place. */
  distanceMetres?: number
  /** How well its words matched, when the search had words (higher is better). */
  score?: number
}

const closed = new Set(['inactive', 'defunct'])

/** Services in name order, as a search gives them back when nothing else orders them. */
export function inNameOrder<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  const collator = new Intl.Collator('en-GB')
  return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)))
}

/** A query worked out once for checking many entries: its words and its set of terms. */
export type PreparedQuery = {
  query: SearchQuery
  wanted: readonly string[]
  terms?: ReadonlySet<string>
}

export const prepareQuery = (query: SearchQuery): PreparedQuery => ({
  query,
  wanted: wordsOf(query.text ?? ''),
  ...(query.taxonomyTermIds === undefined ? {} : { terms: new Set(query.taxonomyTermIds) }),
})

/** Where `matchInto` writes how near and how well an entry matched, so checking many entries makes no garbage. */
export type MatchMeasures = { distanceMetres: number; score: number }

/**
 * Whether an entry meets every part of the query; if so, its distance (when near a place) and word score (when there
 * are words) are written into `into`.
 */
export function matchInto(
  entry: IndexedService<unknown>,
  { query, wanted, terms }: PreparedQuery,
  into: MatchMeasures,
): boolean {
  if (!query.includeClosed && closed.has(entry.status)) return false
  if (terms !== undefined && !entry.termIds.some((id) => terms.has(id))) return false
  // suitsAge, without making an object for each of many entries.
  const age = query.age
  if (
    age !== undefined &&
    ((entry.minimumAge !== undefined && age < entry.minimumAge) ||
      (entry.maximumAge !== undefined && age > entry.maximumAge))
  )
    return false
  if (query.cost !== undefined && entry.cost !== query.cost) return false
  if (query.near !== undefined) {
    let nearest = Infinity
    for (const point of entry.points) nearest = Math.min(nearest, distanceInMetres(query.near, point))
    if (nearest > query.near.withinMetres) return false
    into.distanceMetres = nearest
  }
  if (wanted.length > 0) {
    const score = textScore(entry.words, wanted)
    if (score === 0) return false
    into.score = score
  }
  return true
}

/** The hit an entry makes for the query, or undefined if some part of the query does not hold for it. */
export function hitOf<S>(entry: IndexedService<S>, prepared: PreparedQuery): SearchHit<S> | undefined {
  const measures = { distanceMetres: 0, score: 0 }
  if (!matchInto(entry, prepared, measures)) return undefined
  return {
    service: entry.service,
    ...(prepared.query.near === undefined ? {} : { distanceMetres: measures.distanceMetres }),
    ...(prepared.wanted.length === 0 ? {} : { score: measures.score }),
  }
}

/** Whether hits need ordering beyond the index's name order: by distance when near a place, else by word match. */
export const isRanked = ({ query, wanted }: PreparedQuery): boolean => query.near !== undefined || wanted.length > 0

/** Nearest first, then best word match; a stable sort leaves ties in name order. */
export const byRelevance = <S>(a: SearchHit<S>, b: SearchHit<S>): number =>
  (a.distanceMetres ?? 0) - (b.distanceMetres ?? 0) || (b.score ?? 0) - (a.score ?? 0)

/**
 * The indexed services that meet every part of the query: nearest first when near a place, else best word match
 * first, else in the order given (keep the index in name order: `inNameOrder`). Inactive and defunct services are
 * left out unless `includeClosed`; temporarily closed ones stay in (a page should say so rather than hide them).
 * This looks at every entry; for a large directory searched often, keep a `DirectoryIndex` instead.
 */
export function searchIndex<S>(index: readonly IndexedService<S>[], query: SearchQuery): SearchHit<S>[] {
  const prepared = prepareQuery(query)
  const hits: SearchHit<S>[] = []
  for (const entry of index) {
    const hit = hitOf(entry, prepared)
    if (hit !== undefined) hits.push(hit)
  }
  return isRanked(prepared) ? hits.sort(byRelevance) : hits
}

/**
 * The services that meet every part of the query: nearest first when near a place, else best word match first,
 * else by name. Inactive and defunct services are left out unless `includeClosed`; temporarily closed ones stay in
 * (a page should say so rather than hide them). For many searches of one directory, index it once instead.
 */
export function searchServices(services: readonly Service[], query: SearchQuery): SearchHit[] {
  return searchIndex(inNameOrder(services, (service) => service.name).map(indexService), query)
}
