/*
 * What the national returns (Client Level Data) need that the rest of the schema does not hold.
 *
 * - `person_return_details`: one row per person, beside `people`: NHS number, gender, ethnicity, postcode, primary
 *   support reason, accommodation and employment status, whether they have an unpaid carer, funding status, date of
 *   death. Coded values hold the neutral ids of @open-sds/statutory-returns (e.g. `white-irish`), unchecked here on
 *   purpose: a value brought in from an older system that is not on a national list is kept as it came, and the
 *   export names the person until it is put right. Dates are calendar dates in England.
 * - `short_term_support`: short-term support: help for a limited time, mostly to regain independence (reablement, "ST-Max" in the national
 * returns), recorded by a practitioner with its dates. A reader counting with plain SQL: a person "received ST-Max in
 * a period" when a row with `service_type = 'st-max'` started on or before the period's last day and had not ended
 * before its first; `ended_on` is null while it goes on. Dates are calendar dates in England (YYYY-MM-DD); coded
 * values are @open-sds/statutory-returns neutral ids.
 */
import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { people, users } from '../schema.js'

export const personReturnDetails = sqliteTable(
  'person_return_details',
  {
    personId: text('person_id')
      .primaryKey()
      .references(() => people.id, { onDelete: 'restrict' }),
    nhsNumber: text('nhs_number'),
    gender: text('gender'),
    ethnicity: text('ethnicity'),
    postcode: text('postcode'),
    primarySupportReason: text('primary_support_reason'),
    accommodationStatus: text('accommodation_status'),
    employmentStatus: text('employment_status'),
    hasUnpaidCarer: integer('has_unpaid_carer', { mode: 'boolean' }),
    clientFundingStatus: text('client_funding_status'),
    dateOfDeath: text('date_of_death'),
    updatedByUserId: text('updated_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    check(
      'person_return_details_date_of_death_date',
      sql`${table.dateOfDeath} is null or date(${table.dateOfDeath}) is ${table.dateOfDeath}`,
    ),
    check(
      'person_return_details_has_unpaid_carer_boolean',
      sql`${table.hasUnpaidCarer} is null or ${table.hasUnpaidCarer} in (0, 1)`,
    ),
  ],
)

export const shortTermServiceTypes = ['st-max', 'ongoing-low-level', 'other-short-term'] as const

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

export const shortTermSupport = sqliteTable(
  'short_term_support',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    serviceType: text('service_type', { enum: shortTermServiceTypes }).notNull(),
    component: text('component').notNull(),
    startedOn: text('started_on').notNull(),
    endedOn: text('ended_on'),
    outcome: text('outcome'),
    weeklyCostPence: integer('weekly_cost_pence'),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: integer('recorded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('short_term_support_person_id_started_on').on(table.personId, table.startedOn),
    index('short_term_support_type_started_on').on(table.serviceType, table.startedOn),
    check('short_term_support_type_known', sql`${table.serviceType} in (${oneOf(shortTermServiceTypes)})`),
    check('short_term_support_started_on_date', sql`date(${table.startedOn}) is ${table.startedOn}`),
    check(
      'short_term_support_ended_on_date',
      sql`${table.endedOn} is null or (date(${table.endedOn}) is ${table.endedOn} and ${table.endedOn} >= ${table.startedOn})`,
    ),
    // Support that has ended says why; support still going on has no outcome yet.
    check('short_term_support_outcome_when_ended', sql`(${table.endedOn} is null) = (${table.outcome} is null)`),
    check(
      'short_term_support_cost_whole',
      sql`${table.weeklyCostPence} is null or (typeof(${table.weeklyCostPence}) = 'integer' and ${table.weeklyCostPence} >= 0)`,
    ),
  ],
)
