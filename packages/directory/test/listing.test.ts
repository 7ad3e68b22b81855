import { describe, expect, it } from 'vitest'
import { assuranceDue, listingFormOf, listingToService, type ListingContext } from '../src/index.js'
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
  places: [{ name: 'Eastby', latitude: 54.1, longitude: -1.5 }],
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
  town: 'eastby',
}

describe('a listing form becomes an ORUK service', () => {
  it('gives a fully nested service the published schema accepts, with the price, the need and the place', () => {
    const made = listingToService(goodForm, context())
    if (!made.ok) throw new Error(JSON.stringify(made.errors))
    expect(publishedErrors('service.json', made.value)).toEqual([])
    expect(made.value).toMatchObject({
      name: 'Eastby Friday Lunch Club',
      status: 'active',
      minimum_age: 60,
      cost_options: [{ amount: 4.5 }],
      attributes: [{ taxonomy_term_id: LUNCH_CLUBS }],
      service_at_locations: [{ location: { name: 'Eastby', latitude: 54.1 } }],
    })
    expect(made.value.maximum_age).toBeUndefined()
    // Back into the form, it reads as it was typed (the town as the council's list spells it).
    expect(listingFormOf(made.value)).toMatchObject({ ...goodForm, town: 'Eastby', costPounds: '4.50' })
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

  it('asks for a price when it has a cost, knows only the council’s places, and wants ages in order', () => {
    const paidNoPrice = listingToService({ ...goodForm, costPounds: 'a fiver', town: 'Leeds' }, context())
    expect(paidNoPrice.ok ? [] : paidNoPrice.errors.map((e) => e.path)).toEqual(['town', 'costPounds'])
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
