import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  apiDetails,
  pageOf,
  parseService,
  ServiceListItemSchema,
  withoutEmptyFields,
  type Service,
} from '../src/index.js'
import { moorsideCafe } from './fixtures.js'
import { publishedErrors } from './published-schemas.js'

// The conformance oracle: whatever this package's schemas accept, the published ORUK 3.0 JSON Schemas accept too.

const text = fc.string({ minLength: 1, maxLength: 30 }).filter((value) => value.trim().length > 0)
const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
const instant = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString())
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('', 'Z', '+01:00'))
  .map(([hours, minutes, zone]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}${zone}`)
// fast-check's own email addresses are mostly ones zod's stricter pattern refuses; these are the everyday kind.
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._+-]{0,12}[a-z0-9]$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/))
  .map(([local, domain]) => `${local}@${domain}.example.org`)
// Some of each kind of value is wrong on purpose, so the property also meets inputs the schemas must refuse.
const anyOf = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 30, arbitrary: good }, { weight: 1, arbitrary: fc.string() })

const term = fc.record(
  { id: fc.uuid(), name: text, description: text, term_uri: anyOf(fc.webUrl()) },
  {
    requiredKeys: ['id', 'name', 'description'],
  },
)
const location = fc.record(
  {
    id: fc.uuid(),
    location_type: fc.constantFrom('physical', 'postal', 'virtual'),
    name: text,
    latitude: fc.double({ min: -90, max: 90, noNaN: true }),
    longitude: fc.double({ min: -180, max: 180, noNaN: true }),
    addresses: fc.array(
      fc.record({
        id: fc.uuid(),
        address_1: text,
        city: text,
        state_province: text,
        postal_code: text,
        country: fc.constant('GB'),
        address_type: fc.constantFrom('physical', 'postal', 'virtual'),
      }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['id', 'location_type'] },
)
const serviceInput = fc.record(
  {
    id: fc.uuid(),
    organization_id: fc.uuid(),
    name: text,
    description: text,
    url: anyOf(fc.webUrl()),
    email: anyOf(email),
    status: fc.constantFrom('active', 'inactive', 'defunct', 'temporarily closed'),
    minimum_age: fc.integer({ min: 0, max: 40 }),
    maximum_age: fc.integer({ min: 40, max: 130 }),
    assured_date: day,
    assurer_email: anyOf(email),
    last_modified: instant,
    organization: fc.record(
      { id: fc.uuid(), name: text, description: text, website: anyOf(fc.webUrl()), email: anyOf(email) },
      { requiredKeys: ['id', 'name', 'description'] },
    ),
    schedules: fc.array(
      fc.record(
        {
          id: fc.uuid(),
          freq: fc.constantFrom('WEEKLY', 'MONTHLY'),
          byday: fc.constantFrom('MO', 'TU,TH', '1MO', '-1FR'),
          opens_at: time,
          closes_at: time,
          valid_from: day,
          schedule_link: anyOf(fc.webUrl()),
        },
        { requiredKeys: ['id'] },
      ),
      { maxLength: 3 },
    ),
    cost_options: fc.array(
      fc.record(
        { id: fc.uuid(), option: text, amount: fc.integer({ min: 0, max: 10_000 }).map((pence) => pence / 100) },
        { requiredKeys: ['id'] },
      ),
      { maxLength: 3 },
    ),
    contacts: fc.array(
      fc.record({ id: fc.uuid(), name: text, phones: fc.array(fc.record({ id: fc.uuid(), number: text })) }),
      { maxLength: 2 },
    ),
    languages: fc.array(fc.record({ id: fc.uuid(), name: text }), { maxLength: 2 }),
    service_areas: fc.array(fc.record({ id: fc.uuid(), name: text }), { maxLength: 2 }),
    service_at_locations: fc.array(fc.record({ id: fc.uuid(), location }), { maxLength: 2 }),
    attributes: fc.array(fc.record({ id: fc.uuid(), taxonomy_term: term }), { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'name', 'status'] },
)

describe('the published ORUK 3.0 JSON Schemas (standards/oruk-3.0) accept what this package accepts', () => {
  it('accepts the fully nested example service and refuses the same faults this package refuses', () => {
    expect(publishedErrors('service.json', moorsideCafe)).toEqual([])
    const broken = { ...moorsideCafe, email: 'not an email', url: 'example/counselling' }
    expect(parseService(broken).ok).toBe(false)
    expect(publishedErrors('service.json', broken)).toEqual([
      '/url must match format "uri"',
      '/email must match format "email"',
    ])
  })

  it('accepts every service these schemas accept, fully nested and as a page of list items (property)', () => {
    let accepted = 0
    fc.assert(
      fc.property(serviceInput, (input) => {
        const parsed = parseService(input)
        if (!parsed.ok) return
        accepted += 1
        const service: Service = withoutEmptyFields(parsed.value)
        expect(publishedErrors('service.json', service)).toEqual([])
        const item = ServiceListItemSchema.parse(service)
        const page = pageOf([item], { totalItems: 1, page: 1, perPage: 50 })
        expect(publishedErrors('service_list.json', page)).toEqual([])
      }),
      { numRuns: 300 },
    )
    // Most inputs are meant to be valid: the property is about them, not vacuously about refusals.
    expect(accepted).toBeGreaterThan(100)
  })

  it('accepts GET / as api_details and an empty page as a service list', () => {
    expect(publishedErrors('api_details.json', apiDetails())).toEqual([])
    expect(publishedErrors('service_list.json', pageOf([], { totalItems: 0, page: 1, perPage: 50 }))).toEqual([])
  })
})
