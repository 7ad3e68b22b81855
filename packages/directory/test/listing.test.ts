import { describe, expect, it } from 'vitest'
import {
  assuranceDue,
  feedServiceOf,
  feedStreetLine,
  homeVisitsInWords,
  listingFormOf,
  listingToService,
  notFoundNearAPlace,
  timeOfDay,
  ukPostcode,
  type ListingContext,
} from '../src/index.js'
import { publishedErrors } from './published-schemas.js'

// Issue 17, "Keeping it true" and its bad input: "A listing with a missing name, a bad email or URL, an unknown
// taxonomy term: each refused with the field named". ORUK's compliance page (assurance, §3): assured_date should be
// less than three months old.

const LUNCH_CLUBS = 'd1700000-0000-4000-8002-000000000001'
const DEMENTIA = 'd1700000-0000-4000-8002-000000000004'
let counter = 0
const context = (extra: Partial<ListingContext> = {}): ListingContext => ({
  serviceId: '5a1e0000-0000-4000-8000-000000000001',
  organizationId: '5a1e0000-0000-4000-8000-0000000000aa',
  termIds: new Set([LUNCH_CLUBS, DEMENTIA]),
  places: [
    { name: 'Eastby', latitude: 54.1, longitude: -1.5 },
    { name: 'EY1', latitude: 54.11, longitude: -1.51 },
  ],
  newId: () => `5a1e0000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  ...extra,
})

const goodForm = {
  name: 'Eastby Friday Lunch Club',
  description: 'A hot two-course lunch and company every Friday.',
  email: 'lunch@eastby.example.org',
  url: 'https://eastby.example.org/lunch',
  phone: '01632 960 123',
  needs: [LUNCH_CLUBS],
  minimumAge: '60',
  maximumAge: '',
  cost: 'paid',
  costPounds: '4.50',
  ways: ['address', 'phone'],
  addressLine1: 'Church Hall, 3 Church Lane',
  town: 'Eastby',
  postcode: 'ey12ab',
  fridayOpens: '12pm',
  fridayCloses: '2:30pm',
}

describe('a listing form becomes an ORUK service', () => {
  it('gives a fully nested service the published schema accepts, with the price, the need, the place and hours', () => {
    const made = listingToService(goodForm, context())
    if (!made.ok) throw new Error(JSON.stringify(made.errors))
    expect(publishedErrors('service.json', made.value)).toEqual([])
    expect(made.value).toMatchObject({
      name: 'Eastby Friday Lunch Club',
      status: 'active',
      minimum_age: 60,
      cost_options: [{ amount: 4.5 }],
      attributes: [{ taxonomy_term_id: LUNCH_CLUBS }],
      service_at_locations: [
        {
          // The postcode's district gives the point the distance search measures from.
          location: {
            location_type: 'physical',
            name: 'Eastby',
            latitude: 54.11,
            longitude: -1.51,
            addresses: [
              {
                address_1: 'Church Hall, 3 Church Lane',
                city: 'Eastby',
                postal_code: 'EY1 2AB',
                country: 'GB',
                address_type: 'physical',
              },
            ],
          },
        },
        { location: { location_type: 'virtual', name: 'By phone' } },
      ],
      schedules: [{ freq: 'WEEKLY', byday: 'FR', opens_at: '12:00', closes_at: '14:30' }],
    })
    expect(made.value.maximum_age).toBeUndefined()
    // Back into the form, it reads as it was typed (the postcode and times as ORUK writes them).
    expect(listingFormOf(made.value)).toMatchObject({
      ...goodForm,
      postcode: 'EY1 2AB',
      fridayOpens: '12:00',
      fridayCloses: '14:30',
    })
  })

  it('refuses a missing name, a bad email and web address and an unknown need, each by its field', () => {
    const refused = listingToService(
      { ...goodForm, name: ' ', email: 'lunch at eastby', url: 'eastby.example.org', needs: ['not-a-term'] },
      context(),
    )
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(Object.fromEntries(refused.errors.map((e) => [e.path, e.message]))).toEqual({
      name: 'Enter the name of the service',
      email: 'Enter an email address in the correct format, like name@example.org',
      url: 'Enter a web address in the correct format, like https://example.org',
      needs: 'Choose kinds of support from the list: one chosen is not in the directory',
    })
  })

  it('asks for a price when it has a cost, and wants ages in order', () => {
    const paidNoPrice = listingToService({ ...goodForm, costPounds: 'a fiver' }, context())
    expect(paidNoPrice.ok ? [] : paidNoPrice.errors.map((e) => e.path)).toEqual(['costPounds'])
    const backwards = listingToService({ ...goodForm, minimumAge: '65', maximumAge: '18' }, context())
    expect(backwards.ok ? [] : backwards.errors.map((e) => e.path)).toEqual(['maximumAge'])
    const noNeed = listingToService({ ...goodForm, needs: [] }, context())
    expect(noNeed.ok ? [] : noNeed.errors.map((e) => e.message)).toEqual([
      'Choose at least one kind of support the service gives',
    ])
  })

  it('keeps the nested ids of the service as last listed, so a change is the same record', () => {
    const first = listingToService(goodForm, context())
    if (!first.ok) throw new Error('valid')
    const changed = listingToService({ ...goodForm, costPounds: '5.00' }, context({ previous: first.value }))
    if (!changed.ok) throw new Error('valid')
    expect(changed.value.cost_options?.[0]?.id).toBe(first.value.cost_options?.[0]?.id)
    expect(changed.value.contacts?.[0]?.id).toBe(first.value.contacts?.[0]?.id)
    expect(changed.value.attributes?.[0]?.id).toBe(first.value.attributes?.[0]?.id)
    expect(changed.value.cost_options?.[0]?.amount).toBe(5)
  })

  it('keeps the ids of the place, its address and the opening times when they change', () => {
    const first = listingToService(goodForm, context())
    if (!first.ok) throw new Error('valid')
    const moved = listingToService(
      { ...goodForm, addressLine1: '5 Church Lane', fridayCloses: '3pm' },
      context({ previous: first.value }),
    )
    if (!moved.ok) throw new Error('valid')
    const [before, after] = [first.value, moved.value].map((service) => service.service_at_locations?.[0])
    expect(after?.id).toBe(before?.id)
    expect(after?.location?.id).toBe(before?.location?.id)
    expect(after?.location?.addresses?.[0]?.id).toBe(before?.location?.addresses?.[0]?.id)
    expect(after?.location?.addresses?.[0]?.address_1).toBe('5 Church Lane')
    expect(moved.value.service_at_locations?.[1]?.id).toBe(first.value.service_at_locations?.[1]?.id)
    expect(moved.value.schedules?.[0]).toMatchObject({ id: first.value.schedules?.[0]?.id, closes_at: '15:00' })
  })
})

// Issue 17 asks that each service's page says how to reach it and when it is open; the brief's bad input: "closes
// after opens, a UK postcode shape, at least one way to reach it".
describe('where and when a listed service runs', () => {
  const errorsOf = (form: Record<string, unknown>) => {
    const made = listingToService({ ...goodForm, ...form }, context())
    return made.ok ? {} : Object.fromEntries(made.errors.map((e) => [e.path, e.message]))
  }

  it('wants at least one way to use it, and an address with its street, town and a UK postcode', () => {
    expect(errorsOf({ ways: [] })).toEqual({
      ways: 'Choose at least one way people can use the service: at an address, online, by phone or at home',
    })
    expect(errorsOf({ addressLine1: ' ', town: '', postcode: '' })).toEqual({
      addressLine1: 'Enter the building and street',
      town: 'Enter the town or city',
      postcode: 'Enter the postcode',
    })
    expect(errorsOf({ postcode: 'EY1' })).toEqual({ postcode: 'Enter a real postcode, like NM1 1AA' })
    expect(errorsOf({ phone: '' })).toEqual({ phone: 'Enter the phone number people ring, as it is used by phone' })
  })

  it('wants each day’s times as times, both of them, closing after opening, or a description of when', () => {
    expect(
      errorsOf({
        fridayOpens: '',
        fridayCloses: '',
        mondayOpens: '2pm',
        mondayCloses: '11am',
        tuesdayOpens: '9:30',
        wednesdayOpens: 'noonish',
        wednesdayCloses: '25:00',
      }),
    ).toEqual({
      mondayCloses: 'The closing time on Monday must be after the opening time',
      tuesdayCloses: 'Enter the time it closes on Tuesday, like 4pm',
      wednesdayOpens: 'Enter the time it opens on Wednesday as a time, like 9:30am or 14:00',
      wednesdayCloses: 'Enter the time it closes on Wednesday as a time, like 4pm or 16:00',
    })
    expect(errorsOf({ fridayOpens: '', fridayCloses: '' })).toEqual({
      hours: 'Say when it is open: enter the times for at least one day, or describe when, like “by appointment”',
    })
  })

  it('lists a home-visiting service by appointment, and days with the same hours as one weekly schedule', () => {
    const homeForm = {
      ...goodForm,
      ways: ['home', 'online'],
      homeArea: 'Eastby and the villages nearby',
      fridayOpens: '',
      fridayCloses: '',
      hours: 'By appointment',
    }
    const visits = listingToService(homeForm, context())
    if (!visits.ok) throw new Error(JSON.stringify(visits.errors))
    expect(publishedErrors('service.json', visits.value)).toEqual([])
    // ORUK 3.0 has no "at home" location: the visits are a service area, and no location pretends to be one.
    expect(visits.value.service_at_locations?.map((site) => site.location?.name)).toEqual(['Online'])
    expect(visits.value.service_areas).toEqual([
      {
        id: expect.any(String),
        name: 'Eastby and the villages nearby',
        extent: 'Visits people at home in Eastby and the villages nearby',
        extent_type: 'text',
      },
    ])
    expect(homeVisitsInWords(visits.value)).toEqual(['Visits people at home in Eastby and the villages nearby'])
    expect(visits.value.schedules).toEqual([{ id: expect.any(String), description: 'By appointment' }])
    expect(listingFormOf(visits.value)).toMatchObject({
      ways: ['online', 'home'],
      homeArea: 'Eastby and the villages nearby',
      hours: 'By appointment',
    })
    // A change keeps the area's id: ORUK consumers see the same area renamed, not a new one.
    const again = listingToService({ ...homeForm, homeArea: 'Eastby' }, context({ previous: visits.value }))
    if (!again.ok) throw new Error(JSON.stringify(again.errors))
    expect(again.value.service_areas?.[0]).toMatchObject({ id: visits.value.service_areas?.[0]?.id, name: 'Eastby' })
    // Where it visits is asked for, by its field.
    const nowhere = listingToService({ ...homeForm, homeArea: ' ' }, context())
    expect(nowhere.ok ? [] : nowhere.errors).toEqual([
      { path: 'homeArea', message: 'Enter where it visits people at home, like Eastby and the villages nearby' },
    ])
    // A listing made before, with a virtual location by that name, is still read as visiting at home.
    const older = { ...visits.value, service_areas: undefined }
    older.service_at_locations = [
      ...(visits.value.service_at_locations ?? []),
      {
        id: context().newId(),
        location: { id: context().newId(), location_type: 'virtual', name: 'At people’s homes' },
      },
    ]
    expect(listingFormOf(older)).toMatchObject({ ways: ['online', 'home'] })

    const twice = listingToService(
      {
        ...goodForm,
        mondayOpens: '9.30am',
        mondayCloses: '12:30',
        wednesdayOpens: '09:30',
        wednesdayCloses: '12.30pm',
      },
      context(),
    )
    if (!twice.ok) throw new Error(JSON.stringify(twice.errors))
    expect(twice.value.schedules?.map(({ byday, opens_at, closes_at }) => [byday, opens_at, closes_at])).toEqual([
      ['MO,WE', '09:30', '12:30'],
      ['FR', '12:00', '14:30'],
    ])
  })

  it('lists an address the council’s places do not know, without a point for the distance search', () => {
    const away = listingToService({ ...goodForm, town: 'Leeds', postcode: 'LS1 4AP' }, context())
    if (!away.ok) throw new Error(JSON.stringify(away.errors))
    expect(away.value.service_at_locations?.[0]?.location).toMatchObject({ name: 'Leeds' })
    expect(away.value.service_at_locations?.[0]?.location?.latitude).toBeUndefined()
    // Brief (issue 17, last session's closing note): say so, rather than let it silently never appear.
    expect(notFoundNearAPlace(away.value)).toBe(
      'People searching near a place will not find this service: its postcode district LS1 is not in this directory’s place list',
    )
    const known = listingToService(goodForm, context())
    if (!known.ok) throw new Error(JSON.stringify(known.errors))
    expect(notFoundNearAPlace(known.value)).toBeUndefined()
    const online = listingToService({ ...goodForm, ways: ['online'] }, context())
    if (!online.ok) throw new Error(JSON.stringify(online.errors))
    expect(notFoundNearAPlace(online.value)).toBeUndefined()
  })

  it('keeps the two address lines apart in its record and the form, and joins them only for the feed', () => {
    const form = { ...goodForm, addressLine1: 'Church Hall', addressLine2: '3 Church Lane' }
    const made = listingToService(form, context())
    if (!made.ok) throw new Error(JSON.stringify(made.errors))
    expect(made.value.service_at_locations?.[0]?.location?.addresses?.[0]).toMatchObject({
      address_1: 'Church Hall',
      address_2: '3 Church Lane',
    })
    // Changing the listing later shows the lines as they were typed, not as one.
    expect(listingFormOf(made.value)).toMatchObject({ addressLine1: 'Church Hall', addressLine2: '3 Church Lane' })
    // The feed's one street line: the first, a comma, the second; and no field the UK schema does not have.
    const fed = feedServiceOf(made.value)
    const address = fed.service_at_locations?.[0]?.location?.addresses?.[0]
    expect(address?.address_1).toBe('Church Hall, 3 Church Lane')
    expect(address).not.toHaveProperty('address_2')
    expect(publishedErrors('service.json', fed)).toEqual([])
    // The record itself is not changed by sending it.
    expect(made.value.service_at_locations?.[0]?.location?.addresses?.[0]?.address_2).toBe('3 Church Lane')
  })

  it('sends an address that came already joined, or with one line, as it came', () => {
    expect(feedStreetLine({ address_1: 'Church Hall, 3 Church Lane' })).toBe('Church Hall, 3 Church Lane')
    expect(feedStreetLine({ address_1: 'Church Hall', address_2: ' ' })).toBe('Church Hall')
    const made = listingToService(goodForm, context())
    if (!made.ok) throw new Error(JSON.stringify(made.errors))
    expect(feedServiceOf(made.value)).toEqual(made.value)
    expect(listingFormOf(made.value)).toMatchObject({ addressLine1: 'Church Hall, 3 Church Lane', addressLine2: '' })
  })

  it('reads times and postcodes as people write them', () => {
    expect(['9', '9:30', '09.30', '9.30am', '12pm', '12am', '2:15 p.m.', '23:59'].map(timeOfDay)).toEqual([
      '09:00',
      '09:30',
      '09:30',
      '09:30',
      '12:00',
      '00:00',
      '14:15',
      '23:59',
    ])
    expect(['13pm', '24:00', '9:60', 'noon', ''].map(timeOfDay)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ])
    expect(['nm11aa', ' SW1A 1AA ', 'm1 1ae', 'NM1', '1AA NM1'].map(ukPostcode)).toEqual([
      'NM1 1AA',
      'SW1A 1AA',
      'M1 1AE',
      undefined,
      undefined,
    ])
  })
})

describe('a listing is due for review after three months', () => {
  it('is due when never checked, or checked more than three calendar months ago', () => {
    expect(assuranceDue(undefined, '2026-12-03')).toBe(true)
    expect(assuranceDue('2026-09-03', '2026-12-03')).toBe(false)
    expect(assuranceDue('2026-09-02', '2026-12-03')).toBe(true)
    // The end of a short month: checked on 30 November, due after the last day of February.
    expect(assuranceDue('2026-11-30', '2027-02-28')).toBe(false)
    expect(assuranceDue('2026-11-30', '2027-03-01')).toBe(true)
  })
})
