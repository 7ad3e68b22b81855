import { AsyncLocalStorage } from 'node:async_hooks'
import { fileURLToPath } from 'node:url'
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import { migrate as runMigrations } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import { createWithAudit, type WithAudit } from './audited-write.js'
import { DatabaseOpenError } from './database-open-error.js'
import { errorCode, errorMessage } from './error-details.js'
import { checkMigrationLevel, journalOf, migrationFailed } from './migration-level.js'
import * as pgSchema from './pg/schema.js'
import { createRepositories, type Repositories } from './repositories/index.js'
import type { Db, Store } from './store.js'

/** Where this package's PostgreSQL migrations are (beside the SQLite ones; decision 020). */
export const postgresMigrationsFolder = fileURLToPath(new URL('../migrations-pg', import.meta.url))

export type OpenPostgresOptions = {
  /** `postgres://user:password@host:port/database` (or `postgresql://`), as in DATABASE_URL. */
  url: string
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean
  /** Most connections this process holds open at once (default 10). */
  maxConnections?: number
  /** Only needed when a bundler has moved this package's code away from its `migrations-pg` folder. */
  migrationsFolder?: string
  /**
   * A connection for work done off the request path (the figure counter's worker, decision 030): one connection, and
   * its session never runs a query in parallel or JIT-compiles it, so a long count takes one of the server's cores
   * rather than all of them. The pool that serves pages is opened without it and keeps the server's settings.
   */
  background?: boolean
}

export interface PostgresDatabaseHandle {
  readonly engine: 'postgresql'
  /** The server and database, as `postgres://user@host:port/database`: never the password. */
  readonly path: string
  readonly db: Db
  /** node-postgres's pool, for operations and tests; routes only ever see `repos`. */
  readonly pool: pg.Pool
  readonly repos: Repositories
  readonly withAudit: WithAudit
  /** Closes every connection; calling it again does nothing. */
  close(): Promise<void>
}

/** The URL as it may be shown: without its password. */
function shownUrl(url: URL): string {
  const user = url.username ? `${decodeURIComponent(url.username)}@` : ''
  return `postgres://${user}${url.host}${url.pathname}`
}

function parseUrl(text: string): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new DatabaseOpenError(
      'DATABASE_URL is not a URL the portal can read. Write it as postgres://user:password@host:5432/database, ' +
        'with any special characters in the password percent-encoded, or leave DATABASE_URL unset to use SQLite.',
      'DATABASE_URL',
    )
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new DatabaseOpenError(
      `DATABASE_URL starts with ${url.protocol}// but the portal runs only on PostgreSQL (postgres://) or SQLite. ` +
        'For PostgreSQL write postgres://user:password@host:5432/database; for SQLite leave DATABASE_URL unset and ' +
        'set DATABASE_PATH to the file.',
      'DATABASE_URL',
    )
  }
  if (url.pathname.length <= 1) {
    const server = `${url.hostname || 'host'}:${url.port || '5432'}`
    throw new DatabaseOpenError(
      `DATABASE_URL names the server ${server} but no database. Add the database’s name after the port, like ` +
        `postgres://user:password@${server}/open_sds.`,
      'DATABASE_URL',
    )
  }
  return url
}

/** Why a first connection failed, in words an operator can act on. */
function connectionProblem(error: unknown, url: URL): string {
  const where = `${url.hostname}:${url.port || '5432'}`
  const database = decodeURIComponent(url.pathname.slice(1))
  switch (errorCode(error)) {
    case 'ECONNREFUSED':
      return `nothing is accepting connections at ${where}. Check that PostgreSQL is running there and that the host and port in DATABASE_URL are right`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host name ${url.hostname} could not be found. Check the host in DATABASE_URL`
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return `the server at ${where} did not answer in time. Check the host and port, and that a firewall lets this machine reach it`
    case '28P01':
    case '28000':
      return `the server refused the user name or password for ${decodeURIComponent(url.username) || 'the default user'}. Check them in DATABASE_URL`
    case '3D000':
      return `the server has no database called ${database}. Create it (createdb ${database}) or correct its name in DATABASE_URL`
    default:
      return /timeout/i.test(errorMessage(error))
        ? `the server at ${where} did not answer in time. Check the host and port, and that a firewall lets this machine reach it`
        : `PostgreSQL said: ${errorMessage(error)}`
  }
}

// Any fixed number will do, as long as every Open SDS process uses the same one: it names the lock that lets only
// one process at a time migrate a database, so two portals starting together do not both try.
const MIGRATION_LOCK = 2_026_020

async function migrate(
  db: NodePgDatabase<typeof pgSchema>,
  pool: pg.Pool,
  folder: string,
  shown: string,
  apply: boolean,
): Promise<void> {
  const journal = journalOf(folder, shown)
  const client = await pool.connect()
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK])
    const exists = await client.query<{ found: string | null }>(
      `select to_regclass('drizzle.__drizzle_migrations')::text as found`,
    )
    const applied =
      exists.rows[0]?.found === null || exists.rows[0] === undefined
        ? []
        : (
            await client.query<{ at: string }>(
              'select created_at as at from drizzle.__drizzle_migrations order by created_at',
            )
          ).rows.map((row) => Number(row.at))
    checkMigrationLevel({ applied, journal, shown, willMigrate: apply })
    if (!apply) return
    try {
      await runMigrations(db, { migrationsFolder: folder })
    } catch (error) {
      throw migrationFailed(shown, error)
    }
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined)
    client.release()
  }
}

// What a background session runs with (decision 030). PostgreSQL would otherwise split a long count's scans over
// parallel workers (max_parallel_workers_per_gather, 2 by default) and JIT-compile its expressions: on a small
// machine the count then takes every core and the pages wait for the processor. Without either it keeps to one core.
const BACKGROUND_SETTINGS = '-c max_parallel_workers_per_gather=0 -c jit=off'

/**
 * The URL a background session connects with: the settings go in the connection's start-up `options`, so they hold
 * for the whole session (RESET ALL returns to them), after any `options` the operator's DATABASE_URL already gives,
 * which node-postgres would otherwise replace.
 */
function backgroundUrl(url: URL): string {
  const withSettings = new URL(url.href)
  const given = withSettings.searchParams.get('options')
  withSettings.searchParams.set('options', given ? `${given} ${BACKGROUND_SETTINGS}` : BACKGROUND_SETTINGS)
  return withSettings.href
}

/**
 * The store over the pool, or over one open transaction. A transaction begun inside another (a withAudit inside a
 * withAudit, found through the async context) joins it rather than taking a second connection, which could wait
 * forever on a row the first holds.
 */
function postgresStore(db: Db, open = new AsyncLocalStorage<Store>()): Store {
  return {
    engine: 'postgresql',
    db,
    t: pgSchema,
    transaction: (work) => {
      const inside = open.getStore()
      if (inside) return work(inside)
      return db.transaction((tx) => {
        const store = postgresStore(tx, open)
        return open.run(store, () => work(store))
      })
    },
  }
}

/**
 * Connects to the PostgreSQL database at `url` and applies pending migrations unless `migrate: false`. Throws
 * `DatabaseOpenError`, whose message says what to do, for a URL that is not PostgreSQL's, a server that cannot be
 * reached or refuses the login, a missing database, or a database at a migration this code cannot use.
 */
export async function openPostgresDatabase(options: OpenPostgresOptions): Promise<PostgresDatabaseHandle> {
  const url = parseUrl(options.url)
  const shown = shownUrl(url)
  const pool = new pg.Pool({
    connectionString: options.background ? backgroundUrl(url) : options.url,
    max: options.background ? 1 : (options.maxConnections ?? 10),
    connectionTimeoutMillis: 5000,
  })
  // A connection that drops while idle in the pool is replaced on next use; without a listener it would crash the process.
  pool.on('error', () => undefined)
  // So would one that drops while a request holds it (pg-pool listens only while it is idle): the query in flight
  // rejects, the request gets the service's error page, the open transaction dies with the connection (PostgreSQL
  // rolls it back), and the pool, told on release that the connection is broken, makes a new one next time.
  pool.on('connect', (client) => client.on('error', () => undefined))
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    await pool.end()
  }
  try {
    await pool.query('select 1')
  } catch (error) {
    await close()
    throw new DatabaseOpenError(`Cannot connect to the database ${shown}: ${connectionProblem(error, url)}.`, shown, {
      cause: error,
    })
  }
  const db = drizzle({ client: pool, schema: pgSchema })
  try {
    await migrate(db, pool, options.migrationsFolder ?? postgresMigrationsFolder, shown, options.migrate ?? true)
  } catch (error) {
    await close()
    throw error
  }
  const store = postgresStore(db)
  const repos = createRepositories(store)
  return {
    engine: 'postgresql',
    path: shown,
    db,
    pool,
    repos,
    withAudit: createWithAudit(store, createRepositories),
    close,
  }
}
