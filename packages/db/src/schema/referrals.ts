/*
 * Requests for help with care and support (issue 18): "Ask for help", for oneself, for someone else or as a carer,
 * from anyone, signed in or not. `referrals` keeps each as it was sent, never changed or removed; what happens to it
 * is its work item's (the front door's queue). `details` is the checked request as JSON (@open-sds/support-planning's
 * Referral); `kind` is copied out of it. `flood_group` marks one sent beyond the hourly limit from one address, as a
 * safeguarding concern's flood mark does; the address itself is never stored.
 */
import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from '../schema.js'

export const referralKinds = ['self', 'someone-else', 'carer'] as const

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

export const referrals = sqliteTable(
  'referrals',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull(),
    kind: text('kind', { enum: referralKinds }).notNull(),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
    raisedByUserId: text('raised_by_user_id').references(() => users.id, { onDelete: 'restrict' }),
    floodGroup: text('flood_group'),
    details: text('details', { mode: 'json' }).$type<unknown>().notNull(),
  },
  (table) => [
    uniqueIndex('referrals_reference').on(table.reference),
    index('referrals_received_at').on(table.receivedAt),
    check('referrals_kind_known', sql`${table.kind} in (${oneOf(referralKinds)})`),
    check('referrals_details_json', sql`json_valid(${table.details})`),
  ],
)
