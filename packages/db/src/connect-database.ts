import { openDatabase, type DatabaseHandle } from './open-database.js'
import { openPostgresDatabase, type PostgresDatabaseHandle } from './open-postgres.js'

/** An open database on either engine. Everything but operations and tests uses only `repos` and `withAudit`. */
export type AnyDatabaseHandle = DatabaseHandle | PostgresDatabaseHandle

export type ConnectDatabaseOptions = {
  /** DATABASE_URL: when set (not blank), PostgreSQL at this URL; the path is then not used. */
  url?: string | undefined
  /** DATABASE_PATH: the SQLite file used when there is no URL. */
  path: string
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean
  /**
   * Work off the request path (the figure counter's worker): on PostgreSQL one connection whose session runs no
   * parallel query and no JIT, so a long count keeps to one core (decision 030). SQLite's handle is the same either way.
   */
  background?: boolean
}

/**
 * Opens the database the configuration names: PostgreSQL when `url` is set (`DATABASE_URL=postgres://…`), otherwise
 * the SQLite file at `path`, exactly as `openDatabase` does (decision 020). Rejects with a `DatabaseOpenError` whose
 * message says what to do when that database cannot be used.
 */
export async function connectDatabase(options: ConnectDatabaseOptions): Promise<AnyDatabaseHandle> {
  const url = options.url?.trim()
  if (url) return openPostgresDatabase({ url, migrate: options.migrate, background: options.background })
  return openDatabase({ path: options.path, migrate: options.migrate })
}
