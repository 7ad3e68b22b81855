import type { SQL } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type * as pgSchema from './pg/schema.js'

/**
 * What a repository is written against, whichever engine runs it (decision 020).
 *
 * The types are drizzle's PostgreSQL ones on purpose: its query builders only offer `await`, which is the part of
 * drizzle both engines run the same way. On SQLite the same calls run through drizzle's SQLite builders (same shape,
 * also awaitable) over the SQLite tables; every repository test runs on both engines to hold that true. So a
 * repository awaits its queries (never `.get()`, `.all()` or `.run()`, which PostgreSQL lacks), reads what a write
 * did from `.returning()` or `rowsChanged`, and maps aggregates with `.mapWith(...)` or drizzle's `count()`/`max()`.
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof pgSchema>

/** The tables of the engine in use, by the names ./schema.ts exports. */
export type Tables = typeof pgSchema

export interface Store {
  readonly engine: 'sqlite' | 'postgresql'
  readonly db: Db
  /** The tables to query: SQLite's or PostgreSQL's, as the engine in use needs. */
  readonly t: Tables
  /**
   * Runs `work` in one transaction; inside one already, it joins it. A thrown error rolls it all back. On SQLite only
   * one transaction is open at a time (see TransactionGate); on PostgreSQL each has its own connection.
   */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>
}

/** How many rows an UPDATE or DELETE without `.returning()` changed: SQLite says `changes`, PostgreSQL `rowCount`. */
export function rowsChanged(result: unknown): number {
  const { changes, rowCount } = result as { changes?: number; rowCount?: number | null }
  return changes ?? rowCount ?? 0
}

/** The first row of a query's answer, if any: what SQLite's `.get()` gave. */
export const first = <T>(rows: readonly T[]): T | undefined => rows[0]

/**
 * The rows of a hand-written SELECT, on either engine: for the few queries drizzle's builders cannot say (window
 * functions over a subquery, a JSON array read as rows). Write SQL both engines understand, or choose by
 * `store.engine`. PostgreSQL gives a count or a bigint as a string: read numbers with `Number(...)`.
 */
export async function selectRows<Row>(store: Store, query: SQL): Promise<Row[]> {
  if (store.engine === 'postgresql') return ((await store.db.execute(query)) as unknown as { rows: Row[] }).rows
  // drizzle's SQLite database reads a hand-written query with `all`, PostgreSQL's with `execute`.
  return (store.db as unknown as { all(query: SQL): Promise<Row[]> | Row[] }).all(query)
}
