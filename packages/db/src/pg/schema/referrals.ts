// The PostgreSQL twin of ../../schema/referrals.ts: requests for help, kept as sent.
import { sql } from 'drizzle-orm'
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { referralKinds } from '../../schema/referrals.js'
import { recordLinkHows, referralOutcomes } from '../../vocabulary.js'
import { jsonValue, oneOf, timeMs } from '../columns.js'
import { people, users } from '../schema.js'

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

export const referralLinks = pgTable(
  'referral_links',
  {
    referralId: text('referral_id')
      .primaryKey()
      .references(() => referrals.id, { onDelete: 'restrict' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    how: text('how', { enum: recordLinkHows }).notNull(),
    linkedByUserId: text('linked_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    linkedAt: timeMs('linked_at').notNull(),
  },
  (table) => [
    index('referral_links_person_id').on(table.personId),
    check('referral_links_how_known', sql`${table.how} in (${oneOf(recordLinkHows)})`),
  ],
)

export const referralClosings = pgTable(
  'referral_closings',
  {
    referralId: text('referral_id')
      .primaryKey()
      .references(() => referrals.id, { onDelete: 'restrict' }),
    outcome: text('outcome', { enum: referralOutcomes }).notNull(),
    note: text('note').notNull(),
    closedByUserId: text('closed_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    closedAt: timeMs('closed_at').notNull(),
  },
  (table) => [
    index('referral_closings_closed_at').on(table.closedAt),
    check('referral_closings_outcome_known', sql`${table.outcome} in (${oneOf(referralOutcomes)})`),
    check('referral_closings_note_not_blank', sql`length(trim(${table.note})) > 0`),
  ],
)
