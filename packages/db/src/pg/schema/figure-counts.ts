import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { jsonValue, timeMs } from '../columns.js'

// The PostgreSQL twin of ../../schema/figure-counts.ts, which says what this table means (decision 022).

export const figureCounts = pgTable(
  'figure_counts',
  {
    figure: text('figure').notNull(),
    key: text('key').notNull(),
    params: jsonValue<Record<string, unknown>>('params').notNull(),
    requestedAt: timeMs('requested_at'),
    startedAt: timeMs('started_at'),
    countedAt: timeMs('counted_at'),
    value: jsonValue<unknown>('value'),
    problem: text('problem'),
  },
  (table) => [
    primaryKey({ columns: [table.figure, table.key] }),
    index('figure_counts_requested_at').on(table.requestedAt),
  ],
)
