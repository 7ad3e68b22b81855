import { homeVisitServiceArea, type Service } from '@open-sds/directory'
import { formatPence, penceToPounds } from '@open-sds/kernel'
import type { DatabaseHandle } from './open-database.js'

// The demo directory (issue 17): local support in the fictional Northmoor County (the example county plugin's area),
// by fictional organisations, tagged with the county's kinds of support, which its plugin brings. Names, numbers (Ofcom's drama range 01632 960xxx) and places are made up; any likeness
// to a real service is chance. Ids are fixed, so a feed's ids stay the same from one demo database to the next.

const id = (kind: number, n: number) =>
  `d1700000-0000-4000-8${String(kind).padStart(3, '0')}-${String(n).padStart(12, '0')}`

/** The example county plugin's taxonomy ("Northmoor needs"), which the portal puts into the directory at start-up. */
const taxonomyId = id(1, 1)
/** Its terms, by position, as the plugin numbers them: the demo services are tagged with these. */
const termId = (index: number) => id(2, index + 1)

/** Towns of the county with a point near their centre (the example county sits in the Pennines, fictional). */
const towns = [
  { name: 'Northmoor', postcode: 'NM1 1AA', latitude: 53.958, longitude: -1.982 },
  { name: 'Moorside', postcode: 'NM4 2QT', latitude: 53.991, longitude: -2.041 },
  { name: 'Eastby', postcode: 'NM6 3LP', latitude: 53.944, longitude: -1.874 },
  { name: 'Fellbridge', postcode: 'NM8 5RW', latitude: 54.032, longitude: -1.955 },
  { name: 'Harlow Green', postcode: 'NM3 7BD', latitude: 53.902, longitude: -2.013 },
] as const

/** What each kind of service is, who runs it, what it costs (pence; 0 free; undefined not stated) and when. */
const kinds = [
  {
    name: 'Befrienders',
    term: 0,
    org: 'Volunteer Centre',
    cost: 0,
    min: 18,
    day: 'MO,TH',
    open: '10:00',
    close: '16:00',
  },
  {
    name: 'Friendship Club',
    term: 1,
    org: 'Community Association',
    cost: 350,
    min: 50,
    day: 'WE',
    open: '13:30',
    close: '16:00',
  },
  { name: 'Carers’ Café', term: 2, org: 'Carers Network', cost: 0, min: 16, day: 'TU', open: '10:00', close: '12:00' },
  {
    name: 'Memory Café',
    term: 3,
    org: 'Community Association',
    cost: 0,
    min: 18,
    day: 'FR',
    open: '14:00',
    close: '16:00',
  },
  {
    name: 'Dial-a-Ride',
    term: 4,
    org: 'Community Transport',
    cost: 250,
    min: 18,
    day: 'MO,TU,WE,TH,FR',
    open: '08:30',
    close: '17:00',
  },
  {
    name: 'Strength and Balance Classes',
    term: 5,
    org: 'Leisure Trust',
    cost: 400,
    min: 55,
    day: 'TU,TH',
    open: '11:00',
    close: '12:00',
  },
  { name: 'Advice Drop-in', term: 6, org: 'Advice Centre', cost: 0, min: 16, day: 'WE', open: '09:30', close: '12:30' },
  {
    name: 'Handyperson Service',
    term: 7,
    org: 'Care and Repair',
    cost: undefined,
    min: 60,
    day: 'MO,TU,WE,TH,FR',
    open: '09:00',
    close: '17:00',
  },
  {
    name: 'Walking Group',
    term: 5,
    org: 'Ramblers Circle',
    cost: 0,
    min: undefined,
    day: 'SA',
    open: '10:00',
    close: '12:30',
  },
] as const

const descriptions: Record<string, string> = {
  Befrienders: 'A trained volunteer visits or rings each week for a chat, and can come along to appointments.',
  'Friendship Club': 'An afternoon of games, talks and tea for people who would like more company.',
  'Carers’ Café': 'A relaxed morning for unpaid carers to meet others, with advice from the carers’ worker.',
  'Memory Café': 'A friendly café for people living with dementia and the people who care for them.',
  'Dial-a-Ride': 'Door-to-door minibus for people who cannot use buses easily: book a day ahead.',
  'Strength and Balance Classes': 'Gentle exercise led by a qualified instructor to build strength and prevent falls.',
  'Advice Drop-in': 'Free, confidential advice on benefits, debt, housing and care costs. No appointment needed.',
  'Handyperson Service': 'Small repairs, grab rails and key safes for older and disabled people, priced by the job.',
  'Walking Group': 'Short, level walks with a stop for a drink; everyone welcome, go at your own pace.',
}

/** The demo services: each kind in each town, some temporarily closed, one defunct, all fictional. */
export function demoDirectoryServices(): Service[] {
  const services: Service[] = []
  towns.forEach((town, t) => {
    kinds.forEach((kind, k) => {
      const n = t * kinds.length + k + 1
      // Not every town has every kind: about four in five, so a search by town and need can come back empty.
      if ((t + k) % 5 === 4) return
      const organization = {
        id: id(3, t * 10 + k + 1),
        name: `${town.name} ${kind.org}`,
        description: `A ${kind.org.toLowerCase()} serving ${town.name} and the villages around it.`,
        email: `hello@${town.name.toLowerCase().replace(/ /g, '')}-${kind.org.toLowerCase().replace(/ /g, '')}.example.org`,
      }
      const location = {
        id: id(4, n),
        location_type: 'physical' as const,
        name: `${town.name} Community Centre`,
        // Spread each town's services a few hundred metres apart, so "nearest first" has an order to show.
        latitude: Math.round((town.latitude + (k - 4) * 0.0021) * 1e6) / 1e6,
        longitude: Math.round((town.longitude + ((k % 3) - 1) * 0.0034) * 1e6) / 1e6,
        addresses: [
          {
            id: id(5, n),
            address_1: `${String(2 + k * 3)} Market Street`,
            city: town.name,
            state_province: 'Northmoor',
            postal_code: town.postcode,
            country: 'GB',
            address_type: 'physical' as const,
          },
        ],
      }
      services.push({
        id: id(6, n),
        organization_id: organization.id,
        organization,
        name: `${town.name} ${kind.name}`,
        description: descriptions[kind.name],
        email: organization.email,
        status: n === 7 ? 'defunct' : n % 11 === 0 ? 'temporarily closed' : 'active',
        ...(n % 11 === 0 ? { alert: 'Closed until the new year while the hall is repaired.' } : {}),
        ...(kind.min === undefined ? {} : { minimum_age: kind.min }),
        // Some were last checked long ago, so the assurer's list of listings due for review has something on it.
        assured_date: n % 5 === 4 ? '2026-05-11' : '2026-10-01',
        assurer_email: 'directory@northmoor.example.org',
        schedules: [
          {
            id: id(7, n),
            freq: 'WEEKLY',
            byday: kind.day,
            opens_at: kind.open,
            closes_at: kind.close,
          },
        ],
        // Befrienders visit people at home (ORUK carries that as the area served, not as a location).
        service_areas: [
          kind.name === 'Befrienders'
            ? homeVisitServiceArea(id(8, n), `${town.name} and surrounding villages`)
            : { id: id(8, n), name: `${town.name} and surrounding villages` },
        ],
        service_at_locations: [{ id: id(9, n), location_id: location.id, location }],
        languages: [{ id: id(10, n), name: 'English', code: 'en' }],
        ...(kind.cost === undefined
          ? {}
          : {
              cost_options: [
                {
                  id: id(11, n),
                  option: kind.cost === 0 ? 'Free' : 'Per visit',
                  // ORUK's amount is in pounds; the price is held in pence and written out exactly.
                  amount: Number(penceToPounds(kind.cost)),
                  amount_description: kind.cost === 0 ? 'Free of charge' : `${formatPence(kind.cost)} a time`,
                },
              ],
            }),
        contacts: [
          {
            id: id(12, n),
            name: `${kind.name} organiser`,
            phones: [{ id: id(13, n), number: `01632 960 ${String(100 + n).padStart(3, '0')}` }],
          },
        ],
        attributes: [{ id: id(14, n), link_id: id(6, n), link_type: 'service', taxonomy_term_id: termId(kind.term) }],
      })
    })
  })
  return services
}

/**
 * Adds the demo directory once the example county's kinds of support are in it (its plugin puts them there at
 * start-up); without them there is nothing to tag the services with, and it adds nothing. Run again, it leaves a
 * directory that already has its first service alone.
 */
export async function seedDemoDirectory(handle: Pick<DatabaseHandle, 'repos'>, now: Date): Promise<void> {
  const { directory } = handle.repos
  const services = demoDirectoryServices()
  if (services[0] && (await directory.getService(services[0].id))) return
  if ((await directory.getTaxonomy(taxonomyId)) === undefined) return
  for (const service of services) {
    const stored = await directory.putService(service, now)
    if (!stored.ok)
      throw new Error(
        `Could not seed ${service.name}: ${stored.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
      )
  }
}
