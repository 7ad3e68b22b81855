// The PostgreSQL twin of ../../schema/carers.ts: carers, whom they care for, their self-assessments and determinations.
import { sql } from 'drizzle-orm'
import { boolean, check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import {
  assessmentStatuses,
  carerBudgetDeliveries,
  carerBudgetKinds,
  carerBudgetPeriods,
  combinedAssessmentParties,
  combinedAssessmentWords,
} from '../../vocabulary.js'
import { int, jsonValue, oneOf, timeMs } from '../columns.js'
import { assessments, people, users } from '../schema.js'

export const caringRelationships = pgTable(
  'caring_relationships',
  {
    id: text('id').primaryKey(),
    carerPersonId: text('carer_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    caredForPersonId: text('cared_for_person_id').references(() => people.id, { onDelete: 'restrict' }),
    caredForName: text('cared_for_name').notNull(),
    caredForDateOfBirth: text('cared_for_date_of_birth'),
    relationship: text('relationship').notNull(),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: timeMs('created_at').notNull(),
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
      sql`${table.caredForDateOfBirth} is null or is_calendar_date(${table.caredForDateOfBirth})`,
    ),
  ],
)

export const carerAssessments = pgTable(
  'carer_assessments',
  {
    id: text('id').primaryKey(),
    carerPersonId: text('carer_person_id')
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
    createdAt: timeMs('created_at').notNull(),
    updatedAt: timeMs('updated_at').notNull(),
    submittedAt: timeMs('submitted_at'),
  },
  (table) => [
    index('carer_assessments_carer_person_id').on(table.carerPersonId),
    uniqueIndex('carer_assessments_one_draft')
      .on(table.carerPersonId, table.questionnaireId)
      .where(sql`${table.status} = 'draft'`),
    check('carer_assessments_status_known', sql`${table.status} in (${oneOf(assessmentStatuses)})`),
    check(
      'carer_assessments_submitted_at',
      sql`(${table.status} = 'draft' and ${table.submittedAt} is null) or (${table.status} = 'submitted' and ${table.submittedAt} is not null)`,
    ),
  ],
)

export const carerDeterminations = pgTable(
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
    decidedAt: timeMs('decided_at').notNull(),
    eligible: boolean('eligible').notNull(),
    determination: jsonValue<unknown>('determination').notNull(),
    rulesVersion: text('rules_version').notNull(),
  },
  (table) => [
    index('carer_determinations_assessment_decided_at').on(table.carerAssessmentId, table.decidedAt),
    index('carer_determinations_carer_person_id').on(table.carerPersonId),
    check('carer_determinations_rules_version_given', sql`length(trim(${table.rulesVersion})) > 0`),
  ],
)

export const carerPlans = pgTable(
  'carer_plans',
  {
    id: text('id').primaryKey(),
    carerPersonId: text('carer_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    carerDeterminationId: text('carer_determination_id')
      .notNull()
      .references(() => carerDeterminations.id, { onDelete: 'restrict' }),
    plan: jsonValue<unknown>('plan').notNull(),
    budgetKind: text('budget_kind', { enum: carerBudgetKinds }).notNull(),
    budgetPer: text('budget_per', { enum: carerBudgetPeriods }),
    amountPence: int('amount_pence').notNull(),
    annualPence: int('annual_pence').notNull(),
    delivery: text('delivery', { enum: carerBudgetDeliveries }).notNull(),
    weeklyChargePence: int('weekly_charge_pence').notNull(),
    explanation: jsonValue<string[]>('explanation').notNull(),
    allocationVersion: text('allocation_version').notNull(),
    rulesVersion: text('rules_version').notNull(),
    agreedByUserId: text('agreed_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    agreedAt: timeMs('agreed_at').notNull(),
  },
  (table) => [
    index('carer_plans_carer_person_id_agreed_at').on(table.carerPersonId, table.agreedAt),
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

export const carerEmergencyPlans = pgTable(
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
    writtenAt: timeMs('written_at').notNull(),
  },
  (table) => [
    index('carer_emergency_plans_carer_person_id_written_at').on(table.carerPersonId, table.writtenAt),
    check('carer_emergency_plans_who_given', sql`length(trim(${table.whoStepsIn})) > 0`),
    check('carer_emergency_plans_what_given', sql`length(trim(${table.whatTheyNeedToKnow})) > 0`),
    check('carer_emergency_plans_how_given', sql`length(trim(${table.howToReachThem})) > 0`),
  ],
)

export const combinedAssessmentAgreements = pgTable(
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
    recordedAt: timeMs('recorded_at').notNull(),
  },
  (table) => [
    index('combined_assessment_agreements_carer').on(table.carerAssessmentId, table.recordedAt),
    index('combined_assessment_agreements_person').on(table.personAssessmentId, table.recordedAt),
    check('combined_assessment_agreements_party_known', sql`${table.party} in (${oneOf(combinedAssessmentParties)})`),
    check('combined_assessment_agreements_word_known', sql`${table.word} in (${oneOf(combinedAssessmentWords)})`),
  ],
)
