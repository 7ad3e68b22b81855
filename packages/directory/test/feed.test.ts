import { describe, expect, it } from 'vitest'
import {
  ServiceListItemSchema,
  apiDetails,
  pageOf,
  serviceListItemOf,
  withoutEmptyFields,
  type Service,
} from '../src/index.js'
import { moorsideCafe } from './fixtures.js'

describe('the feed rules', () => {
  it('GET / says HSDS-UK-3.0, the version the public validator reads first', () => {
    expect(apiDetails().version).toBe('HSDS-UK-3.0')
    expect(apiDetails().openapi_url).toBe('https://openreferraluk.org/specifications/3.0/openapi.json')
  })

  it('pages carry all seven paging fields: first, middle and last page of 120 items at 50 a page', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => i)
    expect(pageOf(items(50), { totalItems: 120, page: 1, perPage: 50 })).toMatchObject({
      total_items: 120,
      total_pages: 3,
      page_number: 1,
      size: 50,
      first_page: true,
      last_page: false,
      empty: false,
    })
    expect(pageOf(items(50), { totalItems: 120, page: 2, perPage: 50 })).toMatchObject({
      first_page: false,
      last_page: false,
    })
    expect(pageOf(items(20), { totalItems: 120, page: 3, perPage: 50 })).toMatchObject({ size: 20, last_page: true })
  })

  it('an empty list is one empty page, and a page past the end is empty and last', () => {
    expect(pageOf([], { totalItems: 0, page: 1, perPage: 50 })).toEqual({
      total_items: 0,
      total_pages: 1,
      page_number: 1,
      size: 0,
      first_page: true,
      last_page: true,
      empty: true,
      contents: [],
    })
    expect(pageOf([], { totalItems: 3, page: 9, perPage: 50 })).toMatchObject({ empty: true, last_page: true })
  })

  it('leaves out null, blank and empty optional fields at every depth, keeping zeros and false', () => {
    expect(
      withoutEmptyFields({
        id: 'a',
        description: null,
        alert: '',
        minimum_age: 0,
        schedules: [],
        contacts: [{ id: 'b', title: undefined, phones: [] }],
        organization: { id: 'c', email: null, listed: false },
      }),
    ).toEqual({ id: 'a', minimum_age: 0, contacts: [{ id: 'b' }], organization: { id: 'c', listed: false } })
  })

  it('a checked service as a list item is what checking it as one gives: its own fields and its organisation', () => {
    const item = serviceListItemOf(moorsideCafe)
    expect(item).toEqual(withoutEmptyFields(ServiceListItemSchema.parse(moorsideCafe)))
    expect(item).toMatchObject({ name: 'Moorside Memory Café', organization: { name: 'Moorside Community Trust' } })
    expect(Object.keys(item)).not.toContain('schedules')
    expect(Object.keys(item)).not.toContain('service_at_locations')
    const bare: Service = { id: moorsideCafe.id, name: 'Bare', status: 'active', description: '' }
    expect(serviceListItemOf(bare)).toEqual({ id: moorsideCafe.id, name: 'Bare', status: 'active' })
  })
})
