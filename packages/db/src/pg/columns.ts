import { sql } from 'drizzle-orm'
import { bigint, customType } from 'drizzle-orm/pg-core'

// How each SQLite column kind is held in PostgreSQL (decision 020). The JavaScript value is the same on both engines,
// and so is what is stored, so a council's rows copy across one for one and the same SQL fragments work on both:
//
//   SQLite                                   PostgreSQL
//   integer (mode timestamp_ms) -> Date      bigint, milliseconds since the epoch (UTC)      -> Date   (`timeMs`)
//   integer (any other)         -> number    bigint                                          -> number (`int`)
//   integer (mode boolean)      -> boolean   boolean                                         -> boolean
//   text (mode json)            -> value     json (kept byte for byte: "stored exactly as given") -> value
//   text                        -> string    text; a calendar date stays YYYY-MM-DD text, checked by is_calendar_date()
//   blob (mode buffer)          -> Buffer    bytea                                           -> Buffer (`bytes`)

/** An instant, as integer milliseconds since the Unix epoch (UTC), read back as a Date. */
export const timeMs = customType<{ data: Date; driverData: string | number }>({
  dataType: () => 'bigint',
  toDriver: (value) => value.getTime(),
  // node-postgres hands a bigint over as a string; milliseconds fit a double exactly for the next 285,000 years.
  fromDriver: (value) => new Date(Number(value)),
})

/** A whole number (pence, counts, versions): a 64-bit integer like SQLite's, read back as a JavaScript number. */
export const int = (name: string) => bigint(name, { mode: 'number' })

/**
 * A JSON value, kept byte for byte as given (`json`, not `jsonb`, which reorders keys). node-postgres already parses
 * it on the way out; drizzle's own `json` column would parse again, turning a stored string like "0" into the number 0.
 */
export const jsonValue = <T>(name: string) =>
  customType<{ data: T; driverData: string }>({
    dataType: () => 'json',
    toDriver: (value) => JSON.stringify(value),
    fromDriver: (value) => value as T,
  })(name)

/**
 * A JSON value held as `jsonb`, for the few columns an index covers (`json` has no ordering an index can use). jsonb
 * keeps an array's order and its strings exactly, so use it only where the value is not an object whose key order or
 * spacing must be kept.
 */
export const jsonbValue = <T>(name: string) =>
  customType<{ data: T; driverData: string }>({
    dataType: () => 'jsonb',
    toDriver: (value) => JSON.stringify(value),
    fromDriver: (value) => value as T,
  })(name)

/** A CHECK's list of allowed values, written into the constraint: `${table.role} in (${oneOf(roles)})`. */
export const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

/** Bytes kept exactly as received (a file), as SQLite's `blob`: `bytea`, read back as a Buffer like better-sqlite3's. */
export const bytes = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => value,
})
