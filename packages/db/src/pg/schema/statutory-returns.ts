import { sql } from 'drizzle-orm'
import { boolean, check, pgTable, text } from 'drizzle-orm/pg-core'
import { timeMs } from '../columns.js'
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
