/*
 * Unpaid carers (issue 16). A carer is a person record of their own (people), not a flag on the person they care for.
 * `caring_relationships` links a carer to each adult they care for: someone with a record here (cared_for_person_id),
 * or someone the council does not know, kept by the name and date of birth the carer gave. `carer_assessments` is the
 * carer's self-assessment, saved and resumed as a draft, fixed once sent. `carer_determinations` is a practitioner's
 * regulation 3 determination on a sent one, with its reasons and rules version: append-only, the latest counts.
 * Triggers (both engines) refuse changing or removing a relationship or determination, and changing a sent assessment.
 */
import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { assessments, people, users } from '../schema.js'
import {
  assessmentStatuses,
  carerBudgetDeliveries,
  carerBudgetKinds,
  carerBudgetPeriods,
  combinedAssessmentParties,
  combinedAssessmentWords,
} from '../vocabulary.js'

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

export const caringRelationships = sqliteTable(
  'caring_relationships',
  {
    id: text('id').primaryKey(),
    carerPersonId: text('carer_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    // Null when the person cared for is not known to the council: the carer's words below are all there is.
    caredForPersonId: text('cared_for_person_id').references(() => people.id, { onDelete: 'restrict' }),
    caredForName: text('cared_for_name').notNull(),
    caredForDateOfBirth: text('cared_for_date_of_birth'),
    // How the carer describes the relationship: "my husband", "my mum", "a neighbour".
    relationship: text('relationship').notNull(),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('caring_relationships_carer_person_id').on(table.carerPersonId),
    index('caring_relationships_cared_for_person_id').on(table.caredForPersonId),
    uniqueIndex('caring_relationships_once')
      .on(table.carerPersonId, table.caredForPersonId)
      .where(sql`${table.caredForPersonId} is not null`),
    check('caring_relationships_name_given', sql`length(trim(${table.caredForName})) > 0`),
    check('caring_relationships_relationship_given', sql`length(trim(${table.relationship})) > 0`),
    check(
      'caring_relationships_not_self',
      sql`${table.caredForPersonId} is null or ${table.caredForPersonId} <> ${table.carerPersonId}`,
    ),
    check(
      'caring_relationships_date_of_birth',
      sql`${table.caredForDateOfBirth} is null or date(${table.caredForDateOfBirth}) is ${table.caredForDateOfBirth}`,
    ),
  ],
)

export const carerAssessments = sqliteTable(
  'carer_assessments',
  {
    id: text('id').primaryKey(),
    carerPersonId: text('carer_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    questionnaireId: text('questionnaire_id').notNull(),
    questionnaireVersion: text('questionnaire_version').notNull(),
    answers: text('answers', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    status: text('status', { enum: assessmentStatuses }).notNull(),
    startedByUserId: text('started_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    lastUpdatedByUserId: text('last_updated_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    index('carer_assessments_carer_person_id').on(table.carerPersonId),
    uniqueIndex('carer_assessments_one_draft')
      .on(table.carerPersonId, table.questionnaireId)
      .where(sql`${table.status} = 'draft'`),
    check('carer_assessments_status_known', sql`${table.status} in (${oneOf(assessmentStatuses)})`),
    check('carer_assessments_answers_json', sql`json_valid(${table.answers})`),
    check(
      'carer_assessments_submitted_at',
      sql`(${table.status} = 'draft' and ${table.submittedAt} is null) or (${table.status} = 'submitted' and ${table.submittedAt} is not null)`,
    ),
  ],
)

export const carerDeterminations = sqliteTable(
  'carer_determinations',
  {
    id: text('id').primaryKey(),
    carerAssessmentId: text('carer_assessment_id')
      .notNull()
      .references(() => carerAssessments.id, { onDelete: 'restrict' }),
    carerPersonId: text('carer_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    decidedByUserId: text('decided_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }).notNull(),
    eligible: integer('eligible', { mode: 'boolean' }).notNull(),
    // @open-sds/carers' determination exactly as worked out: findings with reasons, explanation. Never recomputed.
    determination: text('determination', { mode: 'json' }).$type<unknown>().notNull(),
    rulesVersion: text('rules_version').notNull(),
  },
  (table) => [
    index('carer_determinations_assessment_decided_at').on(table.carerAssessmentId, table.decidedAt),
    index('carer_determinations_carer_person_id').on(table.carerPersonId),
    check('carer_determinations_determination_json', sql`json_valid(${table.determination})`),
    check('carer_determinations_rules_version_given', sql`length(trim(${table.rulesVersion})) > 0`),
  ],
)

/*
 * A carer's support plan and personal budget (Care Act ss25-26), agreed with the carer by a practitioner after an
 * eligible determination: @open-sds/carers' checked plan (outcomes in the carer's words, supports, budget) and the
 * carer's charge, exactly as worked out, with the allocation table's and the rules' versions. Append-only: a change is
 * a new row, the latest counts. A trigger (both engines) takes it only on the carer's own eligible determination.
 */
export const carerPlans = sqliteTable(
  'carer_plans',
  {
    id: text('id').primaryKey(),
    carerPersonId: text('carer_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    carerDeterminationId: text('carer_determination_id')
      .notNull()
      .references(() => carerDeterminations.id, { onDelete: 'restrict' }),
    plan: text('plan', { mode: 'json' }).$type<unknown>().notNull(),
    budgetKind: text('budget_kind', { enum: carerBudgetKinds }).notNull(),
    budgetPer: text('budget_per', { enum: carerBudgetPeriods }),
    amountPence: integer('amount_pence').notNull(),
    annualPence: integer('annual_pence').notNull(),
    delivery: text('delivery', { enum: carerBudgetDeliveries }).notNull(),
    weeklyChargePence: integer('weekly_charge_pence').notNull(),
    // How the budget and the charge were worked out, in lines the carer reads.
    explanation: text('explanation', { mode: 'json' }).$type<string[]>().notNull(),
    allocationVersion: text('allocation_version').notNull(),
    rulesVersion: text('rules_version').notNull(),
    agreedByUserId: text('agreed_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    agreedAt: integer('agreed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('carer_plans_carer_person_id_agreed_at').on(table.carerPersonId, table.agreedAt),
    check('carer_plans_plan_json', sql`json_valid(${table.plan})`),
    check('carer_plans_explanation_json', sql`json_valid(${table.explanation})`),
    check('carer_plans_budget_kind_known', sql`${table.budgetKind} in (${oneOf(carerBudgetKinds)})`),
    check(
      'carer_plans_budget_per',
      sql`(${table.budgetKind} = 'one-off' and ${table.budgetPer} is null) or (${table.budgetKind} = 'recurring' and ${table.budgetPer} in (${oneOf(carerBudgetPeriods)}))`,
    ),
    check('carer_plans_delivery_known', sql`${table.delivery} in (${oneOf(carerBudgetDeliveries)})`),
    check(
      'carer_plans_money',
      sql`${table.amountPence} > 0 and ${table.annualPence} >= 0 and ${table.weeklyChargePence} >= 0`,
    ),
    check('carer_plans_rules_version_given', sql`length(trim(${table.rulesVersion})) > 0`),
  ],
)

/*
 * A carer's emergency plan: who steps in if the carer cannot care, what they need to know and how to reach them,
 * written and changed by the carer (or with them). Append-only: each change is a new version, the latest counts.
 */
export const carerEmergencyPlans = sqliteTable(
  'carer_emergency_plans',
  {
    id: text('id').primaryKey(),
    carerPersonId: text('carer_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    whoStepsIn: text('who_steps_in').notNull(),
    whatTheyNeedToKnow: text('what_they_need_to_know').notNull(),
    howToReachThem: text('how_to_reach_them').notNull(),
    writtenByUserId: text('written_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    writtenAt: integer('written_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('carer_emergency_plans_carer_person_id_written_at').on(table.carerPersonId, table.writtenAt),
    check('carer_emergency_plans_who_given', sql`length(trim(${table.whoStepsIn})) > 0`),
    check('carer_emergency_plans_what_given', sql`length(trim(${table.whatTheyNeedToKnow})) > 0`),
    check('carer_emergency_plans_how_given', sql`length(trim(${table.howToReachThem})) > 0`),
  ],
)

/*
 * A combined assessment (Care Act s12(5)): the carer's assessment carried out with the cared-for person's, while both
 * agree. Each row is one party's word, agreed or withdrew, as recorded by the practitioner: append-only (a trigger on
 * both engines), so who agreed and when stays answerable after a withdrawal ends the combination.
 */
export const combinedAssessmentAgreements = sqliteTable(
  'combined_assessment_agreements',
  {
    id: text('id').primaryKey(),
    carerAssessmentId: text('carer_assessment_id')
      .notNull()
      .references(() => carerAssessments.id, { onDelete: 'restrict' }),
    personAssessmentId: text('person_assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'restrict' }),
    party: text('party', { enum: combinedAssessmentParties }).notNull(),
    word: text('word', { enum: combinedAssessmentWords }).notNull(),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: integer('recorded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('combined_assessment_agreements_carer').on(table.carerAssessmentId, table.recordedAt),
    index('combined_assessment_agreements_person').on(table.personAssessmentId, table.recordedAt),
    check('combined_assessment_agreements_party_known', sql`${table.party} in (${oneOf(combinedAssessmentParties)})`),
    check('combined_assessment_agreements_word_known', sql`${table.word} in (${oneOf(combinedAssessmentWords)})`),
  ],
)
