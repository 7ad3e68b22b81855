import { sql } from 'drizzle-orm'
import { boolean, check, index, pgTable, text } from 'drizzle-orm/pg-core'
import { outboxDeliveryStatuses } from '../../schema/outbox-deliveries.js'
import { int, oneOf, timeMs } from '../columns.js'

// The PostgreSQL twin of ../../schema/outbox-deliveries.ts, which says what this table means (decision 041).

export const outboxDeliveries = pgTable(
  'outbox_deliveries',
  {
    // No foreign key, as for outbox_messages itself: a rebuild of that table must not be held up by this one.
    messageId: text('message_id').primaryKey(),
    status: text('status', { enum: outboxDeliveryStatuses }).notNull(),
    attempts: int('attempts').notNull(),
    nextAttemptAt: timeMs('next_attempt_at').notNull(),
    checkFirst: boolean('check_first').notNull(),
    claimId: text('claim_id'),
    claimedUntil: timeMs('claimed_until'),
    sendBy: timeMs('send_by'),
    notifyId: text('notify_id'),
    reason: text('reason'),
    updatedAt: timeMs('updated_at').notNull(),
  },
  (table) => [
    index('outbox_deliveries_due').on(table.status, table.nextAttemptAt),
    check('outbox_deliveries_status_known', sql`${table.status} in (${oneOf(outboxDeliveryStatuses)})`),
    check('outbox_deliveries_attempts_not_negative', sql`${table.attempts} >= 0`),
  ],
)
