import { describe, expect, it } from 'vitest'
import { readServicesFeed } from '../src/index.js'

// Issue 17: "An administrator can import another ORUK 3.0 feed (from a URL or a file) with a report per record".
// The shapes are the published API's: a page of services (openapi.json's Page with `contents`) and format=ndjson.

const service = (n: number) => ({
  id: `0c9a7f52-6a0e-4f8e-8d67-3a1b2c3d4e0${n}`,
  name: `Service ${n}`,
  status: 'active',
})

describe('reading the services of a feed', () => {
  it('reads one service a line, a page of services with its page count, a list and a single service', () => {
    const ndjson = readServicesFeed(`${JSON.stringify(service(1))}\n\n${JSON.stringify(service(2))}\n`)
    expect(ndjson.ok && ndjson.value.records.map((r) => r.at)).toEqual(['line 1', 'line 3'])
    const page = readServicesFeed(JSON.stringify({ total_pages: 3, page_number: 1, contents: [service(1)] }))
    expect(page.ok && page.value).toEqual({ records: [{ at: 'item 1', record: service(1) }], totalPages: 3 })
    const list = readServicesFeed(JSON.stringify([service(1), service(2)]))
    expect(list.ok && list.value.records.length).toBe(2)
    const one = readServicesFeed(`\uFEFF${JSON.stringify(service(3))}`)
    expect(one.ok && one.value.records).toEqual([{ at: 'item 1', record: service(3) }])
  })

  it('reports a line that is not JSON as its own record, and refuses a file that is no feed at all', () => {
    const mixed = readServicesFeed(`${JSON.stringify(service(1))}\n{"id": "broken\n${JSON.stringify(service(2))}`)
    expect(mixed.ok && mixed.value.records.map((r) => [r.at, r.unreadable ?? false])).toEqual([
      ['line 1', false],
      ['line 2', true],
      ['line 3', false],
    ])
    expect(readServicesFeed('  ')).toEqual({
      ok: false,
      errors: [{ path: 'file', message: 'The feed is empty: it has no services in it' }],
    })
    expect(readServicesFeed('<html>Not found</html>').ok).toBe(false)
    expect(readServicesFeed('{"error": "no"}').ok).toBe(false)
  })
})
