import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { assessmentStatuses, relationships, roles } from './vocabulary.js'

// Times are stored as integer milliseconds since the Unix epoch (UTC) and read back as Date. One representation
// everywhere keeps comparisons exact and indexes cheap; nothing here stores local time.

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: roles }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
    // When the owner proved the address by following a link (issue 15); empty until then, and a personal account cannot
    // sign in while it is. Staff set their first password through a link to it, which proves it too.
    emailVerifiedAt: integer('email_verified_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    check('users_role_known', sql`${table.role} in (${oneOf(roles)})`),
    // Uniqueness is on the stored form, so the database refuses anything the repository did not normalise.
    check('users_email_normalised', sql`${table.email} = lower(trim(${table.email})) and length(${table.email}) > 0`),
  ],
)

// A person's record: the person who needs care and support. Special category data (UK GDPR article 9).
export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    displayName: text('display_name').notNull(),
    // A calendar date (YYYY-MM-DD), not an instant: a birthday does not move with time zones.
    dateOfBirth: text('date_of_birth'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // Staff find a person by date of birth (issue 18).
  (table) => [index('people_date_of_birth').on(table.dateOfBirth)],
)

export const personAccess = sqliteTable(
  'person_access',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    relationship: text('relationship', { enum: relationships }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.personId] }),
    index('person_access_person_id').on(table.personId),
    // A person has at most one account of their own; anyone else is a representative or a practitioner.
    uniqueIndex('person_access_one_self_per_person')
      .on(table.personId)
      .where(sql`${table.relationship} = 'self'`),
    check('person_access_relationship_known', sql`${table.relationship} in (${oneOf(relationships)})`),
  ],
)

export const sessions = sqliteTable(
  'sessions',
  {
    // The SHA-256 of the session token, never the token: a copy of the database must not let anyone sign in.
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [
    index('sessions_user_id').on(table.userId),
    index('sessions_expires_at').on(table.expiresAt),
    check('sessions_id_is_sha256_hex', sql`length(${table.id}) = 64 and ${table.id} not glob '*[^0-9a-f]*'`),
  ],
)

export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    succeeded: integer('succeeded', { mode: 'boolean' }).notNull(),
  },
  (table) => [index('login_attempts_key_at').on(table.key, table.at), index('login_attempts_at').on(table.at)],
)

// Append-only: a migration adds triggers that refuse UPDATE and DELETE. No foreign keys on purpose: the log must
// outlive what it describes, and an audit row must never be the reason a record cannot be changed.
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorUserId: text('actor_user_id'),
    action: text('action').notNull(),
    personId: text('person_id'),
    resource: text('resource').notNull(),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (table) => [index('audit_log_person_id_at').on(table.personId, table.at), index('audit_log_at').on(table.at)],
)

// A self-assessment questionnaire, answered at the person's own pace. A draft is saved and resumed; once submitted,
// its answers and the indicative budget worked out from them (with its explanation and RAS version) are fixed: a
// migration adds a trigger that refuses any change to a submitted row, so a later RAS version can never rewrite what
// the person was told.
export const assessments = sqliteTable(
  'assessments',
  {
    id: text('id').primaryKey(),
    // RESTRICT: a person's record cannot be removed while it still holds their assessments.
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    questionnaireId: text('questionnaire_id').notNull(),
    questionnaireVersion: text('questionnaire_version').notNull(),
    answers: text('answers', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    status: text('status', { enum: assessmentStatuses }).notNull(),
    // Accounts are disabled, never deleted, so who started and who last saved stay answerable.
    startedByUserId: text('started_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    lastUpdatedByUserId: text('last_updated_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    // True when the last account to save it was not the person's own, e.g. a representative filling it in for them.
    completedOnBehalf: integer('completed_on_behalf', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    // The indicative budget exactly as the caller worked it out, explanation included. Stored, never recomputed.
    budget: text('budget', { mode: 'json' }).$type<unknown>(),
    rasConfigId: text('ras_config_id'),
    rasConfigVersion: text('ras_config_version'),
    weeklyPence: integer('weekly_pence'),
  },
  (table) => [
    index('assessments_person_id_status').on(table.personId, table.status),
    index('assessments_status_submitted_at').on(table.status, table.submittedAt),
    // Resuming finds the one draft; two tabs starting at once cannot make a second.
    uniqueIndex('assessments_one_draft_per_person_questionnaire')
      .on(table.personId, table.questionnaireId)
      .where(sql`${table.status} = 'draft'`),
    check('assessments_status_known', sql`${table.status} in (${oneOf(assessmentStatuses)})`),
    check('assessments_answers_json', sql`json_valid(${table.answers})`),
    // A draft has no result; a submitted assessment has all of it.
    check(
      'assessments_submitted_complete',
      sql`(${table.status} = 'draft' and ${table.submittedAt} is null and ${table.budget} is null and ${table.rasConfigId} is null and ${table.rasConfigVersion} is null and ${table.weeklyPence} is null) or (${table.status} = 'submitted' and ${table.submittedAt} is not null and ${table.budget} is not null and json_valid(${table.budget}) and ${table.rasConfigId} is not null and ${table.rasConfigVersion} is not null and ${table.weeklyPence} is not null)`,
    ),
    check(
      'assessments_weekly_pence_whole',
      sql`${table.weeklyPence} is null or (typeof(${table.weeklyPence}) = 'integer' and ${table.weeklyPence} >= 0)`,
    ),
  ],
)

// A self-assessment sent without an indicative budget because the council's data could not give one (no resource
// allocation system in force, or one that cannot price the answers): the person's answers reach the council all the
// same, and a practitioner works the budget out. The assessment stays a draft (a submitted one carries a budget);
// triggers (migration 0018) keep this record and freeze the answers it was sent with.
export const assessmentBudgetsByHand = sqliteTable(
  'assessment_budgets_by_hand',
  {
    assessmentId: text('assessment_id')
      .primaryKey()
      .references(() => assessments.id, { onDelete: 'restrict' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    // Why no budget could be worked out, in plain words (from @open-sds/ras's budgetRefusalReason).
    reason: text('reason').notNull(),
    sentByUserId: text('sent_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    // True when the account that sent it was not the person's own.
    sentOnBehalf: integer('sent_on_behalf', { mode: 'boolean' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('assessment_budgets_by_hand_sent_at').on(table.sentAt),
    check('assessment_budgets_by_hand_reason_given', sql`length(trim(${table.reason})) > 0`),
  ],
)

// A practitioner's Care Act eligibility determination on a submitted self-assessment, with the weekly budget they
// agreed: the indicative one, or a different amount with a reason the person will see. Append-only: a migration adds
// triggers that refuse UPDATE and DELETE, so a decision is changed by recording a new one, and the latest counts. A
// further trigger refuses a decision unless its assessment is submitted, is the same person's and carries the same
// indicative amount.
export const eligibilityDecisions = sqliteTable(
  'eligibility_decisions',
  {
    id: text('id').primaryKey(),
    // RESTRICT throughout: a decision must keep its assessment, its person and who made it.
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'restrict' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    decidedByUserId: text('decided_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }).notNull(),
    // The determination exactly as the caller gave it (outcomes, wellbeing impact, notes). Stored, never recomputed.
    determination: text('determination', { mode: 'json' }).$type<unknown>().notNull(),
    eligible: integer('eligible', { mode: 'boolean' }).notNull(),
    indicativeWeeklyPence: integer('indicative_weekly_pence').notNull(),
    // Null exactly when the person is not eligible: there is then no budget to agree.
    agreedWeeklyPence: integer('agreed_weekly_pence'),
    changeReason: text('change_reason'),
  },
  (table) => [
    index('eligibility_decisions_assessment_id_decided_at').on(table.assessmentId, table.decidedAt),
    index('eligibility_decisions_person_id_decided_at').on(table.personId, table.decidedAt),
    check('eligibility_decisions_determination_json', sql`json_valid(${table.determination})`),
    check('eligibility_decisions_eligible_boolean', sql`${table.eligible} in (0, 1)`),
    check(
      'eligibility_decisions_indicative_pence_whole',
      sql`typeof(${table.indicativeWeeklyPence}) = 'integer' and ${table.indicativeWeeklyPence} >= 0`,
    ),
    check(
      'eligibility_decisions_agreed_pence_whole',
      sql`${table.agreedWeeklyPence} is null or (typeof(${table.agreedWeeklyPence}) = 'integer' and ${table.agreedWeeklyPence} >= 0)`,
    ),
    check(
      'eligibility_decisions_agreed_only_when_eligible',
      sql`(${table.eligible} = 1 and ${table.agreedWeeklyPence} is not null) or (${table.eligible} = 0 and ${table.agreedWeeklyPence} is null)`,
    ),
    check(
      'eligibility_decisions_change_reason_not_blank',
      sql`${table.changeReason} is null or length(trim(${table.changeReason})) > 0`,
    ),
    // Written so that a missing reason is false, not null: a CHECK that evaluates to null passes.
    check(
      'eligibility_decisions_change_has_reason',
      sql`${table.agreedWeeklyPence} is null or ${table.agreedWeeklyPence} = ${table.indicativeWeeklyPence} or (${table.changeReason} is not null and length(trim(${table.changeReason})) > 0)`,
    ),
  ],
)

// A version of a council's RAS configuration, as a council admin published it (for example after calibration), with
// the date it takes effect. Append-only: a migration adds triggers that refuse UPDATE and DELETE, so a budget that
// names a version can always be traced to the configuration that produced it. A change is a new version.
export const rasVersions = sqliteTable(
  'ras_versions',
  {
    id: text('id').primaryKey(),
    configId: text('config_id').notNull(),
    version: text('version').notNull(),
    // A calendar date (YYYY-MM-DD), not an instant: a version takes effect from the start of a council's day.
    effectiveFrom: text('effective_from').notNull(),
    // The configuration exactly as published. Stored, never recomputed or migrated.
    config: text('config', { mode: 'json' }).$type<unknown>().notNull(),
    // The calibration report summary it was published on, or null when it was published without one.
    calibration: text('calibration', { mode: 'json' }).$type<unknown>(),
    // RESTRICT: who published a version stays answerable. Accounts are disabled, never deleted.
    publishedByUserId: text('published_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('ras_versions_config_id_version').on(table.configId, table.version),
    index('ras_versions_effective_from_published_at').on(table.effectiveFrom, table.publishedAt),
    check('ras_versions_config_id_not_blank', sql`length(trim(${table.configId})) > 0`),
    check('ras_versions_version_not_blank', sql`length(trim(${table.version})) > 0`),
    // `is`, not `=`: date() of something that is not a date is null, and a CHECK that evaluates to null passes.
    // date() also rolls 2026-02-30 over into March, so a date that does not exist fails too.
    check('ras_versions_effective_from_date', sql`date(${table.effectiveFrom}) is ${table.effectiveFrom}`),
    check('ras_versions_config_json', sql`json_valid(${table.config})`),
    check('ras_versions_calibration_json', sql`${table.calibration} is null or json_valid(${table.calibration})`),
  ],
)

// Each domain's tables live in their own file; drizzle-kit reads them through these re-exports.
export * from './schema/support-planning.js'
export * from './schema/charging.js'
export * from './schema/safeguarding.js'
export * from './schema/coproduction.js'
export * from './schema/statutory-returns.js'
export * from './schema/flood-counts.js'
export * from './schema/figure-counts.js'
export * from './schema/accounts.js'
export * from './schema/user-roles.js'
export * from './schema/review-notices.js'
export * from './schema/work.js'
export * from './schema/person-search.js'
export * from './schema/directory.js'
export * from './schema/referrals.js'
export * from './schema/proxies.js'
export * from './schema/outbox-deliveries.js'
export * from './schema/carers.js'
export * from './schema/direct-payments.js'
export * from './schema/secure-messages.js'
export * from './schema/decision-letters.js'
