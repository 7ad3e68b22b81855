import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/*
 * Sending the outbox through GOV.UK Notify (issue 15, decision 041).
 *
 * `outbox_messages` never changes (decision 027), so how each message is getting on lives here, one row per message,
 * written in the same statement group as the message itself:
 *
 * - `queued`: waiting for `next_attempt_at`. `check_first` says an earlier attempt may have reached Notify (the worker
 *   stopped, or the connection failed, before the answer was stored): Notify is asked for the message's reference
 *   before it is sent again, so a retry never sends twice.
 * - `sending`: claimed by a worker (`claim_id`) until `claimed_until`; a claim that runs out is an attempt whose
 *   outcome is unknown, and goes back to `queued` with `check_first`.
 * - `sent`: Notify accepted it (`notify_id`); `delivered` once Notify says it arrived.
 * - `failed`: never to be tried again, with the reason in plain words (Notify's own, where it gave one).
 * - `held`: not for sending: written before this portal sent messages, or on an instance with no Notify key (the
 *   demo), where an administrator reads it in the portal instead.
 */
export const outboxDeliveryStatuses = ['queued', 'sending', 'sent', 'delivered', 'failed', 'held'] as const
export type OutboxDeliveryStatus = (typeof outboxDeliveryStatuses)[number]

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

export const outboxDeliveries = sqliteTable(
  'outbox_deliveries',
  {
    // No foreign key, as for outbox_messages itself: a rebuild of that table must not be held up by this one.
    messageId: text('message_id').primaryKey(),
    status: text('status', { enum: outboxDeliveryStatuses }).notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    checkFirst: integer('check_first', { mode: 'boolean' }).notNull(),
    claimId: text('claim_id'),
    claimedUntil: integer('claimed_until', { mode: 'timestamp_ms' }),
    // A message whose link stops working is not worth sending after it has.
    sendBy: integer('send_by', { mode: 'timestamp_ms' }),
    notifyId: text('notify_id'),
    // Why the last attempt did not succeed, or why the message failed for good.
    reason: text('reason'),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('outbox_deliveries_due').on(table.status, table.nextAttemptAt),
    check('outbox_deliveries_status_known', sql`${table.status} in (${oneOf(outboxDeliveryStatuses)})`),
    check('outbox_deliveries_check_first_boolean', sql`${table.checkFirst} in (0, 1)`),
    check('outbox_deliveries_attempts_not_negative', sql`${table.attempts} >= 0`),
  ],
)
