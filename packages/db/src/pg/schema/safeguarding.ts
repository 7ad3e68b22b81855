import { sql } from 'drizzle-orm'
import { boolean, check, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { concernLinkHows, enquiryKinds, enquiryStatuses, section42Outcomes } from '../../schema/safeguarding.js'
import { int, jsonbValue, jsonValue, oneOf, timeMs } from '../columns.js'
import { people, users } from '../schema.js'

// The PostgreSQL twin of the safeguarding tables in ../../schema/safeguarding.ts, which says what they mean. The
// positive risk tables beside them there move with the positive risks repository.

export const safeguardingStaff = pgTable('safeguarding_staff', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'restrict' }),
  grantedAt: timeMs('granted_at').notNull(),
  grantedByUserId: text('granted_by_user_id').references(() => users.id, { onDelete: 'restrict' }),
})

export const safeguardingReferenceCounters = pgTable('safeguarding_reference_counters', {
  // SQLite's INTEGER PRIMARY KEY numbers a row left without one; an identity column is its twin. A year is always given.
  year: int('year').primaryKey().generatedByDefaultAsIdentity(),
  lastSequence: int('last_sequence').notNull(),
})

export const safeguardingConcerns = pgTable(
  'safeguarding_concerns',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull(),
    receivedAt: timeMs('received_at').notNull(),
    receivedOn: text('received_on').notNull(),
    personId: text('person_id').references(() => people.id, { onDelete: 'restrict' }),
    ageBand: text('age_band').notNull(),
    dateOfBirth: text('date_of_birth'),
    locationOfRisk: text('location_of_risk'),
    sourceOfRisk: text('source_of_risk'),
    needsFollowUp: boolean('needs_follow_up').notNull(),
    raisedByUserId: text('raised_by_user_id').references(() => users.id, { onDelete: 'restrict' }),
    concern: jsonValue<unknown>('concern').notNull(),
  },
  (table) => [
    uniqueIndex('safeguarding_concerns_reference').on(table.reference),
    index('safeguarding_concerns_received_on').on(table.receivedOn),
    index('safeguarding_concerns_received_at').on(table.receivedAt),
    index('safeguarding_concerns_person_id').on(table.personId),
    index('safeguarding_concerns_location_of_risk').on(table.locationOfRisk),
    index('safeguarding_concerns_source_of_risk').on(table.sourceOfRisk),
    index('safeguarding_concerns_age_band').on(table.ageBand),
    index('safeguarding_concerns_needs_follow_up').on(table.needsFollowUp, table.receivedAt),
    check('safeguarding_concerns_reference_not_blank', sql`length(trim(${table.reference})) > 0`),
    check('safeguarding_concerns_received_on_date', sql`is_calendar_date(${table.receivedOn})`),
    check(
      'safeguarding_concerns_date_of_birth_date',
      sql`${table.dateOfBirth} is null or is_calendar_date(${table.dateOfBirth})`,
    ),
    check(
      'safeguarding_concerns_unidentified_followed_up',
      sql`${table.personId} is not null or ${table.needsFollowUp}`,
    ),
  ],
)

export const safeguardingConcernTypes = pgTable(
  'safeguarding_concern_types',
  {
    concernId: text('concern_id')
      .notNull()
      .references(() => safeguardingConcerns.id, { onDelete: 'restrict' }),
    typeOfAbuse: text('type_of_abuse').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.concernId, table.typeOfAbuse] }),
    index('safeguarding_concern_types_type').on(table.typeOfAbuse, table.concernId),
  ],
)

export const safeguardingConcernShares = pgTable(
  'safeguarding_concern_shares',
  {
    id: text('id').primaryKey(),
    concernId: text('concern_id')
      .notNull()
      .references(() => safeguardingConcerns.id, { onDelete: 'restrict' }),
    sharedByUserId: text('shared_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    sharedAt: timeMs('shared_at').notNull(),
    reason: text('reason').notNull(),
  },
  (table) => [
    uniqueIndex('safeguarding_concern_shares_concern_id').on(table.concernId),
    check('safeguarding_concern_shares_reason_not_blank', sql`length(trim(${table.reason})) > 0`),
  ],
)

export const safeguardingConcernLinks = pgTable(
  'safeguarding_concern_links',
  {
    concernId: text('concern_id')
      .primaryKey()
      .references(() => safeguardingConcerns.id, { onDelete: 'restrict' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    how: text('how').notNull(),
    linkedByUserId: text('linked_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    linkedAt: timeMs('linked_at').notNull(),
  },
  (table) => [check('safeguarding_concern_links_how_known', sql`${table.how} in (${oneOf(concernLinkHows)})`)],
)

export const safeguardingImmediateActions = pgTable(
  'safeguarding_immediate_actions',
  {
    id: text('id').primaryKey(),
    concernId: text('concern_id')
      .notNull()
      .references(() => safeguardingConcerns.id, { onDelete: 'restrict' }),
    // What was done to keep the adult safe now, the day in England it was done (YYYY-MM-DD) and who did it.
    whatWasDone: text('what_was_done').notNull(),
    doneOn: text('done_on').notNull(),
    takenBy: text('taken_by').notNull(),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: timeMs('recorded_at').notNull(),
  },
  (table) => [
    index('safeguarding_immediate_actions_concern_id').on(table.concernId, table.recordedAt),
    check('safeguarding_immediate_actions_what_not_blank', sql`length(trim(${table.whatWasDone})) > 0`),
    check('safeguarding_immediate_actions_by_not_blank', sql`length(trim(${table.takenBy})) > 0`),
    check('safeguarding_immediate_actions_done_on_date', sql`is_calendar_date(${table.doneOn})`),
  ],
)

export const section42Decisions = pgTable(
  'section42_decisions',
  {
    id: text('id').primaryKey(),
    concernId: text('concern_id')
      .notNull()
      .references(() => safeguardingConcerns.id, { onDelete: 'restrict' }),
    decidedByUserId: text('decided_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: timeMs('decided_at').notNull(),
    outcome: text('outcome', { enum: section42Outcomes }).notNull(),
    decision: jsonValue<unknown>('decision').notNull(),
  },
  (table) => [
    index('section42_decisions_concern_id_decided_at').on(table.concernId, table.decidedAt),
    check('section42_decisions_outcome_known', sql`${table.outcome} in (${oneOf(section42Outcomes)})`),
  ],
)

export const safeguardingEnquiries = pgTable(
  'safeguarding_enquiries',
  {
    id: text('id').primaryKey(),
    concernId: text('concern_id')
      .notNull()
      .references(() => safeguardingConcerns.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: enquiryKinds }).notNull(),
    personId: text('person_id').references(() => people.id, { onDelete: 'restrict' }),
    ageBand: text('age_band').notNull(),
    openedOn: text('opened_on').notNull(),
    openedAt: timeMs('opened_at').notNull(),
    openedByUserId: text('opened_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    status: text('status', { enum: enquiryStatuses }).notNull(),
    version: int('version').notNull(),
    // jsonb, not json: the concluded index below covers it, and json has no btree ordering. jsonb keeps an array's
    // order, so the list of category ids reads back exactly as stored.
    typesOfAbuse: jsonbValue<string[]>('types_of_abuse').notNull(),
    locationOfRisk: text('location_of_risk'),
    sourceOfRisk: text('source_of_risk'),
    closedOn: text('closed_on'),
    riskOutcomeRow: text('risk_outcome_row'),
    riskResultRow: text('risk_result_row'),
    mspRow: text('msp_row'),
    enquiry: jsonValue<unknown>('enquiry').notNull(),
  },
  (table) => [
    uniqueIndex('safeguarding_enquiries_concern_id').on(table.concernId),
    index('safeguarding_enquiries_started').on(
      table.kind,
      table.openedOn,
      table.personId,
      table.ageBand,
      table.openedAt,
    ),
    index('safeguarding_enquiries_concluded').on(
      table.kind,
      table.closedOn,
      table.locationOfRisk,
      table.sourceOfRisk,
      table.riskOutcomeRow,
      table.mspRow,
      table.typesOfAbuse,
    ),
    index('safeguarding_enquiries_status').on(table.status),
    check('safeguarding_enquiries_kind_known', sql`${table.kind} in (${oneOf(enquiryKinds)})`),
    check('safeguarding_enquiries_status_known', sql`${table.status} in (${oneOf(enquiryStatuses)})`),
    check('safeguarding_enquiries_opened_on_date', sql`is_calendar_date(${table.openedOn})`),
    check('safeguarding_enquiries_version_positive', sql`${table.version} >= 1`),
    check('safeguarding_enquiries_types_json', sql`jsonb_typeof(${table.typesOfAbuse}) = 'array'`),
    check(
      'safeguarding_enquiries_closed_complete',
      sql`(${table.status} = 'open' and ${table.closedOn} is null and ${table.riskOutcomeRow} is null and ${table.mspRow} is null) or (${table.status} = 'closed' and ${table.closedOn} is not null and is_calendar_date(${table.closedOn}) and ${table.riskOutcomeRow} is not null and length(trim(${table.riskOutcomeRow})) > 0 and ${table.mspRow} is not null)`,
    ),
  ],
)

export const safeguardingEnquiryEvents = pgTable(
  'safeguarding_enquiry_events',
  {
    id: text('id').primaryKey(),
    enquiryId: text('enquiry_id')
      .notNull()
      .references(() => safeguardingEnquiries.id, { onDelete: 'restrict' }),
    version: int('version').notNull(),
    event: text('event').notNull(),
    actorUserId: text('actor_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    at: timeMs('at').notNull(),
    detail: jsonValue<unknown>('detail').notNull(),
  },
  (table) => [uniqueIndex('safeguarding_enquiry_events_enquiry_id_version').on(table.enquiryId, table.version)],
)

export const safeguardingConcernFloodMarks = pgTable(
  'safeguarding_concern_flood_marks',
  {
    concernId: text('concern_id')
      .primaryKey()
      .references(() => safeguardingConcerns.id, { onDelete: 'restrict' }),
    floodGroup: text('flood_group').notNull(),
  },
  (table) => [index('safeguarding_concern_flood_marks_flood_group').on(table.floodGroup)],
)
