import { randomUUID } from 'node:crypto'
import {
  connectDatabase,
  hashPasswordScrypt,
  seedDemoData,
  type AnyDatabaseHandle,
  type Repositories,
} from '@open-sds/db'
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

// Until the last repositories are on PostgreSQL (pg-plans, pg-records; decision 020's list), the demo seed's calls to
// them would refuse there. Such a call is passed over, so the accounts, people and access the route tests need are
// seeded; once a repository has moved, its call runs for real and this does nothing.
const NOT_YET = /does not run on PostgreSQL yet/
function passingOverWhatIsNotYetOnPostgresql(repos: Repositories): Repositories {
  const tolerant = (repository: object) =>
    new Proxy(repository, {
      get: (target, method) => {
        const call = Reflect.get(target, method) as unknown
        if (typeof call !== 'function') return call
        return (...args: unknown[]) =>
          (call as (...a: unknown[]) => Promise<unknown>).apply(target, args).catch((error: unknown) => {
            if (error instanceof Error && NOT_YET.test(error.message)) return { ok: true, value: undefined }
            throw error
          })
      },
    })
  return Object.fromEntries(
    Object.entries(repos).map(([name, repository]) => [name, tolerant(repository)]),
  ) as unknown as Repositories
}

/** Seeds the demo accounts and people into a PostgreSQL database the portal has migrated. */
export async function seedPostgres(url: string): Promise<void> {
  const handle = await connectDatabase({ url, path: '', migrate: false })
  try {
    await seedDemoData(
      { repos: passingOverWhatIsNotYetOnPostgresql(handle.repos) },
      {
        hashPassword: hashPasswordScrypt,
        now: new Date(),
      },
    )
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
