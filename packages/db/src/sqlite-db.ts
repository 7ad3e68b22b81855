import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import type * as schema from './schema.js'

/** The drizzle database over better-sqlite3 that the SQLite repositories are written against. */
export type SqliteDb = BetterSQLite3Database<typeof schema>
