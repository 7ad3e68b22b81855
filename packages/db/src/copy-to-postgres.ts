import { createHash } from 'node:crypto'
import { fail, ok, type Result } from '@open-sds/kernel'
import type { PoolClient } from 'pg'
import { errorMessage } from './error-details.js'
import type { DatabaseHandle } from './open-database.js'
import type { PostgresDatabaseHandle } from './open-postgres.js'

/** One table as copied: its rows on both sides, and the content checksum both sides gave. */
export type CopiedTable = { table: string; rows: number; checksum: string }

export type CopySummary = {
  /** Every table with a PostgreSQL twin, in the order copied (a table after those it refers to). */
  tables: CopiedTable[]
  /** Tables of the SQLite file with no PostgreSQL twin yet: each was empty, so nothing was left behind. */
  emptyWithoutTwin: string[]
}

type Column = { name: string; type: string }
type TablePlan = { table: string; columns: Column[]; copiesRowid: boolean }

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`

// Ids, times in milliseconds, counts: SQLite integers read as JavaScript numbers, which are exact up to 2^53.
// A larger value would lose digits, so the copy reads every integer as a BigInt.
function sqliteRows(source: DatabaseHandle, plan: TablePlan): Record<string, unknown>[] {
  const columns = [...(plan.copiesRowid ? ['rowid as "rowid"'] : []), ...plan.columns.map((c) => quoted(c.name))]
  const order = plan.copiesRowid ? ' order by rowid' : ''
  return source.sqlite
    .prepare(`select ${columns.join(', ')} from ${quoted(plan.table)}${order}`)
    .safeIntegers(true)
    .all() as Record<string, unknown>[]
}

/** A SQLite value as PostgreSQL takes it for a column of this type (only booleans need changing: 0/1 to false/true). */
function forPostgres(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null
  if (type === 'boolean') return value === 1n || value === 1 || value === true
  if (typeof value === 'bigint') return value.toString()
  return value
}

/**
 * A value as text the way PostgreSQL writes it (`column::text`), worked out from the SQLite side: so the two sides'
 * checksums agree only when PostgreSQL holds exactly what SQLite held.
 */
function asPostgresText(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null
  if (type === 'boolean') return value === 1n || value === 1 ? 'true' : 'false'
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`
  return String(value)
}

/**
 * A checksum of a table's content that does not depend on row order: each row's values (in column order, with the
 * rowid where it is copied) are hashed, and the sorted row hashes are hashed again.
 */
function checksum(rows: readonly (readonly (string | null)[])[]): string {
  const rowHashes = rows.map((row) => createHash('sha256').update(JSON.stringify(row)).digest('hex')).sort()
  const all = createHash('sha256')
  for (const hash of rowHashes) all.update(hash)
  return all.digest('hex')
}

/** Tables so that each comes after every table it refers to (foreign keys), as PostgreSQL's catalogue says. */
async function dependencyOrder(client: PoolClient, tables: readonly string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `select c.relname as child, p.relname as parent
       from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
      where k.contype = 'f' and c.relnamespace = 'public'::regnamespace`,
  )
  const ordered: string[] = []
  const placing = new Set<string>()
  const place = (table: string) => {
    if (ordered.includes(table) || placing.has(table)) return
    placing.add(table)
    for (const { parent } of rows.filter((row) => row.child === table && row.parent !== table)) place(parent)
    ordered.push(table)
  }
  for (const table of [...tables].sort()) place(table)
  return ordered.filter((table) => tables.includes(table))
}

async function postgresColumns(client: PoolClient): Promise<Map<string, { columns: Column[]; hasRowid: boolean }>> {
  const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string }>(
    `select table_name, column_name, data_type from information_schema.columns
      where table_schema = 'public' order by table_name, ordinal_position`,
  )
  const tables = new Map<string, { columns: Column[]; hasRowid: boolean }>()
  for (const row of rows) {
    const entry = tables.get(row.table_name) ?? { columns: [], hasRowid: false }
    if (row.column_name === 'rowid') entry.hasRowid = true
    else entry.columns.push({ name: row.column_name, type: row.data_type })
    tables.set(row.table_name, entry)
  }
  return tables
}

function sqliteTables(source: DatabaseHandle): Map<string, string[]> {
  const names = source.sqlite
    .prepare(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name not like '\\_\\_drizzle%' escape '\\'`,
    )
    .all() as { name: string }[]
  return new Map(
    names.map(({ name }) => [
      name,
      (source.sqlite.prepare(`select name from pragma_table_info(?)`).all(name) as { name: string }[]).map(
        (column) => column.name,
      ),
    ]),
  )
}

const INSERT_PARAMETERS = 30_000

async function copyTable(client: PoolClient, rows: Record<string, unknown>[], plan: TablePlan): Promise<void> {
  const columns = [...(plan.copiesRowid ? [{ name: 'rowid', type: 'bigint' }] : []), ...plan.columns]
  const perBatch = Math.max(1, Math.floor(INSERT_PARAMETERS / columns.length))
  // The rowid is an identity column PostgreSQL normally fills itself: the copy keeps SQLite's (decision 020).
  const overriding = plan.copiesRowid ? ' overriding system value' : ''
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch)
    const values: unknown[] = []
    const tuples = batch.map((row) => {
      const placeholders = columns.map((column) => {
        values.push(forPostgres(row[column.name], column.type))
        return `$${values.length}`
      })
      return `(${placeholders.join(', ')})`
    })
    await client.query(
      `insert into ${quoted(plan.table)} (${columns.map((c) => quoted(c.name)).join(', ')})${overriding} values ${tuples.join(', ')}`,
      values,
    )
  }
}

/** Puts every identity column's next value after the largest copied, so the next row PostgreSQL numbers is new. */
async function resetIdentities(client: PoolClient): Promise<void> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `select table_name, column_name from information_schema.columns where table_schema = 'public' and is_identity = 'YES'`,
  )
  for (const { table_name: table, column_name: column } of rows) {
    await client.query(
      `select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${quoted(column)}) from ${quoted(table)}), 0) + 1, false)`,
      [quoted(table), column],
    )
  }
}

async function postgresChecksum(client: PoolClient, plan: TablePlan): Promise<{ rows: number; checksum: string }> {
  const columns = [...(plan.copiesRowid ? ['rowid'] : []), ...plan.columns.map((c) => c.name)]
  const result = await client.query({
    text: `select ${columns.map((c) => `${quoted(c)}::text`).join(', ')} from ${quoted(plan.table)}`,
    rowMode: 'array',
  })
  return { rows: result.rows.length, checksum: checksum(result.rows as (string | null)[][]) }
}

function sqliteChecksum(rows: Record<string, unknown>[], plan: TablePlan): string {
  const types = [...(plan.copiesRowid ? [{ name: 'rowid', type: 'bigint' }] : []), ...plan.columns]
  return checksum(rows.map((row) => types.map((column) => asPostgresText(row[column.name], column.type))))
}

/**
 * Copies a council's SQLite database into an empty, migrated PostgreSQL database (decision 021): every table in
 * dependency order in one transaction, ids and values kept (SQLite's rowid into the identity column named rowid, as
 * decision 020 set out), identity sequences moved past the copied values; then, still inside the transaction, each
 * table's row count and content checksum are compared on both sides, and any difference undoes the whole copy.
 * Refuses a target that holds any row, and a SQLite table with rows that has no PostgreSQL twin yet.
 */
export async function copyToPostgres(
  source: DatabaseHandle,
  target: PostgresDatabaseHandle,
): Promise<Result<CopySummary>> {
  const client = await target.pool.connect()
  try {
    const fromSqlite = sqliteTables(source)
    const twins = await postgresColumns(client)
    const notEmpty: string[] = []
    for (const table of twins.keys()) {
      const { rows } = await client.query(`select exists (select 1 from ${quoted(table)}) as found`)
      if (rows[0]?.found) notEmpty.push(table)
    }
    if (notEmpty.length > 0)
      return fail({
        path: 'to',
        message: `The PostgreSQL database ${target.path} already holds rows (in ${notEmpty.join(', ')}). Copy only into a new, empty database: nothing has been copied.`,
      })
    const emptyWithoutTwin: string[] = []
    const leftBehind: string[] = []
    for (const table of fromSqlite.keys()) {
      if (twins.has(table)) continue
      const count = source.sqlite.prepare(`select count(*) as n from ${quoted(table)}`).get() as { n: number }
      ;(count.n > 0 ? leftBehind : emptyWithoutTwin).push(table)
    }
    if (leftBehind.length > 0)
      return fail({
        path: 'from',
        message: `These tables hold rows but do not exist on PostgreSQL in this version: ${leftBehind.join(', ')}. Nothing has been copied; use a version of Open SDS that has them on PostgreSQL.`,
      })
    const plans: TablePlan[] = []
    for (const table of await dependencyOrder(
      client,
      [...twins.keys()].filter((name) => fromSqlite.has(name)),
    )) {
      const twin = twins.get(table) ?? { columns: [], hasRowid: false }
      const sqliteColumns = fromSqlite.get(table) ?? []
      const missing = twin.columns.filter((column) => !sqliteColumns.includes(column.name)).map((c) => c.name)
      const extra = sqliteColumns.filter((name) => !twin.columns.some((column) => column.name === name))
      if (missing.length > 0 || extra.length > 0)
        return fail({
          path: 'from',
          message: `The table ${table} has different columns in the two databases (${[...missing, ...extra].join(', ')}). Migrate the SQLite file with the same version of Open SDS (open-sds-db migrate) and try again: nothing has been copied.`,
        })
      plans.push({ table, columns: twin.columns, copiesRowid: twin.hasRowid })
    }
    await client.query('begin')
    try {
      const copied: CopiedTable[] = []
      for (const plan of plans) {
        const rows = sqliteRows(source, plan)
        await copyTable(client, rows, plan)
        const expected = sqliteChecksum(rows, plan)
        const found = await postgresChecksum(client, plan)
        if (found.rows !== rows.length || found.checksum !== expected)
          throw new Error(
            `the table ${plan.table} does not match after copying (${rows.length} rows in SQLite, ${found.rows} in PostgreSQL${found.rows === rows.length ? ', with different content' : ''})`,
          )
        copied.push({ table: plan.table, rows: rows.length, checksum: expected })
      }
      await resetIdentities(client)
      await client.query('commit')
      return ok({ tables: copied, emptyWithoutTwin })
    } catch (error) {
      await client.query('rollback').catch(() => undefined)
      return fail({
        path: 'to',
        message: `The copy into ${target.path} was undone, so the PostgreSQL database is empty again: ${errorMessage(error)}.`,
      })
    }
  } finally {
    client.release()
  }
}
