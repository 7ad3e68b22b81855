// The PostgreSQL twin of ../../schema/carers.ts: carers, whom they care for, their self-assessments and determinations.
import { sql } from 'drizzle-orm'
import { boolean, check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { assessmentStatuses } from '../../vocabulary.js'
import { jsonValue, oneOf, timeMs } from '../columns.js'
import { people, users } from '../schema.js'

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
