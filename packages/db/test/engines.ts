import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterEach, inject } from 'vitest'
import { openDatabase, openPostgresDatabase, type AnyDatabaseHandle } from '../src/index.js'

/** One engine the repository tests run on: `describe.each(testEngines())('… on $name', (engine) => …)`. */
export type TestEngine = {
  name: 'SQLite' | 'PostgreSQL'
  /** A new, migrated, empty database of this engine's, closed and removed after the test. */
  fresh(): Promise<AnyDatabaseHandle>
  /**
   * Where another process opens the same database (`connectDatabase`'s options): the SQLite file, or the PostgreSQL
   * database's URL. A second handle in this process is fine on PostgreSQL but deadlocks on SQLite (decision 020).
   */
  location(handle: AnyDatabaseHandle): { url?: string; path: string }
  /** Runs hand-written SQL (`?` for each parameter), as someone with the database open outside the portal might. */
  sql(handle: AnyDatabaseHandle, text: string, ...parameters: unknown[]): Promise<Record<string, unknown>[]>
}

/** How many rows a table holds, read with plain SQL. */
export async function countRows(engine: TestEngine, handle: AnyDatabaseHandle, table: string): Promise<number> {
  const [row] = await engine.sql(handle, `select count(*) as n from ${table}`)
  return Number(row?.n)
}

/**
 * What the database said when it refused `work`: the error's message and, when drizzle wrapped the driver's error
 * ("Failed query: …"), the driver's own. Fails the test if `work` was not refused.
 */
export async function refusal(work: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof work === 'function' ? work() : work)
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause
    return [String((error as Error).message), cause instanceof Error ? cause.message : ''].join(' | ')
  }
  throw new Error('expected the database to refuse this, and it did not')
}

const cleanUps: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp()
})

const sqlite: TestEngine = {
  name: 'SQLite',
  async fresh() {
    const folder = mkdtempSync(join(tmpdir(), 'open-sds-db-'))
    const handle = openDatabase({ path: join(folder, 'portal.db') })
    cleanUps.push(() => {
      handle.close()
      rmSync(folder, { recursive: true, force: true })
    })
    return handle
  },
  location: (handle) => ({ path: handle.path }),
  async sql(handle, text, ...parameters) {
    if (handle.engine !== 'sqlite') throw new Error('test setup: not an SQLite handle')
    const statement = handle.sqlite.prepare(text)
    if (statement.reader) return statement.all(...parameters) as Record<string, unknown>[]
    statement.run(...parameters)
    return []
  },
}

function postgres(serverUrl: string, template: string): TestEngine {
  const urls = new WeakMap<AnyDatabaseHandle, string>()
  return {
    name: 'PostgreSQL',
    async fresh() {
      const name = `open_sds_test_${randomUUID().replaceAll('-', '')}`
      await adminQuery(serverUrl, `create database ${name} template ${template}`)
      const url = new URL(serverUrl)
      url.pathname = `/${name}`
      const handle = await openPostgresDatabase({ url: url.href, maxConnections: 4 })
      urls.set(handle, url.href)
      cleanUps.push(async () => {
        await handle.close()
        await adminQuery(serverUrl, `drop database if exists ${name} with (force)`)
      })
      return handle
    },
    location: (handle) => ({ url: urls.get(handle) ?? '', path: 'not-used.db' }),
    async sql(handle, text, ...parameters) {
      if (handle.engine !== 'postgresql') throw new Error('test setup: not a PostgreSQL handle')
      let n = 0
      const result = await handle.pool.query(
        text.replaceAll('?', () => `$${(n += 1)}`),
        parameters,
      )
      return result.rows
    },
  }
}

/**
 * The test server, when there is one: `database()` makes a new, empty database and gives its URL (dropped after the
 * test), for tests of opening and migrating.
 */
export function postgresServer(): { serverUrl: string; database(): Promise<string> } | undefined {
  const server = inject('postgresTemplate')
  if (!server) return undefined
  return {
    serverUrl: server.serverUrl,
    async database() {
      const name = `open_sds_test_${randomUUID().replaceAll('-', '')}`
      await adminQuery(server.serverUrl, `create database ${name}`)
      cleanUps.push(() => adminQuery(server.serverUrl, `drop database if exists ${name} with (force)`))
      const url = new URL(server.serverUrl)
      url.pathname = `/${name}`
      return url.href
    },
  }
}

async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(text)
  } finally {
    await admin.end()
  }
}

/** SQLite always; PostgreSQL too when the run has a test server (scripts/with-postgres.sh; required in CI). */
export function testEngines(): TestEngine[] {
  const server = inject('postgresTemplate')
  return server ? [sqlite, postgres(server.serverUrl, server.template)] : [sqlite]
}
