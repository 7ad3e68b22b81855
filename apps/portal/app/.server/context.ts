import type { ComposedConfiguration } from '@open-sds/plugin-sdk'
import { openDatabase, type DatabaseHandle } from '@open-sds/db'
import { loadConfig, type PortalConfig } from './config.js'
import { loadPlugins } from './plugins.js'

/** Everything a request needs that is set up once per process. */
export type AppContext = {
  config: PortalConfig
  site: ComposedConfiguration
  database: DatabaseHandle
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
  const database = openDatabase({ path: config.databasePath })
  return { config, site, database }
}
