import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { emptyFields, orukOperations, schemaErrors, type OrukOperation } from './support/oruk-schemas'

// The /oruk feed against the published Open Referral UK 3.0 description (standards/oruk-3.0), walked the way the
// public validator walks a feed (domain notes, information-and-advice 3.2): every operation in openapi.json; lists
// at page 1, the middle page and the last page; ids from page 1 to the by-id endpoint; every 2xx body validated
// against the operation's schema; an optional endpoint either absent (404) or valid; the time of each request kept.
// On top, what the validator does not check (3.5): the CORS header and empty fields left out, on every answer.

const operations = orukOperations()
const BASE = '/oruk'

type Seen = { path: string; status: number; ms: number }

describe.each(portalEngines())('the ORUK 3.0 feed on $name', (engine) => {
  let portal: RunningPortal
  const seen: Seen[] = []

  /** GET a feed address, checking what every answer must have, and keep its time. */
  const get = async (path: string) => {
    const started = performance.now()
    const response = await fetch(`${portal.url}${BASE}${path}`)
    const text = await response.text()
    seen.push({ path, status: response.status, ms: performance.now() - started })
    expect(response.headers.get('access-control-allow-origin'), path).toBe('*')
    const body = response.headers.get('content-type')?.includes('application/json')
      ? (JSON.parse(text) as unknown)
      : text
    return { status: response.status, body, headers: response.headers }
  }

  /** A 2xx answer's body against the operation's schema, and with no empty field. */
  const conforms = (operation: OrukOperation, path: string, body: unknown) => {
    expect(schemaErrors(operation.schema, body), `${path} against ${operation.schema}`).toEqual([])
    expect(emptyFields(body), `${path}: empty fields`).toEqual([])
  }

  beforeAll(async () => {
    portal = await engine.start()
  })

  afterAll(async () => {
    // The response times, for the report: the validator warns above an average of 5,000 ms for an endpoint.
    const byPath = new Map<string, number[]>()
    for (const { path, ms } of seen) {
      const endpoint = path.replace(/\?.*$/, '').replace(/[0-9a-f-]{36}/, '{id}')
      byPath.set(endpoint, [...(byPath.get(endpoint) ?? []), ms])
    }
    const lines = [...byPath].map(
      ([path, times]) =>
        `${path}: ${String(times.length)} requests, mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
    )
    console.log(`ORUK feed response times on ${engine.name}:\n${lines.join('\n')}`)
    await portal?.stop()
  })

  it('GET / says it speaks HSDS-UK-3.0, so the validator chooses the 3.0 tests', async () => {
    const root = operations.find((operation) => operation.path === '/')!
    const { status, body } = await get('/')
    expect(status).toBe(200)
    conforms(root, '/', body)
    expect(body).toMatchObject({
      version: 'HSDS-UK-3.0',
      openapi_url: 'https://openreferraluk.org/specifications/3.0/openapi.json',
    })
  })

  // Once as the validator asks (page only, the feed's own page size), once at 3 a page so that the 36 demo services
  // and 8 terms have a middle and a last page to fetch.
  describe.each([{ perPage: undefined }, { perPage: 3 }])(
    'every list and by-id endpoint, per_page $perPage',
    ({ perPage }) => {
      const lists = operations.filter((operation) => operation.paged)
      it.each(lists.map((operation) => [operation.path, operation] as const))(
        '%s: first, middle and last pages valid, ids from page 1 valid at the by-id endpoint, or absent (404) if optional',
        async (path, operation) => {
          const size = perPage === undefined ? '' : `&per_page=${String(perPage)}`
          const first = await get(`${path}?page=1${size}`)
          const byId = operations.find((candidate) => candidate.path === `${path}/{id}`)!
          if (first.status === 404) {
            // Absent: allowed for an optional endpoint only, and then its by-id endpoint is absent too.
            expect(operation.required, `${path} is required`).toBe(false)
            expect((await get(`${path}/d1700000-0000-4000-8006-000000000001`)).status).toBe(404)
            return
          }
          expect(first.status).toBe(200)
          conforms(operation, path, first.body)
          const page = first.body as { total_pages: number; total_items: number; contents: { id: string }[] }
          expect(page.contents.length, `${path} is empty: the validator would only warn`).toBeGreaterThan(0)
          const pages = [
            ...(page.total_pages > 2 ? [Math.trunc(page.total_pages / 2)] : []),
            ...(page.total_pages > 1 ? [page.total_pages] : []),
          ]
          if (perPage !== undefined && page.total_items > perPage)
            expect(pages.length, `${path} at ${String(perPage)} a page has a middle or a last page`).toBeGreaterThan(0)
          for (const number of pages) {
            const next = await get(`${path}?page=${String(number)}${size}`)
            expect(next.status).toBe(200)
            conforms(operation, `${path}?page=${String(number)}`, next.body)
            expect(next.body).toMatchObject({ page_number: number, last_page: number === page.total_pages })
            // The last page holds what the earlier full pages leave over.
            if (number === page.total_pages)
              expect((next.body as { size: number }).size).toBe(
                page.total_items - (page.total_pages - 1) * page.contents.length,
              )
          }
          // Up to 10 ids from page 1, as the validator takes them, each fully valid at the by-id endpoint.
          for (const { id } of page.contents.slice(0, 10)) {
            const one = await get(`${path}/${id}`)
            expect(one.status, `${path}/${id}`).toBe(200)
            conforms(byId, `${path}/${id}`, one.body)
            expect((one.body as { id: string }).id).toBe(id)
          }
        },
      )
    },
  )

  it('gives each demo service fully nested: organisation, location with coordinates, schedule, cost, contact, need', async () => {
    const { body } = await get('/services?per_page=1')
    const id = (body as { contents: { id: string }[] }).contents[0]!.id
    const service = (await get(`/services/${id}`)).body as Record<string, unknown[] | Record<string, unknown>>
    expect(Object.keys(service)).toEqual(
      expect.arrayContaining([
        'organization',
        'schedules',
        'service_at_locations',
        'contacts',
        'attributes',
        'last_modified',
      ]),
    )
    expect(service.service_at_locations).toMatchObject([{ location: { latitude: expect.any(Number) } }])
    expect(service.attributes).toMatchObject([{ taxonomy_term: { name: expect.any(String) } }])
    // full=true gives the list's services the same way, each valid as a fully nested service.
    const full = (await get('/services?per_page=5&full=true')).body as { contents: unknown[] }
    expect(schemaErrors('service_list.json', full)).toEqual([])
    expect(full.contents[0]).toEqual(service)
    for (const one of full.contents) expect(schemaErrors('service.json', one)).toEqual([])
  })

  it('an unknown id and an endpoint not offered answer 404 in JSON, with the CORS header', async () => {
    const unknown = await get('/services/d1700000-0000-4000-8999-000000000001')
    expect(unknown).toMatchObject({ status: 404, body: { error: 'There is no service at this address.' } })
    expect((await get('/services/not-an-id')).status).toBe(404)
    expect((await get('/organizations')).status).toBe(404)
    expect((await get('/service_at_locations')).status).toBe(404)
  })

  it('refuses a bad query parameter with a 400 naming it, in plain JSON', async () => {
    const cases: [string, string][] = [
      ['/services?per_page=0', 'per_page'],
      ['/services?page=two', 'page'],
      ['/services?modified_after=yesterday', 'modified_after'],
      ['/services?format=xml', 'format'],
      ['/services?taxonomy_term_id=42', 'taxonomy_term_id'],
      ['/services?minimal=yes', 'minimal'],
      ['/services?full=1', 'full'],
      ['/taxonomy_terms?top_only=1', 'top_only'],
      // RFC 3339, as the standard's date-time: a date alone or a time without its offset names no instant.
      ['/services?modified_after=2026-11-02', 'modified_after'],
      ['/services?modified_after=2026-11-02T09:00:00', 'modified_after'],
      ['/services?modified_after=2026-11-31T09:00:00Z', 'modified_after'],
      // A record refuses a format it does not speak, as a list does.
      ['/services/d1700000-0000-4000-8999-000000000001?format=xml', 'format'],
      ['/taxonomies/d1700000-0000-4000-8999-000000000001?format=xml', 'format'],
      // PostgreSQL holds no NUL in text: the parameter is named, in JSON, not a bare 400 from the server.
      ['/services?search=%00', 'search'],
      ['/services?text=a%00b', 'text'],
    ]
    for (const [path, parameter] of cases) {
      const { status, body } = await get(path)
      expect(status, path).toBe(400)
      expect(body, path).toMatchObject({
        parameter,
        error: expect.stringMatching(new RegExp(`^${parameter} must be `)),
      })
    }
  })

  it('answers a preflight, and a method it does not take in JSON, with the CORS header; searches control characters safely', async () => {
    const preflight = await fetch(`${portal.url}${BASE}/services`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example.org', 'Access-Control-Request-Method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET')
    for (const method of ['POST', 'DELETE']) {
      const refused = await fetch(`${portal.url}${BASE}/services`, { method })
      expect(refused.status, method).toBe(405)
      expect(refused.headers.get('access-control-allow-origin'), method).toBe('*')
      expect(await refused.json(), method).toMatchObject({ error: expect.stringContaining('does not accept') })
    }
    // Other control characters are only separators between words: searched safely, an answer like any other.
    const controls = await get('/services?search=memory%01%1fcafe')
    expect(controls.status).toBe(200)
    expect((controls.body as { total_items: number }).total_items).toBeGreaterThan(0)
    // A record in ndjson is one line of the same record.
    const [first] = ((await get('/services?per_page=1')).body as { contents: { id: string }[] }).contents
    const line = await get(`/services/${first!.id}?format=ndjson`)
    expect(line.headers.get('content-type')).toContain('application/x-ndjson')
    expect(JSON.parse(String(line.body))).toMatchObject({ id: first!.id })
  })

  it('narrows services by modified_after, words and taxonomy term, and says so when a page is empty', async () => {
    const future = await get('/services?modified_after=2999-01-01T00:00:00Z')
    expect(future.body).toMatchObject({ total_items: 0, empty: true, contents: [] })
    const all = (await get('/services')).body as { total_items: number }
    const past = (await get('/services?modified_after=2000-01-01T00:00:00Z')).body as { total_items: number }
    expect(past.total_items).toBe(all.total_items)
    const words = (await get('/services?search=memory%20cafe')).body as { contents: { name: string }[] }
    expect(words.contents.length).toBeGreaterThan(0)
    expect(words.contents.every((service) => /Memory Café/.test(service.name))).toBe(true)
    const terms = (await get('/taxonomy_terms?top_only=true')).body as { contents: { id: string; name: string }[] }
    const dementia = terms.contents.find((term) => term.name === 'Dementia support')!
    const tagged = (await get(`/services?taxonomy_term_id=${dementia.id}`)).body as { contents: { name: string }[] }
    expect(tagged.contents.map((service) => service.name).every((name) => name.endsWith('Memory Café'))).toBe(true)
    expect((await get('/services?page=999')).body).toMatchObject({ empty: true, page_number: 999, last_page: true })
  })

  it('streams every service as ndjson without paging, and minimal=true gives every id with its last_modified', async () => {
    const total = ((await get('/services?per_page=1')).body as { total_items: number }).total_items
    const streamed = await get('/services?format=ndjson')
    expect(streamed.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8')
    const lines = (streamed.body as string)
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string })
    expect(lines).toHaveLength(total)
    // Each line is a list item: valid as the contents of a service list.
    expect(schemaErrors('service_list.json', { contents: lines })).toEqual([])
    const minimal = (await get('/services?minimal=true')).body as { id: string; last_modified: string }[]
    expect(minimal).toHaveLength(total)
    expect(Object.keys(minimal[0]!)).toEqual(['id', 'last_modified'])
    expect(new Set(minimal.map((entry) => entry.id))).toEqual(new Set(lines.map((line) => line.id)))
    // In the pages' order, and with full=true each line is the fully nested service the by-id endpoint gives.
    const paged = (await get('/services?per_page=1000')).body as { contents: { id: string }[] }
    expect(lines.map((line) => line.id)).toEqual(paged.contents.map((service) => service.id))
    const full = ((await get('/services?format=ndjson&full=true')).body as string)
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string })
    expect(full.map((service) => service.id)).toEqual(lines.map((line) => line.id))
    expect(full[0]).toEqual((await get(`/services/${full[0]?.id ?? ''}`)).body)
  })
})
