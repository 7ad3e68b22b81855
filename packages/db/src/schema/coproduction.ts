/*
 * Co-production and feedback (see @open-sds/coproduction). For a reader counting from these tables with plain SQL:
 *
 * - `coproduction_surveys`: each survey wording that has been answered, by the plugin's survey id and version, with
 *   the definition exactly as it was then, so answers can always be read against the questions they were given.
 * - `coproduction_responses`: one row per response. `answers` is a JSON array of { questionId, type, value | text }.
 *   An anonymous response stores no identifier of any kind (no account, no address, no link it came through) and
 *   only the day it was given (`submitted_on`); the table is WITHOUT ROWID with a random key, so not even the order
 *   of insertion is kept. A named response has the account (`respondent_user_id`) and the exact time. A response
 *   can be withdrawn (deleted); its moderation decisions go with it.
 * - `coproduction_moderation_decisions`: append-only publish or withhold decisions on one free-text answer, with who,
 *   when and why; the latest for a (response, question) counts. Nothing is published without one.
 * - `coproduction_held_responses`: anonymous responses that came beyond the hourly limit from one address, held back
 *   from published results until a moderator releases them (the row is removed). No time or address is kept.
 * - `coproduction_links`: one-time survey links, by the SHA-256 of the secret; `used_at` is set once, with a
 *   compare-and-set, so a second use is refused. It keeps the day only (midnight UTC), as `first_used_at` does on
 *   `coproduction_surveys`: an exact time could be matched to an anonymous response.
 * - `you_said_we_did`: append-only versions of each "you said, we did" record (`record_id`); the highest `version`
 *   is the record as it stands, the earlier ones its history.
 * - `coproduction_activities`: append-only co-production activities with the rung of the ladder they reached.
 *
 * Times are integer milliseconds since the Unix epoch (UTC); calendar dates are YYYY-MM-DD text.
 */
import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from '../schema.js'

export const responseKinds = ['anonymous', 'named'] as const
export const surveyVariants = ['standard', 'easy-read'] as const
export const moderationDecisions = ['publish', 'withhold'] as const
export const actionStates = ['planned', 'in-progress', 'done', 'not-doing'] as const
export const ladderRungs = [
  'coercion',
  'educating',
  'informing',
  'consultation',
  'engagement',
  'co-design',
  'co-production',
] as const

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))
const isDate = (column: unknown) => sql`date(${column}) is ${column}`

export const coproductionSurveys = sqliteTable(
  'coproduction_surveys',
  {
    id: text('id').primaryKey(),
    surveyId: text('survey_id').notNull(),
    surveyVersion: text('survey_version').notNull(),
    title: text('title').notNull(),
    definition: text('definition', { mode: 'json' }).$type<unknown>().notNull(),
    firstUsedAt: integer('first_used_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('coproduction_surveys_survey_id_version').on(table.surveyId, table.surveyVersion),
    check('coproduction_surveys_definition_json', sql`json_valid(${table.definition})`),
  ],
)

export const coproductionResponses = sqliteTable(
  'coproduction_responses',
  {
    id: text('id').primaryKey(),
    surveyRef: text('survey_ref')
      .notNull()
      .references(() => coproductionSurveys.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: responseKinds }).notNull(),
    variant: text('variant', { enum: surveyVariants }).notNull(),
    answers: text('answers', { mode: 'json' }).$type<unknown[]>().notNull(),
    submittedOn: text('submitted_on').notNull(),
    // Named responses only; the checks below keep both null for an anonymous one.
    respondentUserId: text('respondent_user_id').references(() => users.id, { onDelete: 'restrict' }),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    index('coproduction_responses_survey_ref_submitted_on').on(table.surveyRef, table.submittedOn),
    index('coproduction_responses_respondent_user_id').on(table.respondentUserId),
    check('coproduction_responses_kind_known', sql`${table.kind} in (${oneOf(responseKinds)})`),
    check('coproduction_responses_variant_known', sql`${table.variant} in (${oneOf(surveyVariants)})`),
    check(
      'coproduction_responses_answers_json',
      sql`json_valid(${table.answers}) and json_type(${table.answers}) = 'array'`,
    ),
    check('coproduction_responses_submitted_on_date', isDate(table.submittedOn)),
    check(
      'coproduction_responses_anonymous_has_no_identifier',
      sql`(${table.kind} = 'anonymous' and ${table.respondentUserId} is null and ${table.submittedAt} is null) or (${table.kind} = 'named' and ${table.respondentUserId} is not null and ${table.submittedAt} is not null)`,
    ),
  ],
)

export const coproductionModerationDecisions = sqliteTable(
  'coproduction_moderation_decisions',
  {
    id: text('id').primaryKey(),
    // CASCADE: a withdrawn response takes the decisions about its words with it.
    responseId: text('response_id')
      .notNull()
      .references(() => coproductionResponses.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    decision: text('decision', { enum: moderationDecisions }).notNull(),
    reason: text('reason'),
    decidedByUserId: text('decided_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('coproduction_moderation_decisions_response_question').on(
      table.responseId,
      table.questionId,
      table.decidedAt,
    ),
    check('coproduction_moderation_decisions_known', sql`${table.decision} in (${oneOf(moderationDecisions)})`),
    check(
      'coproduction_moderation_decisions_withhold_has_reason',
      sql`${table.decision} = 'publish' or (${table.reason} is not null and length(trim(${table.reason})) > 0)`,
    ),
  ],
)

// WITHOUT ROWID by hand in the migration, like the responses: the order of holding says nothing about when.
export const coproductionHeldResponses = sqliteTable('coproduction_held_responses', {
  // CASCADE: a withdrawn response is no longer held.
  responseId: text('response_id')
    .primaryKey()
    .references(() => coproductionResponses.id, { onDelete: 'cascade' }),
})

export const coproductionLinks = sqliteTable(
  'coproduction_links',
  {
    // The SHA-256 of the link's secret, never the secret: a copy of the database cannot be used to answer.
    tokenHash: text('token_hash').primaryKey(),
    surveyId: text('survey_id').notNull(),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    index('coproduction_links_survey_id').on(table.surveyId),
    check(
      'coproduction_links_token_hash_sha256_hex',
      sql`length(${table.tokenHash}) = 64 and ${table.tokenHash} not glob '*[^0-9a-f]*'`,
    ),
  ],
)

export const youSaidWeDid = sqliteTable(
  'you_said_we_did',
  {
    id: text('id').primaryKey(),
    recordId: text('record_id').notNull(),
    version: integer('version').notNull(),
    theme: text('theme').notNull(),
    whatPeopleSaid: text('what_people_said').notNull(),
    action: text('action').notNull(),
    owner: text('owner').notNull(),
    raisedOn: text('raised_on').notNull(),
    targetOn: text('target_on'),
    state: text('state', { enum: actionStates }).notNull(),
    doneOn: text('done_on'),
    whatChanged: text('what_changed'),
    notDoingReason: text('not_doing_reason'),
    surveyId: text('survey_id'),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: integer('recorded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('you_said_we_did_record_id_version').on(table.recordId, table.version),
    check('you_said_we_did_state_known', sql`${table.state} in (${oneOf(actionStates)})`),
    check('you_said_we_did_raised_on_date', isDate(table.raisedOn)),
    check('you_said_we_did_target_on_date', sql`${table.targetOn} is null or ${isDate(table.targetOn)}`),
    check(
      'you_said_we_did_done_has_date',
      sql`(${table.state} = 'done' and ${table.doneOn} is not null and ${isDate(table.doneOn)}) or (${table.state} <> 'done' and ${table.doneOn} is null)`,
    ),
    check(
      'you_said_we_did_not_doing_has_reason',
      sql`${table.state} <> 'not-doing' or (${table.notDoingReason} is not null and length(trim(${table.notDoingReason})) > 0)`,
    ),
  ],
)

export const coproductionActivities = sqliteTable(
  'coproduction_activities',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    heldOn: text('held_on').notNull(),
    kind: text('kind').notNull(),
    // Roles and counts, never names: [{ role, count }].
    participants: text('participants', { mode: 'json' }).$type<unknown[]>().notNull(),
    decisions: text('decisions', { mode: 'json' }).$type<string[]>().notNull(),
    rung: text('rung', { enum: ladderRungs }).notNull(),
    rungReason: text('rung_reason').notNull(),
    notes: text('notes'),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: integer('recorded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('coproduction_activities_held_on').on(table.heldOn),
    check('coproduction_activities_rung_known', sql`${table.rung} in (${oneOf(ladderRungs)})`),
    check('coproduction_activities_held_on_date', isDate(table.heldOn)),
    check('coproduction_activities_participants_json', sql`json_valid(${table.participants})`),
    check('coproduction_activities_decisions_json', sql`json_valid(${table.decisions})`),
  ],
)
