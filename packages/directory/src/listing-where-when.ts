import type { Issue } from '@open-sds/kernel'
import { findPlace, type Place } from './places.js'
import type { Location, Schedule, Service, ServiceArea, ServiceAtLocation } from './schemas.js'

// Where and when a listed service runs (issue 17: each service's page says how to reach it and when it is open).
// The form asks in a person's words: the ways people use it (at an address, online, by phone, at home), the address,
// each day's opening and closing times or a plain description such as "by appointment". In ORUK these become
// `service_at_locations` (a physical location with its address; a virtual one for online and by phone), the area it
// visits people at home in as a `service_areas` entry, and weekly `schedules` (RFC 5545 parts: byday, opens_at,
// closes_at).

/** The ways a person can use a service, as the form offers them. */
export const LISTING_WAYS = ['address', 'online', 'phone', 'home'] as const
export type ListingWay = (typeof LISTING_WAYS)[number]

/**
 * What each way is called, on the form and as the name of its ORUK location (online, by phone). ORUK has no location
 * type for "we come to you": a home-visiting service says where it visits in its `service_areas` (homeVisitArea),
 * not as a location. Older listings made a virtual location of that name; they are still read as visiting at home.
 */
export const LISTING_WAY_NAMES: Readonly<Record<ListingWay, string>> = {
  address: 'At an address',
  online: 'Online',
  phone: 'By phone',
  home: 'At people’s homes',
}

/** The days of the week in RFC 5545's two letters, with the form's field prefix and the name a person reads. */
export const LISTING_DAYS = [
  { code: 'MO', field: 'monday', name: 'Monday' },
  { code: 'TU', field: 'tuesday', name: 'Tuesday' },
  { code: 'WE', field: 'wednesday', name: 'Wednesday' },
  { code: 'TH', field: 'thursday', name: 'Thursday' },
  { code: 'FR', field: 'friday', name: 'Friday' },
  { code: 'SA', field: 'saturday', name: 'Saturday' },
  { code: 'SU', field: 'sunday', name: 'Sunday' },
] as const
type DayField = (typeof LISTING_DAYS)[number]['field']

/** The where-and-when part of a listing form, as typed. */
export type WhereWhenForm = {
  ways?: readonly string[]
  addressLine1?: string
  addressLine2?: string
  town?: string
  postcode?: string
  /** Where it visits people at home, like "Eastby and the villages nearby". */
  homeArea?: string
  hours?: string
} & { [K in `${DayField}Opens` | `${DayField}Closes`]?: string }

/**
 * A time of day as people write it ("9:30", "09.30", "2pm", "12:15am", "14:00") as ORUK's HH:MM, or undefined when it
 * is not one.
 */
export function timeOfDay(typed: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?$|^(\d{1,2})[:.](\d{2})$|^(\d{1,2})$/i.exec(
    typed.trim().replace(/\s+/g, ' '),
  )
  if (!match) return undefined
  const [, h12, m12, half, h24, m24, bare] = match
  let hours: number
  let minutes: number
  if (half !== undefined) {
    hours = Number(h12)
    minutes = Number(m12 ?? '0')
    if (hours < 1 || hours > 12) return undefined
    hours = (hours % 12) + (half.toLowerCase() === 'p' ? 12 : 0)
  } else {
    hours = Number(h24 ?? bare)
    minutes = Number(m24 ?? '0')
  }
  if (hours > 23 || minutes > 59) return undefined
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

/**
 * A UK postcode in its usual form ("nm11aa" gives "NM1 1AA"), or undefined when it is not the shape of one: an
 * outward code of one or two letters, a digit and an optional letter or digit, then a digit and two letters.
 */
export function ukPostcode(typed: string): string | undefined {
  const key = typed.toUpperCase().replace(/\s+/g, '')
  const match = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/.exec(key)
  return match ? `${match[1] ?? ''} ${match[2] ?? ''}` : undefined
}

const blank = (text: string | undefined): string | undefined => text?.trim() || undefined

/** What the where-and-when answers make. */
export type WhereWhen = { sites: ServiceAtLocation[]; areas: ServiceArea[]; schedules: Schedule[] }

/** What building the records needs besides the form: the council's places, new ids, and the last version's ids. */
export type WhereWhenContext = {
  places: readonly Place[]
  newId: () => string
  previous?: Pick<Service, 'service_at_locations' | 'schedules' | 'service_areas'>
}

/** Where a listed service is: each way chosen, with the address and the point the council's places give it. */
function sitesOf(
  form: WhereWhenForm,
  ways: ReadonlySet<ListingWay>,
  { places, newId, previous }: WhereWhenContext,
  issues: Issue[],
): ServiceAtLocation[] {
  const sites: ServiceAtLocation[] = []
  // A way listed before keeps its ids, so a change to the address is a change to the same record.
  const siteFor = (matches: (location: Location) => boolean) =>
    previous?.service_at_locations?.find(({ location }) => location !== undefined && matches(location))
  const site = (matches: (location: Location) => boolean, location: Omit<Location, 'id'>): ServiceAtLocation => {
    const before = siteFor(matches)
    return { id: before?.id ?? newId(), location: { id: before?.location?.id ?? newId(), ...location } }
  }
  if (ways.has('address')) {
    const line1 = blank(form.addressLine1)
    const line2 = blank(form.addressLine2)
    const town = blank(form.town)
    const postcodeTyped = blank(form.postcode)
    const postcode = postcodeTyped === undefined ? undefined : ukPostcode(postcodeTyped)
    if (line1 === undefined) issues.push({ path: 'addressLine1', message: 'Enter the building and street' })
    if (town === undefined) issues.push({ path: 'town', message: 'Enter the town or city' })
    if (postcodeTyped === undefined) issues.push({ path: 'postcode', message: 'Enter the postcode' })
    else if (postcode === undefined) issues.push({ path: 'postcode', message: 'Enter a real postcode, like NM1 1AA' })
    if (line1 !== undefined && town !== undefined && postcode !== undefined) {
      // The distance search measures from the postcode's district, or else the town, in the council's own list;
      // an address the list does not know is still listed, just not found by distance.
      const place = findPlace(places, postcode) ?? findPlace(places, town)
      const before = siteFor((location) => location.location_type === 'physical')?.location?.addresses?.[0]
      const location: Omit<Location, 'id'> = {
        location_type: 'physical',
        name: town,
        latitude: place?.latitude,
        longitude: place?.longitude,
        // The two lines stay apart here (the feed joins them: feedServiceOf). ORUK requires a county; the form does
        // not ask for one, so the town stands in for it.
        addresses: [
          {
            id: before?.id ?? newId(),
            address_1: line1,
            address_2: line2,
            city: town,
            state_province: town,
            postal_code: postcode,
            country: 'GB',
            address_type: 'physical',
          },
        ],
      }
      sites.push(site((each) => each.location_type === 'physical', location))
    }
  }
  for (const way of LISTING_WAYS)
    if (way !== 'address' && way !== 'home' && ways.has(way))
      sites.push(
        site((each) => each.location_type === 'virtual' && each.name === LISTING_WAY_NAMES[way], {
          location_type: 'virtual',
          name: LISTING_WAY_NAMES[way],
        }),
      )
  return sites
}

/** How a home-visit area reads, on the service page and as its ORUK `extent`. */
const homeVisitsIn = (area: string): string => `Visits people at home in ${area}`

/**
 * The area a service visits people at home in, as ORUK carries it: a service area by that name, its extent in words
 * (extent_type "text", the standard's word for a described area). Undefined when the area is not one of these.
 */
export function homeVisitArea(area: Pick<ServiceArea, 'name' | 'extent' | 'extent_type'>): string | undefined {
  return area.name !== undefined && area.extent_type === 'text' && area.extent === homeVisitsIn(area.name)
    ? area.name
    : undefined
}

/** The service area of a service that visits people at home in `area` (homeVisitArea reads it back). */
export const homeVisitServiceArea = (id: string, area: string): ServiceArea => ({
  id,
  name: area,
  extent: homeVisitsIn(area),
  extent_type: 'text',
})

/** "Visits people at home in …" for each area a service visits people at home in. */
export const homeVisitsInWords = (service: Pick<Service, 'service_areas'>): string[] =>
  (service.service_areas ?? []).flatMap((area) => {
    const name = homeVisitArea(area)
    return name === undefined ? [] : [homeVisitsIn(name)]
  })

/** Where a home-visiting service visits: one service area, keeping its id from the last version. */
function areasOf(
  form: WhereWhenForm,
  ways: ReadonlySet<ListingWay>,
  { newId, previous }: WhereWhenContext,
  issues: Issue[],
): ServiceArea[] {
  if (!ways.has('home')) return []
  const area = blank(form.homeArea)
  if (area === undefined) {
    issues.push({
      path: 'homeArea',
      message: 'Enter where it visits people at home, like Eastby and the villages nearby',
    })
    return []
  }
  if (area.length > 200) {
    issues.push({ path: 'homeArea', message: 'Where it visits people at home must be 200 characters or fewer' })
    return []
  }
  const before = previous?.service_areas?.find((each) => homeVisitArea(each) !== undefined)
  return [homeVisitServiceArea(before?.id ?? newId(), area)]
}

/** When a listed service is open: a weekly schedule for each set of days with the same hours, and/or a description. */
function schedulesOf(form: WhereWhenForm, { newId, previous }: WhereWhenContext, issues: Issue[]): Schedule[] {
  const issuesBefore = issues.length
  const byHours = new Map<string, string[]>()
  for (const day of LISTING_DAYS) {
    const opensField = `${day.field}Opens` as const
    const closesField = `${day.field}Closes` as const
    const opensTyped = blank(form[opensField])
    const closesTyped = blank(form[closesField])
    if (opensTyped === undefined && closesTyped === undefined) continue
    const opens = opensTyped === undefined ? undefined : timeOfDay(opensTyped)
    const closes = closesTyped === undefined ? undefined : timeOfDay(closesTyped)
    if (opensTyped === undefined)
      issues.push({ path: opensField, message: `Enter the time it opens on ${day.name}, like 9:30am` })
    else if (opens === undefined)
      issues.push({
        path: opensField,
        message: `Enter the time it opens on ${day.name} as a time, like 9:30am or 14:00`,
      })
    if (closesTyped === undefined)
      issues.push({ path: closesField, message: `Enter the time it closes on ${day.name}, like 4pm` })
    else if (closes === undefined)
      issues.push({
        path: closesField,
        message: `Enter the time it closes on ${day.name} as a time, like 4pm or 16:00`,
      })
    if (opens === undefined || closes === undefined) continue
    if (closes <= opens) {
      issues.push({ path: closesField, message: `The closing time on ${day.name} must be after the opening time` })
      continue
    }
    const key = `${opens}-${closes}`
    byHours.set(key, [...(byHours.get(key) ?? []), day.code])
  }
  const hours = blank(form.hours)
  if (hours !== undefined && hours.length > 500)
    issues.push({ path: 'hours', message: 'When it is open must be 500 characters or fewer' })
  if (byHours.size === 0 && hours === undefined && issues.length === issuesBefore)
    issues.push({
      path: 'hours',
      message: 'Say when it is open: enter the times for at least one day, or describe when, like “by appointment”',
    })
  const weekly = [...byHours].map(([key, days]) => {
    const [opens_at, closes_at] = key.split('-') as [string, string]
    return { freq: 'WEEKLY' as const, byday: days.join(','), opens_at, closes_at }
  })
  const made: Omit<Schedule, 'id'>[] = hours === undefined ? weekly : [...weekly, { description: hours }]
  // Schedules keep their ids by position: ORUK consumers see a changed time, not a new record.
  return made.map((schedule, index) => ({ id: previous?.schedules?.[index]?.id ?? newId(), ...schedule }))
}

/**
 * Where and when, from the form: at least one way to use the service (an address needs its street, town and a UK
 * postcode), opening times that close after they open, or a description of when. Problems are named by form field.
 */
export function whereWhenOf(
  form: WhereWhenForm,
  context: WhereWhenContext,
): { ok: true; value: WhereWhen } | { ok: false; errors: Issue[] } {
  const issues: Issue[] = []
  const ways = new Set(
    (form.ways ?? []).filter((way): way is ListingWay => (LISTING_WAYS as readonly string[]).includes(way)),
  )
  if (ways.size === 0)
    issues.push({
      path: 'ways',
      message: 'Choose at least one way people can use the service: at an address, online, by phone or at home',
    })
  const sites = sitesOf(form, ways, context, issues)
  const areas = areasOf(form, ways, context, issues)
  const schedules = schedulesOf(form, context, issues)
  return issues.length > 0 ? { ok: false, errors: issues } : { ok: true, value: { sites, areas, schedules } }
}

/** The where-and-when answers a listed service gives back, to change it (the inverse of whereWhenOf). */
export function whereWhenFormOf(
  service: Pick<Service, 'service_at_locations' | 'schedules' | 'service_areas'>,
): WhereWhenForm {
  const form: Record<string, string | string[]> = {}
  const ways: ListingWay[] = []
  for (const { location } of service.service_at_locations ?? []) {
    if (location === undefined) continue
    const way = LISTING_WAYS.find((each) => each !== 'address' && LISTING_WAY_NAMES[each] === location.name)
    if (location.location_type === 'virtual' && way !== undefined) {
      ways.push(way)
      continue
    }
    if (ways.includes('address')) continue
    ways.push('address')
    const address = location.addresses?.[0]
    form.addressLine1 = address?.address_1 ?? ''
    form.addressLine2 = address?.address_2 ?? ''
    form.town = address?.city ?? location.name ?? ''
    form.postcode = address?.postal_code ?? ''
  }
  const homeArea = (service.service_areas ?? []).map(homeVisitArea).find((name) => name !== undefined)
  if (homeArea !== undefined) {
    if (!ways.includes('home')) ways.push('home')
    form.homeArea = homeArea
  }
  form.ways = LISTING_WAYS.filter((way) => ways.includes(way))
  const descriptions: string[] = []
  for (const schedule of service.schedules ?? []) {
    if (schedule.description) descriptions.push(schedule.description)
    if (!schedule.opens_at || !schedule.closes_at) continue
    for (const code of (schedule.byday ?? '').split(',')) {
      const day = LISTING_DAYS.find((each) => each.code === code.replace(/^[+-]?\d*/, ''))
      if (day === undefined) continue
      form[`${day.field}Opens`] = schedule.opens_at.slice(0, 5)
      form[`${day.field}Closes`] = schedule.closes_at.slice(0, 5)
    }
  }
  if (descriptions.length > 0) form.hours = descriptions.join('\n')
  return form as WhereWhenForm
}

/**
 * Why people searching near a place will not find a listed service, or undefined when they will (or it has no
 * address to be near). A physical place with no point is one whose postcode district and town the council's place
 * list does not know: the search measures only from points the list gives, never from a guess, so it is left out
 * of every "near a place" search. The organisation and the assurer read this before it surprises anyone.
 */
export function notFoundNearAPlace(service: Pick<Service, 'service_at_locations'>): string | undefined {
  for (const { location } of service.service_at_locations ?? []) {
    if (location?.location_type !== 'physical') continue
    if (location.latitude !== undefined && location.longitude !== undefined) continue
    const address = location.addresses?.find((each) => each.address_type !== 'postal')
    const district = ukPostcode(address?.postal_code ?? '')?.split(' ')[0]
    const which =
      district === undefined
        ? `its town ${address?.city ?? location.name ?? ''}`.trimEnd()
        : `its postcode district ${district}`
    return `People searching near a place will not find this service: ${which} is not in this directory’s place list`
  }
  return undefined
}
