import { staffSecondFactorOf, type ComposedConfiguration } from '@open-sds/plugin-sdk'
import {
  connectDatabase,
  withoutUnauditedWrites,
  type AnyDatabaseHandle,
  type RepositoriesOutsideAudit,
} from '@open-sds/db'
import { ConfigurationError, loadConfig, type PortalConfig } from './config.js'
import { loadPlugins } from './plugins.js'
import { queueEarlierWork } from '../routes/_work+/work-arrival.server.js'

/**
 * The database as request handlers see it, on either engine: `repos` can read, keep the audit log and keep sessions
 * and counts, but has no method that changes a person's record. Every change goes through `withAudit`, which stores
 * it with its audit entry in one transaction (decision 016); a write called anyway refuses before touching the
 * database. Nothing else of the handle (the SQLite connection, the PostgreSQL pool) reaches a route.
 */
export type PortalDatabase = {
  readonly engine: AnyDatabaseHandle['engine']
  /** The SQLite file, or the PostgreSQL server and database without the password. */
  readonly path: string
  readonly repos: RepositoriesOutsideAudit
  readonly withAudit: AnyDatabaseHandle['withAudit']
  close(): void | Promise<void>
}

/** Everything a request needs that is set up once per process. */
export type AppContext = {
  config: PortalConfig
  site: ComposedConfiguration
  database: PortalDatabase
}

let context: Promise<AppContext> | undefined

/**
 * Builds the context on first use; a configuration problem rejects with a plain-English ConfigurationError, a database
 * that cannot be used with a DatabaseOpenError. `migrate: true` migrates whatever DATABASE_MIGRATE says (db-setup).
 */
export function getAppContext(options: { migrate?: true } = {}): Promise<AppContext> {
  context ??= createAppContext(options.migrate)
  return context
}

async function createAppContext(forceMigrate: true | undefined): Promise<AppContext> {
  const config = loadConfig(process.env, process.cwd())
  const site = await loadPlugins(config.plugins)
  if (staffSecondFactorOf(site) === 'required' && config.secondFactorKey === '') {
    throw new ConfigurationError(
      "OPEN_SDS_SECOND_FACTOR_KEY is not set, and the council's plugin requires staff to sign in with a code from an app (signIn.staffSecondFactor 'required'). Set it to 64 hexadecimal characters, such as the output of \"openssl rand -hex 32\", and keep it as safe as the database's backups.",
    )
  }
  // DATABASE_URL selects PostgreSQL; without it, SQLite at DATABASE_PATH exactly as before (decisions 020, 021).
  const handle = await connectDatabase({
    url: config.databaseUrl,
    path: config.databasePath,
    migrate: forceMigrate ?? config.migrateOnStart,
  })
  // People recorded before search came (or written straight into the tables) are given the keys staff find them by.
  await handle.repos.people.fillSearchKeys()
  const made = { config, site, database: portalDatabase(handle) }
  // Work that arrived before work items existed is queued now, as it would have been then (issue 18).
  await queueEarlierWork(made)
  return made
}

export function portalDatabase(handle: AnyDatabaseHandle): PortalDatabase {
  return {
    engine: handle.engine,
    path: handle.path,
    repos: withoutUnauditedWrites(handle.repos),
    withAudit: handle.withAudit,
    close: () => handle.close(),
  }
}
