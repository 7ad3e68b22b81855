import { sql } from 'drizzle-orm'
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import {
  actionStates,
  ladderRungs,
  moderationDecisions,
  responseKinds,
  surveyVariants,
} from '../../schema/coproduction.js'
import { int, jsonValue, oneOf, timeMs } from '../columns.js'
import { users } from '../schema.js'

// The PostgreSQL twin of ../../schema/coproduction.ts, which says what these tables mean and what anonymity asks of
// them (decisions 011, 017, 023).

export const coproductionSurveys = pgTable(
  'coproduction_surveys',
  {
    id: text('id').primaryKey(),
    surveyId: text('survey_id').notNull(),
    surveyVersion: text('survey_version').notNull(),
    title: text('title').notNull(),
    definition: jsonValue<unknown>('definition').notNull(),
    firstUsedAt: timeMs('first_used_at').notNull(),
  },
  (table) => [uniqueIndex('coproduction_surveys_survey_id_version').on(table.surveyId, table.surveyVersion)],
)

export const coproductionResponses = pgTable(
  'coproduction_responses',
  {
    id: text('id').primaryKey(),
    surveyRef: text('survey_ref')
      .notNull()
      .references(() => coproductionSurveys.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: responseKinds }).notNull(),
    variant: text('variant', { enum: surveyVariants }).notNull(),
    answers: jsonValue<unknown[]>('answers').notNull(),
    submittedOn: text('submitted_on').notNull(),
    respondentUserId: text('respondent_user_id').references(() => users.id, { onDelete: 'restrict' }),
    submittedAt: timeMs('submitted_at'),
  },
  (table) => [
    index('coproduction_responses_survey_ref_submitted_on').on(table.surveyRef, table.submittedOn),
    index('coproduction_responses_respondent_user_id').on(table.respondentUserId),
    check('coproduction_responses_kind_known', sql`${table.kind} in (${oneOf(responseKinds)})`),
    check('coproduction_responses_variant_known', sql`${table.variant} in (${oneOf(surveyVariants)})`),
    check('coproduction_responses_answers_json', sql`json_typeof(${table.answers}) = 'array'`),
    check('coproduction_responses_submitted_on_date', sql`is_calendar_date(${table.submittedOn})`),
    check(
      'coproduction_responses_anonymous_has_no_identifier',
      sql`(${table.kind} = 'anonymous' and ${table.respondentUserId} is null and ${table.submittedAt} is null) or (${table.kind} = 'named' and ${table.respondentUserId} is not null and ${table.submittedAt} is not null)`,
    ),
  ],
)

export const coproductionModerationDecisions = pgTable(
  'coproduction_moderation_decisions',
  {
    id: text('id').primaryKey(),
    responseId: text('response_id')
      .notNull()
      .references(() => coproductionResponses.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    decision: text('decision', { enum: moderationDecisions }).notNull(),
    reason: text('reason'),
    decidedByUserId: text('decided_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: timeMs('decided_at').notNull(),
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

export const coproductionHeldResponses = pgTable('coproduction_held_responses', {
  responseId: text('response_id')
    .primaryKey()
    .references(() => coproductionResponses.id, { onDelete: 'cascade' }),
})

export const coproductionLinks = pgTable(
  'coproduction_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    surveyId: text('survey_id').notNull(),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: timeMs('created_at').notNull(),
    expiresAt: timeMs('expires_at').notNull(),
    usedAt: timeMs('used_at'),
  },
  (table) => [
    index('coproduction_links_survey_id').on(table.surveyId),
    check('coproduction_links_token_hash_sha256_hex', sql`${table.tokenHash} ~ '^[0-9a-f]{64}$'`),
  ],
)

export const youSaidWeDid = pgTable(
  'you_said_we_did',
  {
    id: text('id').primaryKey(),
    recordId: text('record_id').notNull(),
    version: int('version').notNull(),
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
    recordedAt: timeMs('recorded_at').notNull(),
  },
  (table) => [
    uniqueIndex('you_said_we_did_record_id_version').on(table.recordId, table.version),
    check('you_said_we_did_state_known', sql`${table.state} in (${oneOf(actionStates)})`),
    check('you_said_we_did_raised_on_date', sql`is_calendar_date(${table.raisedOn})`),
    check('you_said_we_did_target_on_date', sql`${table.targetOn} is null or is_calendar_date(${table.targetOn})`),
    check(
      'you_said_we_did_done_has_date',
      sql`(${table.state} = 'done' and ${table.doneOn} is not null and is_calendar_date(${table.doneOn})) or (${table.state} <> 'done' and ${table.doneOn} is null)`,
    ),
    check(
      'you_said_we_did_not_doing_has_reason',
      sql`${table.state} <> 'not-doing' or (${table.notDoingReason} is not null and length(trim(${table.notDoingReason})) > 0)`,
    ),
  ],
)

export const coproductionActivities = pgTable(
  'coproduction_activities',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    heldOn: text('held_on').notNull(),
    kind: text('kind').notNull(),
    participants: jsonValue<unknown[]>('participants').notNull(),
    decisions: jsonValue<string[]>('decisions').notNull(),
    rung: text('rung', { enum: ladderRungs }).notNull(),
    rungReason: text('rung_reason').notNull(),
    notes: text('notes'),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: timeMs('recorded_at').notNull(),
  },
  (table) => [
    index('coproduction_activities_held_on').on(table.heldOn),
    check('coproduction_activities_rung_known', sql`${table.rung} in (${oneOf(ladderRungs)})`),
    check('coproduction_activities_held_on_date', sql`is_calendar_date(${table.heldOn})`),
  ],
)
