import type { ComposedConfiguration } from '@open-sds/plugin-sdk'
import { openDatabase, withoutUnauditedWrites, type DatabaseHandle, type RepositoriesOutsideAudit } from '@open-sds/db'
import { loadConfig, type PortalConfig } from './config.js'
import { loadPlugins } from './plugins.js'

/**
 * The database as request handlers see it: `repos` can read, keep the audit log and keep sessions and counts, but has
 * no method that changes a person's record. Every change goes through `withAudit`, which stores it with its audit
 * entry in one transaction (decision 016); a write called anyway refuses before touching the database.
 */
export type PortalDatabase = Omit<DatabaseHandle, 'repos'> & { readonly repos: RepositoriesOutsideAudit }

/** Everything a request needs that is set up once per process. */
export type AppContext = {
  config: PortalConfig
  site: ComposedConfiguration
  database: PortalDatabase
}

let context: Promise<AppContext> | undefined

/** Builds the context on first use; a configuration problem rejects with a plain-English ConfigurationError. */
export function getAppContext(): Promise<AppContext> {
  context ??= createAppContext()
  return context
}

async function createAppContext(): Promise<AppContext> {
  const config = loadConfig(process.env, process.cwd())
  const site = await loadPlugins(config.plugins)
  return { config, site, database: portalDatabase(openDatabase({ path: config.databasePath })) }
}

export function portalDatabase(handle: DatabaseHandle): PortalDatabase {
  return { ...handle, repos: withoutUnauditedWrites(handle.repos) }
}
