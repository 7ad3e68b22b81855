import { closeSync, mkdirSync, openSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate as runMigrations } from 'drizzle-orm/better-sqlite3/migrator'
import { createWithAudit, gatedRepositories, TransactionGate, type WithAudit } from './audited-write.js'
import { DatabaseOpenError } from './database-open-error.js'
import { errorCode, errorMessage } from './error-details.js'
import { checkMigrationLevel, journalOf, migrationFailed } from './migration-level.js'
import { createRepositories, type Repositories } from './repositories/index.js'
import * as schema from './schema.js'
import type { SqliteDb } from './sqlite-db.js'
import type { Db, Store, Tables } from './store.js'

export { DatabaseOpenError }

/**
 * Where this package's SQL migrations are. Resolved from this module's own location, which is one folder below the
 * package root both as source (`src/`) and as built code (`dist/`).
 */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))

export type OpenDatabaseOptions = {
  /** A file path (its folder is created if missing), or `:memory:` for a private in-memory database. */
  path: string
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean
  /** Only needed when a bundler has moved this package's code away from its `migrations` folder. */
  migrationsFolder?: string
}

export interface DatabaseHandle {
  readonly engine: 'sqlite'
  /** The absolute path of the database file, or `:memory:`. */
  readonly path: string
  readonly db: SqliteDb
  readonly sqlite: Database.Database
  readonly repos: Repositories
  /** Runs a write and appends its audit entries in one transaction: see `WithAudit`. Every write goes through it. */
  readonly withAudit: WithAudit
  /** Closes the connection; calling it again does nothing. */
  close(): void
}

const isInMemory = (path: string) => path === ':memory:' || path === ''

function createParentFolder(file: string): void {
  const folder = dirname(file)
  try {
    mkdirSync(folder, { recursive: true })
  } catch (error) {
    const code = errorCode(error)
    const why =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'a file (not a folder) is in the way on that path. Move that file, or set the database path to somewhere else'
        : code === 'EACCES' || code === 'EPERM'
          ? 'this process is not allowed to create it. Create the folder and let the portal’s user write to it, or choose another path'
          : code === 'EROFS'
            ? 'the disk is read-only. Choose a path on a writable disk'
            : `the system said: ${errorMessage(error)}. Check the database path`
    throw new DatabaseOpenError(
      `Cannot use ${file} for the database: the folder ${folder} could not be created because ${why}.`,
      file,
      { cause: error },
    )
  }
}

// Owner read and write only. SQLite gives the write-ahead log and shared-memory files the mode of the database file,
// so creating the file this way before SQLite does covers all three.
const OWNER_ONLY = 0o600

function createOwnerOnly(file: string): void {
  try {
    closeSync(openSync(file, 'wx', OWNER_ONLY))
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error
  }
}

function connect(path: string, shown: string): Database.Database {
  let sqlite: Database.Database | undefined
  try {
    if (!isInMemory(path)) createOwnerOnly(path)
    sqlite = new Database(path)
    sqlite.pragma('busy_timeout = 5000')
    const journalMode = sqlite.pragma('journal_mode = WAL', { simple: true })
    if (!isInMemory(path) && journalMode !== 'wal') {
      throw new DatabaseOpenError(
        `Cannot use ${shown} for the database: SQLite could not switch it to write-ahead logging (WAL), which the portal needs. ` +
          'This usually means the file is on a network drive; put the database on a local disk.',
        shown,
      )
    }
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('foreign_keys = ON')
    return sqlite
  } catch (error) {
    sqlite?.close()
    if (error instanceof DatabaseOpenError) throw error
    const why =
      errorCode(error) === 'SQLITE_NOTADB'
        ? 'the file exists but is not an SQLite database. Check the path points at the portal’s database, or move that file aside'
        : errorCode(error) === 'SQLITE_CANTOPEN'
          ? 'SQLite could not open it. Check the path is a file, not a folder, and that the portal’s user may write to it'
          : `SQLite said: ${errorMessage(error)}`
    throw new DatabaseOpenError(`Cannot open the database file ${shown}: ${why}.`, shown, { cause: error })
  }
}

/** When each migration already applied was made (drizzle's record of them), oldest first; none for a new file. */
function appliedMigrations(sqlite: Database.Database): number[] {
  const table = sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'`)
  if (table.get() === undefined) return []
  return sqlite
    .prepare('select created_at as at from __drizzle_migrations order by created_at')
    .all()
    .map((row) => Number((row as { at: number | string }).at))
}

function migrate(db: SqliteDb, sqlite: Database.Database, folder: string, shown: string, apply: boolean): void {
  const journal = journalOf(folder, shown)
  checkMigrationLevel({ applied: appliedMigrations(sqlite), journal, shown, willMigrate: apply })
  if (!apply) return
  try {
    runMigrations(db, { migrationsFolder: folder })
  } catch (first) {
    // Two processes starting together can both find a migration pending; the loser fails on "already exists".
    // Looking again sees the winner's work.
    try {
      runMigrations(db, { migrationsFolder: folder })
    } catch {
      throw migrationFailed(shown, first)
    }
  }
}

/**
 * Opens (creating if need be) the portal's SQLite database with the settings it relies on: WAL, foreign keys on,
 * a 5 second busy timeout and synchronous NORMAL; then applies pending migrations unless `migrate: false`.
 * Throws `DatabaseOpenError`, whose message says what to do, when that is impossible.
 */
export function openDatabase(options: OpenDatabaseOptions): DatabaseHandle {
  const { path, migrate: shouldMigrate = true } = options
  const shown = isInMemory(path) ? ':memory:' : resolve(path)
  if (!isInMemory(path)) createParentFolder(shown)
  const sqlite = connect(isInMemory(path) ? ':memory:' : shown, shown)
  const db = drizzle({ client: sqlite, schema })
  try {
    migrate(db, sqlite, options.migrationsFolder ?? migrationsFolder, shown, shouldMigrate)
  } catch (error) {
    sqlite.close()
    throw error
  }
  const gate = new TransactionGate()
  // The SQLite tables and database stand where the repositories expect PostgreSQL's types: decision 020, store.ts.
  const store: Store = {
    engine: 'sqlite',
    db: db as unknown as Db,
    t: schema as unknown as Tables,
    transaction: (work) => gate.run(sqlite, () => work(store)),
  }
  const repos = gatedRepositories(createRepositories(store), gate)
  return {
    engine: 'sqlite',
    path: shown,
    db,
    sqlite,
    repos,
    withAudit: createWithAudit(store, () => repos),
    close: () => {
      if (sqlite.open) sqlite.close()
    },
  }
}
