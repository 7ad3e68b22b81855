/*
 * Requests for help with care and support (issue 18): "Ask for help", for oneself, for someone else or as a carer,
 * from anyone, signed in or not. `referrals` keeps each as it was sent, never changed or removed; what happens to it
 * is its work item's (the front door's queue). `details` is the checked request as JSON (@open-sds/support-planning's
 * Referral); `kind` is copied out of it. `flood_group` marks one sent beyond the hourly limit from one address, as a
 * safeguarding concern's flood mark does; the address itself is never stored.
 */
import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { people, users } from '../schema.js'
import { recordLinkHows, referralOutcomes } from '../vocabulary.js'

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

/**
 * The person a request is about, once a worker has found their record or made one from it: once, for good (a trigger
 * refuses a change), as a concern's link is.
 */
export const referralLinks = sqliteTable(
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
    linkedAt: integer('linked_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('referral_links_person_id').on(table.personId),
    check('referral_links_how_known', sql`${table.how} in (${oneOf(recordLinkHows)})`),
  ],
)

/** How a request ended, and the worker's note of why: once, for good. Its end date and outcome go to the CLD return. */
export const referralClosings = sqliteTable(
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
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('referral_closings_closed_at').on(table.closedAt),
    check('referral_closings_outcome_known', sql`${table.outcome} in (${oneOf(referralOutcomes)})`),
    check('referral_closings_note_not_blank', sql`length(trim(${table.note})) > 0`),
  ],
)
