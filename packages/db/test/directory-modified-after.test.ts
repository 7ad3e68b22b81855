import { describe, expect, it } from 'vitest'
import type { AnyDatabaseHandle } from '../src/index.js'
import { testEngines, type TestEngine } from './engines.js'

// Issue 17: `GET /oruk/services?modified_after=...&page=N` took about half a second a page at 100,000 services, because
// each engine walked the (name, id) index testing every row for the few changed since. A selective modified_after is
// now read from the modified_at index and the few rows sorted, still in the feed's order: name, then id.

const SERVICES = 3000
const before = new Date('2026-11-02T09:00:00.000Z')
const since = new Date('2026-11-20T00:00:00.000Z')
const id = (n: number) => `b1000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
/** Names whose order is the same in every collation: lower-case letters, then digits of one width. */
const nameOf = (n: number) => `service ${String((n * 7919) % SERVICES).padStart(5, '0')}`
const changed = [2999, 5, 1500, 70]

/** SERVICES services straight into the table, as an import leaves them; four changed since `since`. */
async function fill(engine: TestEngine, handle: AnyDatabaseHandle) {
  for (let start = 0; start < SERVICES; start += 500) {
    const rows = Array.from({ length: 500 }, (_, i) => start + i)
    await engine.sql(
      handle,
      `insert into directory_services (id, name, status, record, search_text, modified_at) values ${rows.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
      ...rows.flatMap((n) => [
        id(n),
        nameOf(n),
        'active',
        JSON.stringify({ id: id(n), name: nameOf(n), status: 'active' }),
        ` service ${String(n)} `,
        (changed.includes(n) ? since.getTime() + n : before.getTime()) as number,
      ]),
    )
  }
  if (engine.name === 'PostgreSQL') await engine.sql(handle, 'analyze directory_services')
}

/** The plan each engine makes for a statement, as text: EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL. */
async function planOf(engine: TestEngine, handle: AnyDatabaseHandle, text: string, parameters: unknown[]) {
  const explain = engine.name === 'SQLite' ? 'explain query plan' : 'explain'
  const rows = await engine.sql(handle, `${explain} ${text}`, ...parameters)
  return rows.map((row) => String(row.detail ?? row['QUERY PLAN'])).join('\n')
}

/** The SQL text of every statement the repository sends while `work` runs, with `?` for each parameter. */
async function statementsDuring(handle: AnyDatabaseHandle, work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = []
  if (handle.engine === 'postgresql') {
    const pool = handle.pool as unknown as { query: (...args: unknown[]) => unknown }
    const query = pool.query.bind(pool)
    pool.query = (...args: unknown[]) => {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text
      seen.push(text.replaceAll(/\$\d+/g, '?'))
      return query(...args)
    }
    await work().finally(() => (pool.query = query))
  } else {
    const sqlite = handle.sqlite
    const prepare = sqlite.prepare.bind(sqlite)
    sqlite.prepare = ((text: string) => (seen.push(text), prepare(text))) as typeof sqlite.prepare
    await work().finally(() => (sqlite.prepare = prepare))
  }
  return seen
}

describe.each(testEngines())('modified_after on $name', (engine) => {
  it('gives the few services changed since, in name order a page at a time, read from the modified_at index', async () => {
    const handle = await engine.fresh()
    await fill(engine, handle)
    const { directory } = handle.repos
    const expected = changed.map(nameOf).sort()
    let pages: { totalItems: number; contents: { name: string }[] }[] = []
    const statements = await statementsDuring(handle, async () => {
      pages = [
        await directory.listServices({ page: 1, perPage: 3, modifiedAfter: since }),
        await directory.listServices({ page: 2, perPage: 3, modifiedAfter: since }),
      ]
    })
    expect(pages.map((page) => page.totalItems)).toEqual([4, 4])
    expect(pages.flatMap((page) => page.contents.map((service) => service.name))).toEqual(expected)
    const pageQuery = statements.find((text) => /order by/i.test(text) && /offset/i.test(text))
    expect(pageQuery).toBeDefined()
    const plan = await planOf(engine, handle, pageQuery ?? '', [since.getTime(), 3, 0])
    expect(plan).toMatch(/directory_services_modified_at/)
    expect(plan).not.toMatch(/directory_services_name_id/)
  })

  it('gives a modified_after that lets every service through in the same name order, page by page', async () => {
    const handle = await engine.fresh()
    await fill(engine, handle)
    const { directory } = handle.repos
    const all = Array.from({ length: SERVICES }, (_, n) => nameOf(n)).sort()
    const page = await directory.listServices({ page: 40, perPage: 50, modifiedAfter: before })
    expect(page.totalItems).toBe(SERVICES)
    expect(page.contents.map((service) => service.name)).toEqual(all.slice(1950, 2000))
  })
})
