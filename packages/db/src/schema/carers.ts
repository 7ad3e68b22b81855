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
import { people, users } from '../schema.js'
import { assessmentStatuses } from '../vocabulary.js'

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
