import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connectDatabase, hashPasswordScrypt, seedDemoData, type AnyDatabaseHandle } from '@open-sds/db'
import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import { runPortalExpectingExit, startPortal, type RunningPortal } from './portal-process'
import type { DatabaseLocation } from './portal-sql'

/**
 * One engine a route test file runs the built portal on (decision 021), like the db package's `testEngines()`:
 * `describe.each(portalEngines())('… on $name', (engine) => …)`. SQLite always; PostgreSQL too when the run has a test
 * server (OPEN_SDS_TEST_POSTGRES_URL, set by scripts/with-postgres.sh; required under CI by ./postgres-required.ts).
 */
export type PortalEngine = {
  name: 'SQLite' | 'PostgreSQL'
  /** Starts the built portal on a new database of this engine holding the demo accounts and people. */
  start(options?: { env?: Record<string, string> }): Promise<RunningPortal>
  /** Starts the built portal on a new database of this engine with these settings, for refusals at start-up. */
  runExpectingExit(env: Record<string, string>): Promise<{ code: number | null; output: string }>
  /**
   * A new, migrated, empty database of this engine's with no portal on it, for tests of the portal's server modules in
   * this process: open it (as often as a test needs, as several processes would) with `openPortalDatabase`.
   */
  freshDatabase(): Promise<DatabaseLocation & { remove(): Promise<void> }>
}

/** The test server's URL (a superuser on a throwaway cluster), when there is one. */
export function testPostgresUrl(): string | undefined {
  return process.env.OPEN_SDS_TEST_POSTGRES_URL?.trim() || undefined
}

export async function adminQuery(serverUrl: string, text: string, parameters: unknown[] = []): Promise<pg.QueryResult> {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    return await admin.query(text, parameters)
  } finally {
    await admin.end()
  }
}

/** A new, empty database on the test server: its URL, and how to drop it (after every process using it has stopped). */
export async function newPostgresDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `open_sds_portal_${randomUUID().replaceAll('-', '')}`
  await adminQuery(serverUrl, `create database ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.href,
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`).then(() => {}),
  }
}

/** The database a running portal uses, opened beside it as an operator would (without migrating). */
export function openPortalDatabase(at: DatabaseLocation): Promise<AnyDatabaseHandle> {
  return connectDatabase({ url: at.databaseUrl, path: at.databasePath, migrate: false })
}

/** Migrates a new database, as the portal's set-up would, and closes it again. */
async function migrated<T extends DatabaseLocation>(at: T): Promise<T> {
  const handle = await connectDatabase({ url: at.databaseUrl, path: at.databasePath, migrate: true })
  await handle.close()
  return at
}

/** Seeds the demo accounts and people into a PostgreSQL database the portal has migrated. */
export async function seedPostgres(url: string): Promise<void> {
  const handle = await connectDatabase({ url, path: '', migrate: false })
  try {
    await seedDemoData(handle, { hashPassword: hashPasswordScrypt, now: new Date() })
  } finally {
    await handle.close()
  }
}

const sqlite: PortalEngine = {
  name: 'SQLite',
  start: (options = {}) => startPortal(options),
  runExpectingExit: runPortalExpectingExit,
  freshDatabase() {
    const folder = mkdtempSync(join(tmpdir(), 'open-sds-portal-db-'))
    return migrated({
      databaseUrl: undefined,
      databasePath: join(folder, 'portal.sqlite'),
      remove: async () => rmSync(folder, { recursive: true, force: true }),
    })
  },
}

function postgres(serverUrl: string): PortalEngine {
  return {
    name: 'PostgreSQL',
    async start(options = {}) {
      const database = await newPostgresDatabase(serverUrl)
      try {
        const portal = await startPortal({ ...options, databaseUrl: database.url, seed: false })
        await seedPostgres(database.url)
        return {
          ...portal,
          stop: async () => {
            await portal.stop()
            await database.drop()
          },
        }
      } catch (error) {
        await database.drop()
        throw error
      }
    },
    async runExpectingExit(env) {
      const database = await newPostgresDatabase(serverUrl)
      try {
        return await runPortalExpectingExit({ DATABASE_URL: database.url, ...env })
      } finally {
        await database.drop()
      }
    },
    async freshDatabase() {
      const database = await newPostgresDatabase(serverUrl)
      return migrated({ databaseUrl: database.url, databasePath: '', remove: database.drop })
    },
  }
}

/** SQLite always; PostgreSQL too when the run has a test server. */
export function portalEngines(): PortalEngine[] {
  const serverUrl = testPostgresUrl()
  return serverUrl ? [sqlite, postgres(serverUrl)] : [sqlite]
}

/**
 * The portal a `describe` block's tests share: started on this engine before them, stopped after them. Read it only
 * inside a test or a later hook (`portal.url`); before the start it says so rather than giving undefined.
 */
export function portalFor(engine: PortalEngine, options?: { env?: Record<string, string> }): RunningPortal {
  let running: RunningPortal | undefined
  // Room for a start on a busy machine: migrating and seeding a new database, then the server.
  beforeAll(async () => {
    running = await engine.start(options)
  }, 120_000)
  afterAll(async () => {
    await running?.stop()
  })
  const started = (): RunningPortal => {
    if (!running) throw new Error('test setup: the portal is read before it has started (read it inside a test)')
    return running
  }
  return {
    get url() {
      return started().url
    },
    get databasePath() {
      return started().databasePath
    },
    get databaseUrl() {
      return started().databaseUrl
    },
    output: () => started().output(),
    stop: () => started().stop(),
  }
}
