import { openDatabase } from '@open-sds/db'
import { adminQuery } from './engines'
import type { RunningPortal } from './portal-process'

/** Where a database is: a running portal's, or one a test made (`PortalEngine.freshDatabase`). */
export type DatabaseLocation = Pick<RunningPortal, 'databaseUrl' | 'databasePath'>

/**
 * Runs one hand-written SQL statement (`?` for each parameter) on a database, whichever engine it is on, as an operator
 * with the database open beside the portal would: so a route test that looks at or changes the database directly reads
 * the same on SQLite and PostgreSQL, and never branches on the engine itself.
 * PostgreSQL gives counts (bigint) as text and json columns already parsed: read numbers through `Number()` (or
 * `countIn`) and json through `cast(… as text)`.
 */
export async function portalSql(
  at: DatabaseLocation,
  text: string,
  ...parameters: unknown[]
): Promise<Record<string, unknown>[]> {
  if (at.databaseUrl) {
    let n = 0
    const numbered = text.replaceAll('?', () => `$${String((n += 1))}`)
    return (await adminQuery(at.databaseUrl, numbered, parameters)).rows as Record<string, unknown>[]
  }
  const handle = openDatabase({ path: at.databasePath, migrate: false })
  try {
    const statement = handle.sqlite.prepare(text)
    if (statement.reader) return statement.all(...parameters) as Record<string, unknown>[]
    statement.run(...parameters)
    return []
  } finally {
    handle.close()
  }
}

/** The number a `select count(*) as n …` statement gives, on either engine. */
export async function countIn(at: DatabaseLocation, text: string, ...parameters: unknown[]): Promise<number> {
  const [row] = await portalSql(at, text, ...parameters)
  return Number(row?.n)
}

/**
 * Makes the database refuse inserts into a table (those matching `when`, SQL about `NEW`, if given) as a full disk or
 * a fault would, with each engine's own trigger, while the portal runs; gives back how to stop refusing. The one place
 * the two engines' SQL differs.
 */
export async function refuseInserts(at: DatabaseLocation, table: string, when?: string): Promise<() => Promise<void>> {
  const name = `refuse_${table}`
  const [create, drop] = at.databaseUrl
    ? [
        [
          `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the disk is full'; END $$`,
          `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW ${when ? `WHEN (${when})` : ''} EXECUTE FUNCTION ${name}()`,
        ],
        [`DROP TRIGGER ${name} ON ${table}`, `DROP FUNCTION ${name}()`],
      ]
    : [
        [
          `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} ${when ? `WHEN ${when}` : ''} BEGIN SELECT RAISE(ABORT, 'the disk is full'); END`,
        ],
        [`DROP TRIGGER ${name}`],
      ]
  for (const statement of create) await portalSql(at, statement)
  return async () => {
    for (const statement of drop) await portalSql(at, statement)
  }
}

/** Refuses audit entries with this action (see `refuseInserts`). */
export const refuseAuditEntriesOf = (at: DatabaseLocation, action: string) =>
  refuseInserts(at, 'audit_log', `NEW.action = '${action.replaceAll("'", "''")}'`)
