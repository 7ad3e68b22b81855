import { sql } from 'drizzle-orm'
import { check, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const reviewNoticeKinds = ['due', 'overdue'] as const
export type ReviewNoticeKind = (typeof reviewNoticeKinds)[number]

/*
 * Which plan reviews the person has been told of (issue 15): four weeks before the review date ("due") and once it has
 * passed ("overdue"). The key makes "never twice" the database's promise, whichever process or run gets there first:
 * a second insert of the same plan, date and kind does nothing, so no second message is written. A new review date
 * (after a review is held) is a new key. Kept for good, like the outbox it accounts for; no foreign key, like the
 * audit log. A direct payment's review (regulation 7, issue 14) is claimed here too: `plan_id` then holds
 * `direct-payment:<agreement id>` and `review_date` the date the review is due by.
 */
export const reviewNotices = sqliteTable(
  'review_notices',
  {
    planId: text('plan_id').notNull(),
    reviewDate: text('review_date').notNull(),
    kind: text('kind', { enum: reviewNoticeKinds }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.planId, table.reviewDate, table.kind] }),
    check('review_notices_kind_known', sql`${table.kind} in ('due', 'overdue')`),
  ],
)
