/*
 * Financial assessments: what a person pays towards their care (see @open-sds/charging). For a reader counting from
 * these tables with plain SQL:
 *
 * - `financial_assessments`: every version of every person's financial assessment. A `draft` is the one row that
 *   changes (the person's answers, saved as they go); once `submitted` or `confirmed` a row never changes or goes.
 *   A correction, a confirmation or a yearly uprating is a new row whose `supersedes_id` names the row it replaces,
 *   and each row can be replaced only once, so a person's versions form one chain. The row nobody supersedes is the
 *   person's current financial assessment; `kind` says why the row exists and `reason` why it was corrected or
 *   uprated. `answers` is the input as the person gave it; `result` is the charging package's whole result
 *   (explanation, rules version, policy, rates year) exactly as produced, and the pence columns are copied out of it
 *   so nobody needs to read the JSON to count. `uprating_run_id` groups the rows one uprating wrote.
 * - `financial_charges_by_hand`: an assessment the person sent whose charge the charging engine could not work out
 *   because of the council's data (a rate not yet published, no cost of care): the answers were sent, the row stays a
 *   `draft` with no result (no charge has been worked out), and this row says so, why in plain words, who sent it and
 *   when. A finance officer then records the charge by hand, which sends the draft with that charge. Never changed or
 *   removed: it stays as the record that the charge was worked out by hand.
 * - `financial_evidence`: files a person sent as evidence (income, disability-related costs, capital, housing),
 *   kept as bytes with their declared type, size and SHA-256, never changed or removed.
 *
 * Times are integer milliseconds since the Unix epoch (UTC), as in the rest of the schema.
 */
import { sql } from 'drizzle-orm'
import {
  blob,
  check,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core'
import { people, users } from '../schema.js'

export const financialAssessmentStatuses = ['draft', 'submitted', 'confirmed'] as const
export type FinancialAssessmentStatus = (typeof financialAssessmentStatuses)[number]

/** Why a version exists: the person's own assessment, a finance officer's correction or confirmation, or the yearly uprating. */
export const financialAssessmentKinds = ['assessment', 'correction', 'confirmation', 'uprating'] as const
export type FinancialAssessmentKind = (typeof financialAssessmentKinds)[number]

export const evidenceCategories = ['income', 'disability-related-expenditure', 'capital', 'housing'] as const
export type EvidenceCategory = (typeof evidenceCategories)[number]

/** Kinds of file accepted as evidence: what a scanner or a phone camera makes. */
export const evidenceContentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const
export type EvidenceContentType = (typeof evidenceContentTypes)[number]

/** The database's own ceiling on one file; the portal sets its own, lower, limit on what it accepts. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

export const financialAssessments = sqliteTable(
  'financial_assessments',
  {
    id: text('id').primaryKey(),
    // RESTRICT: a person's record cannot be removed while it still holds their financial assessments.
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    supersedesId: text('supersedes_id').references((): AnySQLiteColumn => financialAssessments.id, {
      onDelete: 'restrict',
    }),
    status: text('status', { enum: financialAssessmentStatuses }).notNull(),
    kind: text('kind', { enum: financialAssessmentKinds }).notNull(),
    answers: text('answers', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    result: text('result', { mode: 'json' }).$type<unknown>(),
    weeklyChargePence: integer('weekly_charge_pence'),
    weeklyCostOfCarePence: integer('weekly_cost_of_care_pence'),
    rulesVersion: text('rules_version'),
    policyName: text('policy_name'),
    policyVersion: text('policy_version'),
    ratesYear: text('rates_year'),
    // The UK calendar date the charge was worked out for (YYYY-MM-DD): it chose the rate table.
    assessedFor: text('assessed_for'),
    reason: text('reason'),
    upratingRunId: text('uprating_run_id'),
    // Accounts are disabled, never deleted, so who recorded each version stays answerable.
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: integer('recorded_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('financial_assessments_person_id_recorded_at').on(table.personId, table.recordedAt),
    index('financial_assessments_status').on(table.status),
    // One chain per person: a version is replaced at most once, so two officers acting at once cannot both win.
    uniqueIndex('financial_assessments_supersedes_id')
      .on(table.supersedesId)
      .where(sql`${table.supersedesId} is not null`),
    uniqueIndex('financial_assessments_one_draft_per_person')
      .on(table.personId)
      .where(sql`${table.status} = 'draft'`),
    check('financial_assessments_status_known', sql`${table.status} in (${oneOf(financialAssessmentStatuses)})`),
    check('financial_assessments_kind_known', sql`${table.kind} in (${oneOf(financialAssessmentKinds)})`),
    check('financial_assessments_answers_json', sql`json_valid(${table.answers})`),
    // A draft has no result; any other version has all of it.
    check(
      'financial_assessments_result_complete',
      sql`(${table.status} = 'draft' and ${table.result} is null and ${table.weeklyChargePence} is null and ${table.weeklyCostOfCarePence} is null and ${table.rulesVersion} is null and ${table.ratesYear} is null and ${table.assessedFor} is null) or (${table.status} <> 'draft' and ${table.result} is not null and json_valid(${table.result}) and ${table.weeklyChargePence} is not null and ${table.weeklyCostOfCarePence} is not null and ${table.rulesVersion} is not null and ${table.policyName} is not null and ${table.policyVersion} is not null and ${table.ratesYear} is not null and ${table.assessedFor} is not null)`,
    ),
    check(
      'financial_assessments_pence_whole',
      sql`(${table.weeklyChargePence} is null or (typeof(${table.weeklyChargePence}) = 'integer' and ${table.weeklyChargePence} >= 0)) and (${table.weeklyCostOfCarePence} is null or (typeof(${table.weeklyCostOfCarePence}) = 'integer' and ${table.weeklyCostOfCarePence} >= 0))`,
    ),
    // s14(4): the charge never exceeds the cost of care, whatever wrote the row.
    check(
      'financial_assessments_charge_within_cost',
      sql`${table.weeklyChargePence} is null or ${table.weeklyChargePence} <= ${table.weeklyCostOfCarePence}`,
    ),
    check(
      'financial_assessments_assessed_for_date',
      sql`${table.assessedFor} is null or date(${table.assessedFor}) is ${table.assessedFor}`,
    ),
    // Only the person's own first assessment stands alone; anything else replaces a version, and a correction or an
    // uprating says why. Written so that a missing reason is false, not null: a CHECK that evaluates to null passes.
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

export const financialEvidence = sqliteTable(
  'financial_evidence',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    // The assessment the file was sent with (the person's draft, which keeps its id when submitted).
    financialAssessmentId: text('financial_assessment_id')
      .notNull()
      .references(() => financialAssessments.id, { onDelete: 'restrict' }),
    category: text('category', { enum: evidenceCategories }).notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type', { enum: evidenceContentTypes }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: blob('content', { mode: 'buffer' }).notNull(),
    uploadedByUserId: text('uploaded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    uploadedAt: integer('uploaded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('financial_evidence_financial_assessment_id').on(table.financialAssessmentId),
    index('financial_evidence_person_id').on(table.personId),
    check('financial_evidence_category_known', sql`${table.category} in (${oneOf(evidenceCategories)})`),
    check('financial_evidence_content_type_known', sql`${table.contentType} in (${oneOf(evidenceContentTypes)})`),
    check(
      'financial_evidence_size',
      sql`${table.sizeBytes} = length(${table.content}) and ${table.sizeBytes} > 0 and ${table.sizeBytes} <= ${sql.raw(String(MAX_EVIDENCE_BYTES))}`,
    ),
    check(
      'financial_evidence_file_name_not_blank',
      sql`length(trim(${table.fileName})) > 0 and length(${table.fileName}) <= 200`,
    ),
    check(
      'financial_evidence_sha256_hex',
      sql`length(${table.sha256}) = 64 and ${table.sha256} not glob '*[^0-9a-f]*'`,
    ),
  ],
)

export const financialChargesByHand = sqliteTable(
  'financial_charges_by_hand',
  {
    // The draft the person sent: it keeps its id when the finance officer records the charge.
    financialAssessmentId: text('financial_assessment_id')
      .primaryKey()
      .references(() => financialAssessments.id, { onDelete: 'restrict' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    // Why the engine could not work it out, in plain words (from @open-sds/charging's classifyRefusal).
    reason: text('reason').notNull(),
    sentByUserId: text('sent_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('financial_charges_by_hand_sent_at').on(table.sentAt),
    check('financial_charges_by_hand_reason_given', sql`length(trim(${table.reason})) > 0`),
  ],
)
