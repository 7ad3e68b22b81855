import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { int } from '../columns.js'

// The PostgreSQL twin of ../../schema/flood-counts.ts, which says what these tables mean (decision 023).

export const floodHourKeys = pgTable(
  'flood_hour_keys',
  {
    hour: int('hour').notNull(),
    key: text('key').notNull(),
  },
  (table) => [primaryKey({ columns: [table.hour] })],
)

export const floodCounts = pgTable(
  'flood_counts',
  {
    limitName: text('limit_name').notNull(),
    hour: int('hour').notNull(),
    addressHash: text('address_hash').notNull(),
    count: int('count').notNull(),
    floodGroup: text('flood_group').notNull(),
  },
  (table) => [primaryKey({ columns: [table.limitName, table.hour, table.addressHash] })],
)
