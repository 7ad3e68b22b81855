import { randomUUID } from 'node:crypto'
import { connectDatabase, hashPasswordScrypt, seedDemoData, type AnyDatabaseHandle } from '@open-sds/db'
import pg from 'pg'
import { startPortal, type RunningPortal } from './portal-process'

/**
 * One engine a route test file runs the built portal on (decision 021), like the db package's `testEngines()`:
 * `describe.each(portalEngines())('… on $name', (engine) => …)`. SQLite always; PostgreSQL too when the run has a test
 * server (OPEN_SDS_TEST_POSTGRES_URL, set by scripts/with-postgres.sh; required under CI by ./postgres-required.ts).
 */
export type PortalEngine = {
  name: 'SQLite' | 'PostgreSQL'
  /** Starts the built portal on a new database of this engine holding the demo accounts and people. */
  start(options?: { env?: Record<string, string> }): Promise<RunningPortal>
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
export function openPortalDatabase(portal: RunningPortal): Promise<AnyDatabaseHandle> {
  return connectDatabase({ url: portal.databaseUrl, path: portal.databasePath, migrate: false })
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

const sqlite: PortalEngine = { name: 'SQLite', start: (options = {}) => startPortal(options) }

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
  }
}

/** SQLite always; PostgreSQL too when the run has a test server. */
export function portalEngines(): PortalEngine[] {
  const serverUrl = testPostgresUrl()
  return serverUrl ? [sqlite, postgres(serverUrl)] : [sqlite]
}
