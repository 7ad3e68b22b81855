import {
  SERVICE_LIST_ITEM_FIELDS,
  type Address,
  type ApiDetails,
  type Service,
  type ServiceListItem,
} from './schemas.js'

// The parts of an ORUK 3.0 feed that are rules rather than HTTP: what GET / says, the paging object every list
// carries, and leaving out empty fields. The portal serves them; a test or another host can use them the same way.

/** The version the public validator reads first to choose the 3.0 specification ("HSDS-UK-3.0" → 3.0). */
export const ORUK_VERSION = 'HSDS-UK-3.0'

/** The published 3.0 API description the validator loads. */
export const ORUK_OPENAPI_URL = 'https://openreferraluk.org/specifications/3.0/openapi.json'

/** The UK profile, as the validator's own example feed gives it. */
export const ORUK_PROFILE_URL = 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md'

/** `GET /` of a feed speaking ORUK 3.0. */
export const apiDetails = (): ApiDetails => ({
  version: ORUK_VERSION,
  profile: ORUK_PROFILE_URL,
  openapi_url: ORUK_OPENAPI_URL,
})

/** One page of a list, with all seven paging fields (the validator reads `total_pages` to choose pages to fetch). */
export type Page<T> = {
  total_items: number
  total_pages: number
  page_number: number
  size: number
  first_page: boolean
  last_page: boolean
  empty: boolean
  contents: T[]
}

/**
 * The paging object for `contents`, page `page` (from 1) of `perPage` items out of `totalItems`. An empty list is
 * one empty page (total_pages 1), so "page 1 of 1" always exists.
 */
export function pageOf<T>(contents: T[], paging: { totalItems: number; page: number; perPage: number }): Page<T> {
  const totalPages = Math.max(1, Math.ceil(paging.totalItems / paging.perPage))
  return {
    total_items: paging.totalItems,
    total_pages: totalPages,
    page_number: paging.page,
    size: contents.length,
    first_page: paging.page === 1,
    last_page: paging.page >= totalPages,
    empty: contents.length === 0,
    contents,
  }
}

/**
 * The value with every empty optional field left out, at any depth: undefined, null, blank text and empty lists.
 * ORUK: "optional fields without a value should be omitted rather than included with null or empty values".
 */
export function withoutEmptyFields<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withoutEmptyFields(item)) as T
  if (typeof value !== 'object' || value === null) return value
  const kept: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || field === null || field === '') continue
    if (Array.isArray(field) && field.length === 0) continue
    kept[key] = withoutEmptyFields(field)
  }
  return kept as T
}

/**
 * A service as a list item (`service_list.json`): its own fields and its organisation, without the nested lists, and
 * without checking it again. For a service checked when it was stored; what comes in is checked with the schemas.
 */
export function serviceListItemOf(service: Service): ServiceListItem {
  const item: Record<string, unknown> = {}
  for (const field of SERVICE_LIST_ITEM_FIELDS) {
    const value = (service as Record<string, unknown>)[field]
    if (value !== undefined) item[field] = value
  }
  return withoutEmptyFields(item as ServiceListItem)
}

/**
 * The one street line ORUK 3.0 has room for: the first line, then ", " and the second when there is one ("Church
 * Hall" and "3 Church Lane" give "Church Hall, 3 Church Lane"). An address that came in with its lines already
 * joined has no second line and is sent as it came.
 */
export const feedStreetLine = (address: Pick<Address, 'address_1' | 'address_2'>): string =>
  address.address_2 === undefined || address.address_2.trim() === ''
    ? address.address_1
    : `${address.address_1}, ${address.address_2}`

/**
 * A service as the feed sends it: each address's two lines joined into `address_1` (feedStreetLine), and the
 * directory's own `address_2` left out, since the UK schema has no such field.
 */
export function feedServiceOf(service: Service): Service {
  if (
    !service.service_at_locations?.some(({ location }) => location?.addresses?.some((a) => a.address_2 !== undefined))
  )
    return service
  return {
    ...service,
    service_at_locations: service.service_at_locations.map((site) =>
      site.location?.addresses === undefined
        ? site
        : {
            ...site,
            location: {
              ...site.location,
              addresses: site.location.addresses.map(({ address_2: _second, ...address }) => ({
                ...address,
                address_1: feedStreetLine({ address_1: address.address_1, address_2: _second }),
              })),
            },
          },
    ),
  }
}
