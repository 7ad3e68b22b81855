import { sql } from 'drizzle-orm'
import { check, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { reviewNoticeKinds } from '../../schema/review-notices.js'
import { timeMs } from '../columns.js'

// The PostgreSQL twin of ../../schema/review-notices.ts, which says what the table means (issue 15).

export const reviewNotices = pgTable(
  'review_notices',
  {
    planId: text('plan_id').notNull(),
    reviewDate: text('review_date').notNull(),
    kind: text('kind', { enum: reviewNoticeKinds }).notNull(),
    sentAt: timeMs('sent_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.planId, table.reviewDate, table.kind] }),
    check('review_notices_kind_known', sql`${table.kind} in ('due', 'overdue')`),
  ],
)
