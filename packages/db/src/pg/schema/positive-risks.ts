import { sql } from 'drizzle-orm'
import { check, index, pgTable, text } from 'drizzle-orm/pg-core'
import { positiveRiskOutcomes } from '../../schema/safeguarding.js'
import { int, jsonValue, oneOf, timeMs } from '../columns.js'
import { people, users } from '../schema.js'

// The PostgreSQL twin of the positive risk tables in ../../schema/safeguarding.ts, which says what they mean. The
// JSON and whole-number CHECKs SQLite needs are the columns' types here (json, bigint); the parity test lists them.

export const positiveRiskAssessments = pgTable(
  'positive_risk_assessments',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    supportPlanId: text('support_plan_id'),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: timeMs('recorded_at').notNull(),
    proposal: jsonValue<unknown>('proposal').notNull(),
    rating: jsonValue<unknown>('rating').notNull(),
    matrixId: text('matrix_id').notNull(),
    matrixVersion: text('matrix_version').notNull(),
    score: int('score').notNull(),
  },
  (table) => [
    index('positive_risk_assessments_person_id_recorded_at').on(table.personId, table.recordedAt),
    index('positive_risk_assessments_support_plan_id').on(table.supportPlanId),
    check('positive_risk_assessments_score_whole', sql`${table.score} >= 1`),
  ],
)

export const positiveRiskDecisions = pgTable(
  'positive_risk_decisions',
  {
    id: text('id').primaryKey(),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => positiveRiskAssessments.id, { onDelete: 'restrict' }),
    decidedByUserId: text('decided_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: timeMs('decided_at').notNull(),
    outcome: text('outcome', { enum: positiveRiskOutcomes }).notNull(),
    reviewOn: text('review_on').notNull(),
    assessment: jsonValue<unknown>('assessment').notNull(),
  },
  (table) => [
    index('positive_risk_decisions_assessment_id_decided_at').on(table.assessmentId, table.decidedAt),
    check('positive_risk_decisions_outcome_known', sql`${table.outcome} in (${oneOf(positiveRiskOutcomes)})`),
    check('positive_risk_decisions_review_on_date', sql`is_calendar_date(${table.reviewOn})`),
  ],
)
