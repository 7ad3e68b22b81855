import { sql } from 'drizzle-orm'
import { boolean, check, index, pgTable, text } from 'drizzle-orm/pg-core'
import { shortTermServiceTypes } from '../../schema/statutory-returns.js'
import { int, oneOf, timeMs } from '../columns.js'
import { people, users } from '../schema.js'

// The PostgreSQL twin of ../../schema/statutory-returns.ts, which says what these tables mean.

export const personReturnDetails = pgTable(
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
    hasUnpaidCarer: boolean('has_unpaid_carer'),
    clientFundingStatus: text('client_funding_status'),
    dateOfDeath: text('date_of_death'),
    updatedByUserId: text('updated_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    updatedAt: timeMs('updated_at').notNull(),
  },
  (table) => [
    check(
      'person_return_details_date_of_death_date',
      sql`${table.dateOfDeath} is null or is_calendar_date(${table.dateOfDeath})`,
    ),
  ],
)

export const shortTermSupport = pgTable(
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
    weeklyCostPence: int('weekly_cost_pence'),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: timeMs('recorded_at').notNull(),
  },
  (table) => [
    index('short_term_support_person_id_started_on').on(table.personId, table.startedOn),
    index('short_term_support_type_started_on').on(table.serviceType, table.startedOn),
    check('short_term_support_type_known', sql`${table.serviceType} in (${oneOf(shortTermServiceTypes)})`),
    check('short_term_support_started_on_date', sql`is_calendar_date(${table.startedOn})`),
    check(
      'short_term_support_ended_on_date',
      sql`${table.endedOn} is null or (is_calendar_date(${table.endedOn}) and ${table.endedOn} >= ${table.startedOn})`,
    ),
    check('short_term_support_outcome_when_ended', sql`(${table.endedOn} is null) = (${table.outcome} is null)`),
    // bigint already refuses a fraction; what is left to check is that a cost is not negative.
    check('short_term_support_cost_whole', sql`${table.weeklyCostPence} is null or ${table.weeklyCostPence} >= 0`),
  ],
)
