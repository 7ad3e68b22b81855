// The PostgreSQL twin of ../../schema/referrals.ts: requests for help, kept as sent.
import { sql } from 'drizzle-orm'
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { referralKinds } from '../../schema/referrals.js'
import { jsonValue, oneOf, timeMs } from '../columns.js'
import { users } from '../schema.js'

export const referrals = pgTable(
  'referrals',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull(),
    kind: text('kind', { enum: referralKinds }).notNull(),
    receivedAt: timeMs('received_at').notNull(),
    raisedByUserId: text('raised_by_user_id').references(() => users.id, { onDelete: 'restrict' }),
    floodGroup: text('flood_group'),
    details: jsonValue<unknown>('details').notNull(),
  },
  (table) => [
    uniqueIndex('referrals_reference').on(table.reference),
    index('referrals_received_at').on(table.receivedAt),
    check('referrals_kind_known', sql`${table.kind} in (${oneOf(referralKinds)})`),
  ],
)
