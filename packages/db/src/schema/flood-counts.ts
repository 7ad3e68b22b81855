import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

// Public forms count what each address sends in an hour, here rather than in one process's memory, so that every
// portal process sharing the database shares the count (issue 13). No address is stored: only a keyed hash of it,
// with a random key made for that hour alone. Rows of past hours, key included, are deleted as soon as a later hour
// is counted, after which nothing links a flood group to an address (decision 023). Plain integer and text columns.

/** The random key of one hour (hours since the Unix epoch), used to hash addresses counted in that hour. */
export const floodHourKeys = sqliteTable(
  'flood_hour_keys',
  {
    hour: integer('hour').notNull(),
    key: text('key').notNull(),
  },
  // A key of its own rather than the row id, so the hour is only ever the one given.
  (table) => [primaryKey({ columns: [table.hour] })],
)

/** How many times one hashed address has used one public form (`limit_name`) in one hour, with that flood's group. */
export const floodCounts = sqliteTable(
  'flood_counts',
  {
    limitName: text('limit_name').notNull(),
    hour: integer('hour').notNull(),
    addressHash: text('address_hash').notNull(),
    count: integer('count').notNull(),
    floodGroup: text('flood_group').notNull(),
  },
  (table) => [primaryKey({ columns: [table.limitName, table.hour, table.addressHash] })],
)
