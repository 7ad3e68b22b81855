import { sql } from 'drizzle-orm'
import { boolean, check, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { assessmentStatuses, relationships, roles } from '../vocabulary.js'
import { int, jsonValue, oneOf, timeMs } from './columns.js'

// The PostgreSQL twin of ../schema.ts (decision 020): the same tables, columns, keys, indexes and constraint names,
// held as ./columns.ts says. test/schema-parity.test.ts fails when the two disagree, so a table added to one and not
// the other cannot land. What each table means is written once, in ../schema.ts and ../schema/*.ts; only what differs
// in PostgreSQL is said here.

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: roles }).notNull(),
    createdAt: timeMs('created_at').notNull(),
    disabledAt: timeMs('disabled_at'),
    emailVerifiedAt: timeMs('email_verified_at'),
  },
  (table) => [
    check('users_role_known', sql`${table.role} in (${oneOf(roles)})`),
    check('users_email_normalised', sql`${table.email} = lower(trim(${table.email})) and length(${table.email}) > 0`),
  ],
)

export const people = pgTable(
  'people',
  {
    id: text('id').primaryKey(),
    displayName: text('display_name').notNull(),
    dateOfBirth: text('date_of_birth'),
    createdAt: timeMs('created_at').notNull(),
  },
  // Staff find a person by date of birth (issue 18).
  (table) => [index('people_date_of_birth').on(table.dateOfBirth)],
)

export const personAccess = pgTable(
  'person_access',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    relationship: text('relationship', { enum: relationships }).notNull(),
    createdAt: timeMs('created_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.personId] }),
    index('person_access_person_id').on(table.personId),
    uniqueIndex('person_access_one_self_per_person')
      .on(table.personId)
      .where(sql`${table.relationship} = 'self'`),
    check('person_access_relationship_known', sql`${table.relationship} in (${oneOf(relationships)})`),
  ],
)

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timeMs('created_at').notNull(),
    expiresAt: timeMs('expires_at').notNull(),
    lastSeenAt: timeMs('last_seen_at').notNull(),
    data: jsonValue<Record<string, unknown>>('data').notNull().default({}),
  },
  (table) => [
    index('sessions_user_id').on(table.userId),
    index('sessions_expires_at').on(table.expiresAt),
    check('sessions_id_is_sha256_hex', sql`${table.id} ~ '^[0-9a-f]{64}$'`),
  ],
)

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: int('id').primaryKey().generatedByDefaultAsIdentity(),
    key: text('key').notNull(),
    at: timeMs('at').notNull(),
    succeeded: boolean('succeeded').notNull(),
  },
  (table) => [index('login_attempts_key_at').on(table.key, table.at), index('login_attempts_at').on(table.at)],
)

export const auditLog = pgTable(
  'audit_log',
  {
    id: int('id').primaryKey().generatedByDefaultAsIdentity(),
    at: timeMs('at').notNull(),
    actorUserId: text('actor_user_id'),
    action: text('action').notNull(),
    personId: text('person_id'),
    resource: text('resource').notNull(),
    detail: jsonValue<Record<string, unknown>>('detail'),
  },
  (table) => [index('audit_log_person_id_at').on(table.personId, table.at), index('audit_log_at').on(table.at)],
)

// A CHECK on SQLite that `json_valid` or `typeof(...) = 'integer'` holds is the column's type here (json, bigint).

export const assessments = pgTable(
  'assessments',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    questionnaireId: text('questionnaire_id').notNull(),
    questionnaireVersion: text('questionnaire_version').notNull(),
    answers: jsonValue<Record<string, unknown>>('answers').notNull().default({}),
    status: text('status', { enum: assessmentStatuses }).notNull(),
    startedByUserId: text('started_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    lastUpdatedByUserId: text('last_updated_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    completedOnBehalf: boolean('completed_on_behalf').notNull(),
    createdAt: timeMs('created_at').notNull(),
    updatedAt: timeMs('updated_at').notNull(),
    submittedAt: timeMs('submitted_at'),
    budget: jsonValue<unknown>('budget'),
    rasConfigId: text('ras_config_id'),
    rasConfigVersion: text('ras_config_version'),
    weeklyPence: int('weekly_pence'),
  },
  (table) => [
    index('assessments_person_id_status').on(table.personId, table.status),
    index('assessments_status_submitted_at').on(table.status, table.submittedAt),
    uniqueIndex('assessments_one_draft_per_person_questionnaire')
      .on(table.personId, table.questionnaireId)
      .where(sql`${table.status} = 'draft'`),
    check('assessments_status_known', sql`${table.status} in (${oneOf(assessmentStatuses)})`),
    check(
      'assessments_submitted_complete',
      sql`(${table.status} = 'draft' and ${table.submittedAt} is null and ${table.budget} is null and ${table.rasConfigId} is null and ${table.rasConfigVersion} is null and ${table.weeklyPence} is null) or (${table.status} = 'submitted' and ${table.submittedAt} is not null and ${table.budget} is not null and ${table.rasConfigId} is not null and ${table.rasConfigVersion} is not null and ${table.weeklyPence} is not null)`,
    ),
    check('assessments_weekly_pence_whole', sql`${table.weeklyPence} is null or ${table.weeklyPence} >= 0`),
  ],
)

export const assessmentBudgetsByHand = pgTable(
  'assessment_budgets_by_hand',
  {
    assessmentId: text('assessment_id')
      .primaryKey()
      .references(() => assessments.id, { onDelete: 'restrict' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    reason: text('reason').notNull(),
    sentByUserId: text('sent_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    sentOnBehalf: boolean('sent_on_behalf').notNull(),
    sentAt: timeMs('sent_at').notNull(),
  },
  (table) => [
    index('assessment_budgets_by_hand_sent_at').on(table.sentAt),
    check('assessment_budgets_by_hand_reason_given', sql`length(trim(${table.reason})) > 0`),
  ],
)

export const eligibilityDecisions = pgTable(
  'eligibility_decisions',
  {
    id: text('id').primaryKey(),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'restrict' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    decidedByUserId: text('decided_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: timeMs('decided_at').notNull(),
    determination: jsonValue<unknown>('determination').notNull(),
    eligible: boolean('eligible').notNull(),
    indicativeWeeklyPence: int('indicative_weekly_pence').notNull(),
    agreedWeeklyPence: int('agreed_weekly_pence'),
    changeReason: text('change_reason'),
  },
  (table) => [
    index('eligibility_decisions_assessment_id_decided_at').on(table.assessmentId, table.decidedAt),
    index('eligibility_decisions_person_id_decided_at').on(table.personId, table.decidedAt),
    check('eligibility_decisions_indicative_pence_whole', sql`${table.indicativeWeeklyPence} >= 0`),
    check(
      'eligibility_decisions_agreed_pence_whole',
      sql`${table.agreedWeeklyPence} is null or ${table.agreedWeeklyPence} >= 0`,
    ),
    check(
      'eligibility_decisions_agreed_only_when_eligible',
      sql`(${table.eligible} and ${table.agreedWeeklyPence} is not null) or (not ${table.eligible} and ${table.agreedWeeklyPence} is null)`,
    ),
    check(
      'eligibility_decisions_change_reason_not_blank',
      sql`${table.changeReason} is null or length(trim(${table.changeReason})) > 0`,
    ),
    check(
      'eligibility_decisions_change_has_reason',
      sql`${table.agreedWeeklyPence} is null or ${table.agreedWeeklyPence} = ${table.indicativeWeeklyPence} or (${table.changeReason} is not null and length(trim(${table.changeReason})) > 0)`,
    ),
  ],
)

export const rasVersions = pgTable(
  'ras_versions',
  {
    id: text('id').primaryKey(),
    configId: text('config_id').notNull(),
    version: text('version').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    config: jsonValue<unknown>('config').notNull(),
    calibration: jsonValue<unknown>('calibration'),
    publishedByUserId: text('published_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    publishedAt: timeMs('published_at').notNull(),
  },
  (table) => [
    uniqueIndex('ras_versions_config_id_version').on(table.configId, table.version),
    index('ras_versions_effective_from_published_at').on(table.effectiveFrom, table.publishedAt),
    check('ras_versions_config_id_not_blank', sql`length(trim(${table.configId})) > 0`),
    check('ras_versions_version_not_blank', sql`length(trim(${table.version})) > 0`),
    check('ras_versions_effective_from_date', sql`is_calendar_date(${table.effectiveFrom})`),
  ],
)

export * from './schema/statutory-returns.js'
export * from './schema/flood-counts.js'
export * from './schema/safeguarding.js'
export * from './schema/support-planning.js'
export * from './schema/charging.js'
export * from './schema/positive-risks.js'
export * from './schema/figure-counts.js'
export * from './schema/coproduction.js'
export * from './schema/accounts.js'
export * from './schema/user-roles.js'
export * from './schema/review-notices.js'
export * from './schema/work.js'
export * from './schema/directory.js'
export * from './schema/person-search.js'
export * from './schema/referrals.js'
export * from './schema/proxies.js'
export * from './schema/outbox-deliveries.js'
export * from './schema/carers.js'
export * from './schema/direct-payments.js'
export * from './schema/secure-messages.js'
export * from './schema/decision-letters.js'
