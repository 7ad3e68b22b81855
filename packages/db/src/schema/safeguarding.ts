/*
 * Safeguarding (see @open-sds/safeguarding). Access to these tables is tighter than to any other: only staff listed in
 * `safeguarding_staff` may see a concern, and the portal audits every read. For a reader counting with plain SQL:
 *
 * - `safeguarding_concerns`: one row per concern, never changed or removed. `concern` is the JSON the safeguarding
 *   package's createConcern produced; the columns beside it are copied out of it so the annual counts and the triage
 *   list need no JSON: `received_on` (the date in England), `age_band`, `location_of_risk`, `source_of_risk`,
 *   `person_id` (null when the person at risk is not yet identified) and `needs_follow_up`.
 * - `safeguarding_concern_flood_marks`: concerns that came beyond the hourly limit from one address. They are stored
 *   like any other (a genuine report is never refused) and grouped by `flood_group` for triage, so a flood cannot
 *   bury a real concern. The address itself is never stored.
 * - `safeguarding_concern_types`: the categories of abuse or neglect a concern names, one row each.
 * - `safeguarding_concern_shares`: a practitioner's decision to let the person see a concern someone else raised.
 * - `safeguarding_immediate_actions`: what was done to keep the adult safe now, once the concern was taken in: what,
 *   the day (`done_on`) and who did it (`taken_by`), with who recorded it and when; append-only.
 * - `section42_decisions`: the three section 42 decisions with their reasons, append-only; the latest counts.
 * - `safeguarding_enquiries`: one enquiry per concern at most. `enquiry` is the package's Enquiry JSON as it now
 *   stands, `version` counts its changes, and each change is a row in `safeguarding_enquiry_events` (append-only).
 *   A closed enquiry never changes again, and cannot be closed without `risk_outcome_row` (SAC SG2c) and `msp_row`;
 *   `risk_result_row` (SG2e) is set only where a risk was identified.
 * - `positive_risk_assessments` and `positive_risk_decisions`: a risk the person chooses to take, as they recorded it
 *   and rated on the council's matrix, and the decisions agreeing it (append-only; the latest counts).
 *
 * Dates in England are text (YYYY-MM-DD); instants are integer milliseconds since the Unix epoch (UTC).
 */
import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { recordLinkHows } from '../vocabulary.js'
import { people, users } from '../schema.js'

export const enquiryKinds = ['section-42', 'other'] as const
export const enquiryStatuses = ['open', 'closed'] as const
export const section42Outcomes = ['section-42-enquiry', 'other-enquiry', 'closed'] as const
export const positiveRiskOutcomes = ['agreed', 'agreed-with-conditions', 'not-agreed'] as const

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

// Who is safeguarding-authorised: a subset of practitioners, kept as a list of accounts rather than a role, because
// a safeguarding lead is still a practitioner everywhere else in the portal.
export const safeguardingStaff = sqliteTable('safeguarding_staff', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'restrict' }),
  grantedAt: integer('granted_at', { mode: 'timestamp_ms' }).notNull(),
  grantedByUserId: text('granted_by_user_id').references(() => users.id, { onDelete: 'restrict' }),
})

// The last sequence number given out for concern references in each calendar year (SG-2026-000123).
export const safeguardingReferenceCounters = sqliteTable('safeguarding_reference_counters', {
  year: integer('year').primaryKey(),
  lastSequence: integer('last_sequence').notNull(),
})

export const safeguardingConcerns = sqliteTable(
  'safeguarding_concerns',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull(),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
    receivedOn: text('received_on').notNull(),
    // RESTRICT: a person's record cannot go while a concern about them is held.
    personId: text('person_id').references(() => people.id, { onDelete: 'restrict' }),
    ageBand: text('age_band').notNull(),
    dateOfBirth: text('date_of_birth'),
    locationOfRisk: text('location_of_risk'),
    sourceOfRisk: text('source_of_risk'),
    needsFollowUp: integer('needs_follow_up', { mode: 'boolean' }).notNull(),
    // Null for a report made without signing in.
    raisedByUserId: text('raised_by_user_id').references(() => users.id, { onDelete: 'restrict' }),
    concern: text('concern', { mode: 'json' }).$type<unknown>().notNull(),
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
    check('safeguarding_concerns_received_on_date', sql`date(${table.receivedOn}) is ${table.receivedOn}`),
    check(
      'safeguarding_concerns_date_of_birth_date',
      sql`${table.dateOfBirth} is null or date(${table.dateOfBirth}) is ${table.dateOfBirth}`,
    ),
    check('safeguarding_concerns_follow_up_boolean', sql`${table.needsFollowUp} in (0, 1)`),
    // A concern that names no person on record must be followed up: nobody may quietly file it.
    check(
      'safeguarding_concerns_unidentified_followed_up',
      sql`${table.personId} is not null or ${table.needsFollowUp} = 1`,
    ),
    check('safeguarding_concerns_concern_json', sql`json_valid(${table.concern})`),
  ],
)

export const safeguardingConcernTypes = sqliteTable(
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

export const safeguardingConcernShares = sqliteTable(
  'safeguarding_concern_shares',
  {
    id: text('id').primaryKey(),
    concernId: text('concern_id')
      .notNull()
      .references(() => safeguardingConcerns.id, { onDelete: 'restrict' }),
    sharedByUserId: text('shared_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    sharedAt: integer('shared_at', { mode: 'timestamp_ms' }).notNull(),
    reason: text('reason').notNull(),
  },
  (table) => [
    uniqueIndex('safeguarding_concern_shares_concern_id').on(table.concernId),
    check('safeguarding_concern_shares_reason_not_blank', sql`length(trim(${table.reason})) > 0`),
  ],
)

// A concern about someone not on record when it came in, linked later to a person's record: found by search, or
// created from what the concern says. One link per concern, never changed or removed; the concern's own person_id is
// set in the same transaction, the one change its trigger allows (from none to the person this row names).
export const concernLinkHows = recordLinkHows

export const safeguardingConcernLinks = sqliteTable(
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
    linkedAt: integer('linked_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [check('safeguarding_concern_links_how_known', sql`${table.how} in (${oneOf(concernLinkHows)})`)],
)

export const safeguardingImmediateActions = sqliteTable(
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
    recordedAt: integer('recorded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('safeguarding_immediate_actions_concern_id').on(table.concernId, table.recordedAt),
    check('safeguarding_immediate_actions_what_not_blank', sql`length(trim(${table.whatWasDone})) > 0`),
    check('safeguarding_immediate_actions_by_not_blank', sql`length(trim(${table.takenBy})) > 0`),
    check('safeguarding_immediate_actions_done_on_date', sql`date(${table.doneOn}) is ${table.doneOn}`),
  ],
)

export const section42Decisions = sqliteTable(
  'section42_decisions',
  {
    id: text('id').primaryKey(),
    concernId: text('concern_id')
      .notNull()
      .references(() => safeguardingConcerns.id, { onDelete: 'restrict' }),
    decidedByUserId: text('decided_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }).notNull(),
    outcome: text('outcome', { enum: section42Outcomes }).notNull(),
    decision: text('decision', { mode: 'json' }).$type<unknown>().notNull(),
  },
  (table) => [
    index('section42_decisions_concern_id_decided_at').on(table.concernId, table.decidedAt),
    check('section42_decisions_outcome_known', sql`${table.outcome} in (${oneOf(section42Outcomes)})`),
    check('section42_decisions_decision_json', sql`json_valid(${table.decision})`),
  ],
)

export const safeguardingEnquiries = sqliteTable(
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
    openedAt: integer('opened_at', { mode: 'timestamp_ms' }).notNull(),
    openedByUserId: text('opened_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    status: text('status', { enum: enquiryStatuses }).notNull(),
    version: integer('version').notNull(),
    // The risk as it now stands: a JSON array of category ids, read with json_each when counting.
    typesOfAbuse: text('types_of_abuse', { mode: 'json' }).$type<string[]>().notNull(),
    locationOfRisk: text('location_of_risk'),
    sourceOfRisk: text('source_of_risk'),
    closedOn: text('closed_on'),
    // SAC SG2c (action taken and result): the finding and whether action was taken, e.g. `inconclusive-action-taken`.
    riskOutcomeRow: text('risk_outcome_row'),
    // SAC SG2e, only where a risk was identified: remained, reduced, removed, or not-recorded for enquiries closed
    // before the result was asked apart from the action (migration 0010).
    riskResultRow: text('risk_result_row'),
    mspRow: text('msp_row'),
    enquiry: text('enquiry', { mode: 'json' }).$type<unknown>().notNull(),
  },
  (table) => [
    uniqueIndex('safeguarding_enquiries_concern_id').on(table.concernId),
    // Both cover every column the annual counts read, so counting never visits the table itself: enquiries started
    // and the people in them by the first index, concluded enquiries by type, location, source, outcome and MSP by the
    // second (bench/safeguarding-counts-sqlite.ts measures it).
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
    check('safeguarding_enquiries_opened_on_date', sql`date(${table.openedOn}) is ${table.openedOn}`),
    check(
      'safeguarding_enquiries_version_positive',
      sql`typeof(${table.version}) = 'integer' and ${table.version} >= 1`,
    ),
    check(
      'safeguarding_enquiries_types_json',
      sql`json_valid(${table.typesOfAbuse}) and json_type(${table.typesOfAbuse}) = 'array'`,
    ),
    check('safeguarding_enquiries_enquiry_json', sql`json_valid(${table.enquiry})`),
    // An enquiry cannot close without a recorded risk outcome (and its Making Safeguarding Personal row); an open one
    // has no closure at all. Written so that a missing value is false, not null.
    check(
      'safeguarding_enquiries_closed_complete',
      sql`(${table.status} = 'open' and ${table.closedOn} is null and ${table.riskOutcomeRow} is null and ${table.mspRow} is null) or (${table.status} = 'closed' and ${table.closedOn} is not null and date(${table.closedOn}) is ${table.closedOn} and ${table.riskOutcomeRow} is not null and length(trim(${table.riskOutcomeRow})) > 0 and ${table.mspRow} is not null)`,
    ),
  ],
)

export const safeguardingEnquiryEvents = sqliteTable(
  'safeguarding_enquiry_events',
  {
    id: text('id').primaryKey(),
    enquiryId: text('enquiry_id')
      .notNull()
      .references(() => safeguardingEnquiries.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    event: text('event').notNull(),
    actorUserId: text('actor_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    // What was recorded in this change, as given.
    detail: text('detail', { mode: 'json' }).$type<unknown>().notNull(),
  },
  (table) => [
    uniqueIndex('safeguarding_enquiry_events_enquiry_id_version').on(table.enquiryId, table.version),
    check('safeguarding_enquiry_events_detail_json', sql`json_valid(${table.detail})`),
  ],
)

export const positiveRiskAssessments = sqliteTable(
  'positive_risk_assessments',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    // The support plan this risk belongs to, when there is one. Text without a foreign key on purpose: plans live in
    // another domain's tables, and a risk may be recorded before a plan exists.
    supportPlanId: text('support_plan_id'),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: integer('recorded_at', { mode: 'timestamp_ms' }).notNull(),
    // The risk in the person's words: what it is, whose it is, their view, the benefit, how it is reduced.
    proposal: text('proposal', { mode: 'json' }).$type<unknown>().notNull(),
    // The rating with its explanation, on the matrix named beside it.
    rating: text('rating', { mode: 'json' }).$type<unknown>().notNull(),
    matrixId: text('matrix_id').notNull(),
    matrixVersion: text('matrix_version').notNull(),
    score: integer('score').notNull(),
  },
  (table) => [
    index('positive_risk_assessments_person_id_recorded_at').on(table.personId, table.recordedAt),
    index('positive_risk_assessments_support_plan_id').on(table.supportPlanId),
    check('positive_risk_assessments_proposal_json', sql`json_valid(${table.proposal})`),
    check('positive_risk_assessments_rating_json', sql`json_valid(${table.rating})`),
    check('positive_risk_assessments_score_whole', sql`typeof(${table.score}) = 'integer' and ${table.score} >= 1`),
  ],
)

export const positiveRiskDecisions = sqliteTable(
  'positive_risk_decisions',
  {
    id: text('id').primaryKey(),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => positiveRiskAssessments.id, { onDelete: 'restrict' }),
    decidedByUserId: text('decided_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }).notNull(),
    outcome: text('outcome', { enum: positiveRiskOutcomes }).notNull(),
    reviewOn: text('review_on').notNull(),
    // The package's PositiveRiskAssessment exactly as produced: decision, who made it, rating and explanation.
    assessment: text('assessment', { mode: 'json' }).$type<unknown>().notNull(),
  },
  (table) => [
    index('positive_risk_decisions_assessment_id_decided_at').on(table.assessmentId, table.decidedAt),
    check('positive_risk_decisions_outcome_known', sql`${table.outcome} in (${oneOf(positiveRiskOutcomes)})`),
    check('positive_risk_decisions_review_on_date', sql`date(${table.reviewOn}) is ${table.reviewOn}`),
    check('positive_risk_decisions_assessment_json', sql`json_valid(${table.assessment})`),
  ],
)

export const safeguardingConcernFloodMarks = sqliteTable(
  'safeguarding_concern_flood_marks',
  {
    concernId: text('concern_id')
      .primaryKey()
      .references(() => safeguardingConcerns.id, { onDelete: 'restrict' }),
    // A random id per address and hour, made in memory: the concerns one flood sent share it, nothing names the address.
    floodGroup: text('flood_group').notNull(),
  },
  (table) => [index('safeguarding_concern_flood_marks_flood_group').on(table.floodGroup)],
)
