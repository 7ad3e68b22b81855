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
const wordsOf = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)

/** The words of a service a search looks in, weighted: its name counts most, then its needs, then the rest. */
function searchableWords(service: Service): { words: string[]; weight: number }[] {
  const terms = (service.attributes ?? []).map((attribute) => attribute.taxonomy_term?.name ?? '')
  const places = (service.service_at_locations ?? []).flatMap(({ location }) => [
    location?.name ?? '',
    ...(location?.addresses ?? []).map((address) => address.city),
  ])
  return [
    { words: wordsOf(service.name), weight: 3 },
    { words: wordsOf(terms.join(' ')), weight: 2 },
    { words: wordsOf([service.description ?? '', service.organization?.name ?? '', ...places].join(' ')), weight: 1 },
  ]
}

/** How well the words match (0 if some word is missing): each word scores the weight of the best field it starts. */
function textScore(service: Service, wanted: readonly string[]): number {
  const fields = searchableWords(service)
  let score = 0
  for (const word of wanted) {
    const best = Math.max(
      0,
      ...fields.filter((field) => field.words.some((w) => w.startsWith(word))).map((f) => f.weight),
    )
    if (best === 0) return 0
    score += best
  }
  return score
}

export type SearchHit = {
  service: Service
  /** Metres to its nearest location, when the search was near a place. */
  distanceMetres?: number
  /** How well its words matched, when the search had words (higher is better). */
  score?: number
}

const closed = new Set(['inactive', 'defunct'])

/**
 * The services that meet every part of the query: nearest first when near a place, else best word match first,
 * else by name. Inactive and defunct services are left out unless `includeClosed`; temporarily closed ones stay in
 * (a page should say so rather than hide them).
 */
export function searchServices(services: readonly Service[], query: SearchQuery): SearchHit[] {
  const wanted = wordsOf(query.text ?? '')
  const terms = query.taxonomyTermIds === undefined ? undefined : new Set(query.taxonomyTermIds)
  const hits: SearchHit[] = []
  for (const service of services) {
    if (!query.includeClosed && closed.has(service.status)) continue
    if (terms !== undefined && !termIdsOf(service).some((id) => terms.has(id))) continue
    if (query.age !== undefined && !suitsAge(service, query.age)) continue
    if (query.cost !== undefined && costKind(service) !== query.cost) continue
    const hit: SearchHit = { service }
    if (query.near !== undefined) {
      const near = query.near
      const distances = pointsOf(service).map((point) => distanceInMetres(near, point))
      if (distances.length === 0) continue
      const nearest = Math.min(...distances)
      if (nearest > near.withinMetres) continue
      hit.distanceMetres = nearest
    }
    if (wanted.length > 0) {
      const score = textScore(service, wanted)
      if (score === 0) continue
      hit.score = score
    }
    hits.push(hit)
  }
  return hits.sort(
    (a, b) =>
      (a.distanceMetres ?? 0) - (b.distanceMetres ?? 0) ||
      (b.score ?? 0) - (a.score ?? 0) ||
      a.service.name.localeCompare(b.service.name, 'en-GB'),
  )
}
