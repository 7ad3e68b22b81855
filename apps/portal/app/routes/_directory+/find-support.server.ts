import { suggestionsFor, type Suggestion } from './find-support-suggestions.server'
import {
  costKind,
  findPlace,
  homeVisitsInWords,
  termIdsOf,
  type Schedule,
  type SearchQuery,
  type Service,
} from '@open-sds/directory'
import { formatPence, parsePounds } from '@open-sds/kernel'
import { directoryContentOf, directoryPlacesOf, directoryTaxonomyOf } from '@open-sds/plugin-sdk'
import { z } from 'zod'
import type { AppContext } from '~/.server/context'
import { validateValues, type FieldError } from '~/.server/forms'
import { letRequestsIn } from '~/.server/let-requests-in'
import { DEFAULT_DISTANCE, DISTANCES } from './__distances'
import { directoryIndex } from './directory-index.server'

const METRES_IN_A_MILE = 1609.344
/** Results a page shows. */
export const PER_PAGE = 20

export const FIND_SUPPORT_FIELDS = ['words', 'need', 'place', 'within', 'age', 'cost'] as const
export type FindSupportValues = Partial<Record<(typeof FIND_SUPPORT_FIELDS)[number], string>>

const FindSupportSchema = z.object({
  words: z.string().trim().max(200, 'What you are looking for must be 200 characters or fewer').optional(),
  need: z.string().trim().optional(),
  place: z.string().trim().max(60, 'The town or postcode must be 60 characters or fewer').optional(),
  within: z.enum(DISTANCES, { error: 'Choose how far you can travel' }).optional(),
  age: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, 'Enter an age in whole years, like 67')
    .refine((age) => Number(age) <= 120, 'Enter an age of 120 or less')
    .optional(),
  cost: z.enum(['any', 'free', 'paid'], { error: 'Choose any cost, free or paid' }).optional(),
})

const noEmpty = (values: FindSupportValues) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value.trim() !== ''))

export type ServiceFound = {
  id: string
  name: string
  organisation?: string
  description?: string
  distance?: string
  cost: string
  needs: string[]
  temporarilyClosed: boolean
}

export type FindSupportAnswer = {
  values: FindSupportValues
  errors?: FieldError[]
  needs: { value: string; label: string }[]
  canSearchByPlace: boolean
  /** The plugin's words around the search, each paragraph a string; absent ones use the page's own. */
  content: { introduction?: string; nothingFits?: string }
  searched: boolean
  results?: { services: ServiceFound[]; total: number; page: number; pages: number; suggestions: Suggestion[] }
}

const miles = (metres: number) => {
  const value = metres / METRES_IN_A_MILE
  return value < 0.1 ? 'less than 0.1 miles' : `${value.toFixed(1)} miles`
}

/** What a service costs, in words: "Free", "From £3.50", or that the person should ask. */
export function costInWords(service: Service): string {
  const kind = costKind(service)
  if (kind === 'free') return 'Free'
  if (kind === 'not stated') return service.fees ?? 'Ask the service what it costs'
  const prices = (service.cost_options ?? []).flatMap((cost) => {
    const pence = cost.amount === undefined ? undefined : parsePounds(String(cost.amount))
    return pence?.ok && pence.value > 0 ? [pence.value] : []
  })
  return `From ${formatPence(Math.min(...prices))}`
}

/** The names of the needs a service is tagged with, by the directory's taxonomy terms. */
const needNames = (service: Service, termNames: ReadonlyMap<string, string>) =>
  termIdsOf(service).flatMap((termId) => {
    const name = termNames.get(termId)
    return name === undefined ? [] : [name]
  })

async function termNamesOf(context: AppContext): Promise<Map<string, string>> {
  const taxonomies = await context.database.repos.directory.listTaxonomies({ page: 1, perPage: 100 })
  return new Map(
    taxonomies.contents.flatMap((taxonomy) => (taxonomy.taxonomy_terms ?? []).map((term) => [term.id, term.name])),
  )
}

/**
 * The public search of the directory (issue 17): by words, need, a place in the council's list, age and cost, as
 * typed in the address. Bad input is named field by field with every value kept; a place the list does not know is
 * said plainly rather than ignored.
 */
export async function findSupport(context: AppContext, query: URLSearchParams): Promise<FindSupportAnswer> {
  const values: FindSupportValues = Object.fromEntries(
    FIND_SUPPORT_FIELDS.map((field) => [field, (query.get(field) ?? '').slice(0, 300)]),
  )
  const termNames = await termNamesOf(context)
  // The council's own kinds of support when its plugin names them; otherwise every term the directory holds.
  const own = directoryTaxonomyOf(context.site)?.taxonomy_terms
  const needs = own
    ? own.map((term) => ({ value: term.id, label: term.name }))
    : [...termNames].map(([value, label]) => ({ value, label }))
  const places = directoryPlacesOf(context.site)
  const base = { values, needs, canSearchByPlace: places.length > 0, content: directoryContentOf(context.site) }
  const searched = FIND_SUPPORT_FIELDS.some((field) => query.has(field))
  if (!searched) return { ...base, searched }

  const checked = validateValues(FindSupportSchema, noEmpty(values), values as Record<string, string>, [
    ...FIND_SUPPORT_FIELDS,
  ])
  const errors: FieldError[] = checked.ok ? [] : [...checked.errors]
  const input = checked.ok ? checked.data : {}
  // The need and the place are checked against the council's lists even when another field is wrong.
  const need = values.need?.trim() || undefined
  if (need !== undefined && !needs.some((each) => each.value === need))
    errors.push({ field: 'need', message: 'Choose a kind of support from the list' })
  const placeTyped = places.length === 0 ? undefined : values.place?.trim() || undefined
  const place = placeTyped === undefined ? undefined : findPlace(places, placeTyped)
  if (placeTyped !== undefined && place === undefined && !errors.some((error) => error.field === 'place'))
    errors.push({
      field: 'place',
      message: `We do not know "${placeTyped}". Enter a town in the area or the first part of a postcode, like ${
        places.find((each) => /\d/.test(each.name))?.name ?? places[0]?.name ?? 'NM1'
      }`,
    })
  const order: readonly string[] = FIND_SUPPORT_FIELDS
  errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
  if (errors.length > 0) return { ...base, searched, errors }

  const search: SearchQuery = {
    text: input.words,
    taxonomyTermIds: need === undefined ? undefined : [need],
    age: input.age === undefined ? undefined : Number(input.age),
    cost: input.cost === undefined || input.cost === 'any' ? undefined : input.cost,
    near:
      place === undefined
        ? undefined
        : {
            latitude: place.latitude,
            longitude: place.longitude,
            withinMetres: Number(input.within ?? DEFAULT_DISTANCE) * METRES_IN_A_MILE,
          },
  }
  const index = await directoryIndex(context)
  // A broad search is tens of milliseconds of work: searches take turns, so none waits behind more than its share.
  await letRequestsIn()
  // The page asked for; past the last, the last (worked out from the count before the page's hits are made).
  const asked = Math.max(1, Number.parseInt(query.get('page') ?? '1', 10) || 1)
  let found = index.searchPage(search, { offset: (asked - 1) * PER_PAGE, limit: PER_PAGE })
  const pages = Math.max(1, Math.ceil(found.total / PER_PAGE))
  const page = Math.min(pages, asked)
  if (page !== asked) found = index.searchPage(search, { offset: (page - 1) * PER_PAGE, limit: PER_PAGE })
  return {
    ...base,
    searched,
    results: {
      total: found.total,
      page,
      pages,
      suggestions: found.total === 0 ? suggestionsFor(index, search, query) : [],
      services: found.hits.map(({ service, distanceMetres }) => ({
        id: service.id,
        name: service.name,
        organisation: service.organization?.name,
        description: service.description,
        distance:
          distanceMetres === undefined || place === undefined
            ? undefined
            : `${miles(distanceMetres)} from ${place.name}`,
        cost: costInWords(service),
        needs: needNames(service, termNames),
        temporarilyClosed: service.status === 'temporarily closed',
      })),
    },
  }
}

const DAY_NAMES: Record<string, string> = {
  MO: 'Mondays',
  TU: 'Tuesdays',
  WE: 'Wednesdays',
  TH: 'Thursdays',
  FR: 'Fridays',
  SA: 'Saturdays',
  SU: 'Sundays',
}

/** "10:00" → "10am", "13:30" → "1:30pm", as GOV.UK writes times. */
function timeInWords(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  const suffix = hours >= 12 ? 'pm' : 'am'
  const hour = hours % 12 === 0 ? 12 : hours % 12
  if (hours === 12 && minutes === 0) return 'midday'
  return `${String(hour)}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}${suffix}`
}

const inList = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`

/** When a service is open, in words: its description if it gives one, else its days and hours. */
export function scheduleInWords(schedule: Schedule): string {
  if (schedule.description) return schedule.description
  const days = (schedule.byday ?? '')
    .split(',')
    .map((day) => DAY_NAMES[day.replace(/^[+-]?\d*/, '')])
    .filter((day): day is string => day !== undefined)
  const hours =
    schedule.opens_at && schedule.closes_at
      ? `${timeInWords(schedule.opens_at)} to ${timeInWords(schedule.closes_at)}`
      : ''
  const when = [inList(days), hours].filter(Boolean).join(', ')
  return when === '' ? 'Ask the service when it is open' : when
}

/** An address as the lines it is written on: the street lines as the listing gave them, the town, the postcode. */
const addressLines = (address: { address_1: string; address_2?: string; city: string; postal_code: string }) =>
  [address.address_1, address.address_2, address.city, address.postal_code].filter(
    (line): line is string => line !== undefined && line.trim() !== '',
  )

const addressInWords = (address: { address_1: string; address_2?: string; city: string; postal_code: string }) =>
  addressLines(address).join(', ')

/** Each way a service is used, in words: a place by its address, or a way without one ("Online", "By phone"). */
export function placesInWords(service: Pick<Service, 'service_at_locations' | 'service_areas'>): string[] {
  const sites = (service.service_at_locations ?? []).flatMap(({ location }) => {
    if (location === undefined) return []
    const addresses = (location.addresses ?? []).filter((address) => address.address_type !== 'postal')
    if (addresses.length > 0) return addresses.map(addressInWords)
    return location.name ? [location.name] : []
  })
  return [...sites, ...homeVisitsInWords(service)]
}

/** A service as its public page shows it; undefined for one that is not there or no longer runs. */
export async function serviceForPage(context: AppContext, serviceId: string) {
  const [service, termNames] = await Promise.all([
    context.database.repos.directory.getService(serviceId),
    termNamesOf(context),
  ])
  if (!service || service.status === 'inactive' || service.status === 'defunct') return undefined
  const phones = (service.contacts ?? []).flatMap((contact) =>
    (contact.phones ?? []).map((phone) => ({
      number: phone.number,
      who: [contact.name, phone.description].filter(Boolean).join(', '),
    })),
  )
  return {
    id: service.id,
    name: service.name,
    description: service.description,
    organisation: service.organization?.name,
    temporarilyClosed: service.status === 'temporarily closed',
    alert: service.alert,
    email: service.email ?? service.organization?.email,
    website: service.url ?? service.organization?.website,
    phones,
    places: (service.service_at_locations ?? []).flatMap(({ location }) =>
      location === undefined || location.location_type === 'virtual'
        ? []
        : [
            {
              name: location.name,
              address: (location.addresses ?? [])
                .filter((address) => address.address_type !== 'postal')
                .map(addressLines),
            },
          ],
    ),
    // Online, by phone, at people's homes: ways without an address, by the name the listing gave them.
    ways: (service.service_at_locations ?? []).flatMap(({ location }) =>
      location?.location_type === 'virtual' && location.name ? [location.name] : [],
    ),
    // "Visits people at home in Eastby": the service areas a home-visiting listing gave.
    homeVisits: homeVisitsInWords(service),
    when: (service.schedules ?? []).map(scheduleInWords),
    cost: costInWords(service),
    costDetails: (service.cost_options ?? []).flatMap((cost) =>
      cost.option || cost.amount_description ? [[cost.option, cost.amount_description].filter(Boolean).join(': ')] : [],
    ),
    ages:
      service.minimum_age === undefined && service.maximum_age === undefined
        ? undefined
        : service.maximum_age === undefined
          ? `${String(service.minimum_age)} and over`
          : service.minimum_age === undefined
            ? `Up to ${String(service.maximum_age)}`
            : `${String(service.minimum_age)} to ${String(service.maximum_age)}`,
    needs: needNames(service, termNames),
    assuredOn: service.assured_date,
  }
}

export type ServicePage = NonNullable<Awaited<ReturnType<typeof serviceForPage>>>
