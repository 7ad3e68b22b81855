import { sql } from 'drizzle-orm'
import { check, index, pgTable, text, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core'
import {
  evidenceCategories,
  evidenceContentTypes,
  financialAssessmentKinds,
  financialAssessmentStatuses,
  MAX_EVIDENCE_BYTES,
} from '../../schema/charging.js'
import { bytes, int, jsonValue, timeMs } from '../columns.js'
import { people, users } from '../schema.js'

// The PostgreSQL twin of ../../schema/charging.ts, which says what these tables mean. `json_valid` and `typeof` are
// the columns' types here (json, bigint); a file's bytes are `bytea`.

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

export const financialAssessments = pgTable(
  'financial_assessments',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    supersedesId: text('supersedes_id').references((): AnyPgColumn => financialAssessments.id, {
      onDelete: 'restrict',
    }),
    status: text('status', { enum: financialAssessmentStatuses }).notNull(),
    kind: text('kind', { enum: financialAssessmentKinds }).notNull(),
    answers: jsonValue<Record<string, unknown>>('answers').notNull(),
    result: jsonValue<unknown>('result'),
    weeklyChargePence: int('weekly_charge_pence'),
    weeklyCostOfCarePence: int('weekly_cost_of_care_pence'),
    rulesVersion: text('rules_version'),
    policyName: text('policy_name'),
    policyVersion: text('policy_version'),
    ratesYear: text('rates_year'),
    assessedFor: text('assessed_for'),
    reason: text('reason'),
    upratingRunId: text('uprating_run_id'),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: timeMs('recorded_at').notNull(),
    updatedAt: timeMs('updated_at').notNull(),
  },
  (table) => [
    index('financial_assessments_person_id_recorded_at').on(table.personId, table.recordedAt),
    index('financial_assessments_status').on(table.status),
    uniqueIndex('financial_assessments_supersedes_id')
      .on(table.supersedesId)
      .where(sql`${table.supersedesId} is not null`),
    uniqueIndex('financial_assessments_one_draft_per_person')
      .on(table.personId)
      .where(sql`${table.status} = 'draft'`),
    check('financial_assessments_status_known', sql`${table.status} in (${oneOf(financialAssessmentStatuses)})`),
    check('financial_assessments_kind_known', sql`${table.kind} in (${oneOf(financialAssessmentKinds)})`),
    check(
      'financial_assessments_result_complete',
      sql`(${table.status} = 'draft' and ${table.result} is null and ${table.weeklyChargePence} is null and ${table.weeklyCostOfCarePence} is null and ${table.rulesVersion} is null and ${table.ratesYear} is null and ${table.assessedFor} is null) or (${table.status} <> 'draft' and ${table.result} is not null and ${table.weeklyChargePence} is not null and ${table.weeklyCostOfCarePence} is not null and ${table.rulesVersion} is not null and ${table.policyName} is not null and ${table.policyVersion} is not null and ${table.ratesYear} is not null and ${table.assessedFor} is not null)`,
    ),
    check(
      'financial_assessments_pence_whole',
      sql`(${table.weeklyChargePence} is null or ${table.weeklyChargePence} >= 0) and (${table.weeklyCostOfCarePence} is null or ${table.weeklyCostOfCarePence} >= 0)`,
    ),
    check(
      'financial_assessments_charge_within_cost',
      sql`${table.weeklyChargePence} is null or ${table.weeklyChargePence} <= ${table.weeklyCostOfCarePence}`,
    ),
    check(
      'financial_assessments_assessed_for_date',
      sql`${table.assessedFor} is null or is_calendar_date(${table.assessedFor})`,
    ),
    check(
      'financial_assessments_kind_supersedes',
      sql`${table.kind} = 'assessment' or ${table.supersedesId} is not null`,
    ),
    check(
      'financial_assessments_reason_given',
      sql`${table.kind} not in ('correction', 'uprating') or (${table.reason} is not null and length(trim(${table.reason})) > 0)`,
    ),
    check(
      'financial_assessments_draft_is_assessment',
      sql`${table.status} <> 'draft' or (${table.kind} = 'assessment' and ${table.supersedesId} is null)`,
    ),
    check(
      'financial_assessments_uprating_run',
      sql`(${table.kind} = 'uprating') = (${table.upratingRunId} is not null)`,
    ),
  ],
)

export const financialEvidence = pgTable(
  'financial_evidence',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    financialAssessmentId: text('financial_assessment_id')
      .notNull()
      .references(() => financialAssessments.id, { onDelete: 'restrict' }),
    category: text('category', { enum: evidenceCategories }).notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type', { enum: evidenceContentTypes }).notNull(),
    sizeBytes: int('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytes('content').notNull(),
    uploadedByUserId: text('uploaded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    uploadedAt: timeMs('uploaded_at').notNull(),
  },
  (table) => [
    index('financial_evidence_financial_assessment_id').on(table.financialAssessmentId),
    index('financial_evidence_person_id').on(table.personId),
    check('financial_evidence_category_known', sql`${table.category} in (${oneOf(evidenceCategories)})`),
    check('financial_evidence_content_type_known', sql`${table.contentType} in (${oneOf(evidenceContentTypes)})`),
    check(
      'financial_evidence_size',
      sql`${table.sizeBytes} = octet_length(${table.content}) and ${table.sizeBytes} > 0 and ${table.sizeBytes} <= ${sql.raw(String(MAX_EVIDENCE_BYTES))}`,
    ),
    check(
      'financial_evidence_file_name_not_blank',
      sql`length(trim(${table.fileName})) > 0 and length(${table.fileName}) <= 200`,
    ),
    check('financial_evidence_sha256_hex', sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
)

export const financialChargesByHand = pgTable(
  'financial_charges_by_hand',
  {
    financialAssessmentId: text('financial_assessment_id')
      .primaryKey()
      .references(() => financialAssessments.id, { onDelete: 'restrict' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    reason: text('reason').notNull(),
    sentByUserId: text('sent_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    sentAt: timeMs('sent_at').notNull(),
  },
  (table) => [
    index('financial_charges_by_hand_sent_at').on(table.sentAt),
    check('financial_charges_by_hand_reason_given', sql`length(trim(${table.reason})) > 0`),
  ],
)
