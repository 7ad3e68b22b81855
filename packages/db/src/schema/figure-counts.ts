import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

// Figures too long to count while a page waits (the progress dashboard, the annual safeguarding counts, the Client
// Level Data file) are counted by a worker with its own database handle and kept here, one row per figure and
// period, with when they were counted (decision 022). Serving a page reads one row. Asking for a recount sets
// `requested_at`; a worker takes the row by setting `started_at` and, when done, stores the value counted as at
// `started_at`. The row is shared by every portal process on the database, so nothing is held in one process.

export const figureCounts = sqliteTable(
  'figure_counts',
  {
    /** Which figure: 'progress-dashboard', 'safeguarding-counts', 'client-level-data'. */
    figure: text('figure').notNull(),
    /** Which period (and form) of it, e.g. the day '2026-12-02', the year '2025', or '2025-10-01..2026-09-30 R2'. */
    key: text('key').notNull(),
    /** What the worker needs to count it: the period and options, as JSON. */
    params: text('params', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** When a count was last asked for and not yet finished; null when nothing is waiting. */
    requestedAt: integer('requested_at', { mode: 'timestamp_ms' }),
    /** When a worker took the count on; null when no count is under way. A stale one is taken again. */
    startedAt: integer('started_at', { mode: 'timestamp_ms' }),
    /** The instant the stored value was counted as at (its count's start). */
    countedAt: integer('counted_at', { mode: 'timestamp_ms' }),
    /** The last value counted (already suppressed by its package where it is published), as JSON. */
    value: text('value', { mode: 'json' }).$type<unknown>(),
    /** Why the last count failed, in words for the administrator, when it did. */
    problem: text('problem'),
  },
  (table) => [
    primaryKey({ columns: [table.figure, table.key] }),
    index('figure_counts_requested_at').on(table.requestedAt),
  ],
)
