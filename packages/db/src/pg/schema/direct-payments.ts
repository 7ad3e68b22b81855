// The PostgreSQL twin of ../../schema/direct-payments.ts, which says what these tables mean. `json_valid` and
// `typeof` are the columns' types here (json, bigint); a file's bytes are `bytea`.
import { sql } from 'drizzle-orm'
import { check, index, pgTable, primaryKey, text, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core'
import {
  deliveryMechanisms,
  directPaymentAccountTypes,
  directPaymentBases,
  directPaymentDecisionKinds,
  directPaymentKinds,
  directPaymentAdjustmentKinds,
  directPaymentRecipientRoles,
  directPaymentReturnSources,
  employmentEvidenceKinds,
  returnDocumentKinds,
} from '../../schema/direct-payments.js'
import { MAX_EVIDENCE_BYTES, evidenceContentTypes } from '../../schema/charging.js'
import { bytes, int, jsonValue, oneOf, timeMs } from '../columns.js'
import { people, users } from '../schema.js'
import { carerPlans } from './carers.js'
import { supportPlans } from './support-planning.js'

const isDate = (column: unknown) => sql`is_calendar_date(${column})`
// bigint columns hold whole numbers already; the SQLite twin checks typeof.
const whole = (column: unknown) => sql`${column} is not null`

export const directPaymentAgreements = pgTable(
  'direct_payment_agreements',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    // A person's plan (`plan_id`), or a carer's plan (`carer_plan_id`, issue 16): exactly one.
    planId: text('plan_id').references(() => supportPlans.id, { onDelete: 'restrict' }),
    carerPlanId: text('carer_plan_id').references(() => carerPlans.id, { onDelete: 'restrict' }),
    planVersion: int('plan_version').notNull(),
    recipientRole: text('recipient_role', { enum: directPaymentRecipientRoles }).notNull(),
    accountType: text('account_type', { enum: directPaymentAccountTypes }).notNull(),
    basis: text('basis', { enum: directPaymentBases }).notNull(),
    deliveryMechanism: text('delivery_mechanism', { enum: deliveryMechanisms }).notNull(),
    startDate: text('start_date').notNull(),
    weeklyPaymentPence: int('weekly_payment_pence').notNull(),
    costCentre: text('cost_centre').notNull(),
    agreement: jsonValue<unknown>('agreement').notNull(),
    rulesVersion: text('rules_version').notNull(),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: timeMs('created_at').notNull(),
  },
  (table) => [
    index('direct_payment_agreements_person_id').on(table.personId),
    uniqueIndex('direct_payment_agreements_plan_version').on(table.planId, table.planVersion),
    uniqueIndex('direct_payment_agreements_carer_plan_id').on(table.carerPlanId),
    check('direct_payment_agreements_one_plan', sql`(${table.planId} is null) <> (${table.carerPlanId} is null)`),
    check(
      'direct_payment_agreements_recipient_known',
      sql`${table.recipientRole} in (${oneOf(directPaymentRecipientRoles)})`,
    ),
    check(
      'direct_payment_agreements_account_known',
      sql`${table.accountType} in (${oneOf(directPaymentAccountTypes)})`,
    ),
    check('direct_payment_agreements_basis_known', sql`${table.basis} in (${oneOf(directPaymentBases)})`),
    check(
      'direct_payment_agreements_mechanism_known',
      sql`${table.deliveryMechanism} in (${oneOf(deliveryMechanisms)})`,
    ),
    check('direct_payment_agreements_start_date', isDate(table.startDate)),
    check(
      'direct_payment_agreements_weekly_whole',
      sql`${whole(table.weeklyPaymentPence)} and ${table.weeklyPaymentPence} >= 0`,
    ),
    check('direct_payment_agreements_agreement_json', sql`${table.agreement} is not null`),
    check('direct_payment_agreements_cost_centre', sql`length(trim(${table.costCentre})) > 0`),
  ],
)

export const directPaymentReturns = pgTable(
  'direct_payment_returns',
  {
    id: text('id').primaryKey(),
    agreementId: text('agreement_id')
      .notNull()
      .references(() => directPaymentAgreements.id, { onDelete: 'restrict' }),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    receivedOn: text('received_on').notNull(),
    openingBalancePence: int('opening_balance_pence').notNull(),
    closingBalancePence: int('closing_balance_pence').notNull(),
    paidInPence: int('paid_in_pence').notNull(),
    contributionsPaidInPence: int('contributions_paid_in_pence').notNull(),
    surplusPence: int('surplus_pence').notNull(),
    source: text('source', { enum: directPaymentReturnSources }).notNull(),
    statementSha256: text('statement_sha256'),
    statementFileName: text('statement_file_name'),
    result: jsonValue<unknown>('result').notNull(),
    sentByUserId: text('sent_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    sentAt: timeMs('sent_at').notNull(),
  },
  (table) => [
    index('direct_payment_returns_agreement_id').on(table.agreementId, table.periodEnd),
    // The same statement file imported twice adds nothing.
    uniqueIndex('direct_payment_returns_statement')
      .on(table.agreementId, table.statementSha256)
      .where(sql`${table.statementSha256} is not null`),
    check('direct_payment_returns_source_known', sql`${table.source} in (${oneOf(directPaymentReturnSources)})`),
    check(
      'direct_payment_returns_dates',
      sql`${isDate(table.periodStart)} and ${isDate(table.periodEnd)} and ${isDate(table.receivedOn)} and ${table.periodStart} <= ${table.periodEnd}`,
    ),
    check(
      'direct_payment_returns_pence_whole',
      sql`${whole(table.openingBalancePence)} and ${whole(table.closingBalancePence)} and ${whole(table.paidInPence)} and ${table.paidInPence} >= 0 and ${whole(table.contributionsPaidInPence)} and ${table.contributionsPaidInPence} >= 0 and ${whole(table.surplusPence)} and ${table.surplusPence} >= 0`,
    ),
    check(
      'direct_payment_returns_statement',
      sql`(${table.source} = 'card-statement') = (${table.statementSha256} is not null)`,
    ),
    check('direct_payment_returns_result_json', sql`${table.result} is not null`),
  ],
)

export const directPaymentSpendLines = pgTable(
  'direct_payment_spend_lines',
  {
    returnId: text('return_id')
      .notNull()
      .references(() => directPaymentReturns.id, { onDelete: 'restrict' }),
    line: int('line').notNull(),
    spentOn: text('spent_on'),
    description: text('description').notNull(),
    pence: int('pence').notNull(),
    supportId: text('support_id'),
  },
  (table) => [
    primaryKey({ columns: [table.returnId, table.line] }),
    check('direct_payment_spend_lines_pence_whole', sql`${whole(table.pence)}`),
    check('direct_payment_spend_lines_date', sql`${table.spentOn} is null or ${isDate(table.spentOn)}`),
  ],
)

export const directPaymentDecisions = pgTable(
  'direct_payment_decisions',
  {
    id: text('id').primaryKey(),
    agreementId: text('agreement_id')
      .notNull()
      .references(() => directPaymentAgreements.id, { onDelete: 'restrict' }),
    sequence: int('sequence').notNull(),
    kind: text('kind', { enum: directPaymentDecisionKinds }).notNull(),
    reason: text('reason').notNull(),
    returnId: text('return_id').references((): AnyPgColumn => directPaymentReturns.id, { onDelete: 'restrict' }),
    // The package's result: the surplus decision, or the final reconciliation of an ending.
    detail: jsonValue<unknown>('detail'),
    // The agreement after a suspension, resumption or ending.
    agreement: jsonValue<unknown>('agreement'),
    decidedByUserId: text('decided_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: timeMs('decided_at').notNull(),
  },
  (table) => [
    // Two officers acting at once on one agreement cannot both take the next place.
    uniqueIndex('direct_payment_decisions_sequence').on(table.agreementId, table.sequence),
    // A return is checked once: by a decision on its surplus, or as checked with a note.
    uniqueIndex('direct_payment_decisions_return_id')
      .on(table.returnId)
      .where(sql`${table.returnId} is not null`),
    check('direct_payment_decisions_kind_known', sql`${table.kind} in (${oneOf(directPaymentDecisionKinds)})`),
    check('direct_payment_decisions_sequence', sql`${whole(table.sequence)} and ${table.sequence} >= 1`),
    check('direct_payment_decisions_reason_given', sql`length(trim(${table.reason})) > 0`),
    check(
      'direct_payment_decisions_agreement_kept',
      sql`(${table.kind} in ('suspension', 'resumption', 'ending', 'change')) = (${table.agreement} is not null)`,
    ),
    check(
      'direct_payment_decisions_return_checked',
      sql`(${table.kind} in ('return-checked', 'surplus')) = (${table.returnId} is not null)`,
    ),
  ],
)

export const directPaymentRuns = pgTable(
  'direct_payment_runs',
  {
    id: text('id').primaryKey(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    paidOn: text('paid_on').notNull(),
    paymentCount: int('payment_count').notNull(),
    totalPence: int('total_pence').notNull(),
    runByUserId: text('run_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    runAt: timeMs('run_at').notNull(),
  },
  (table) => [
    // One run per period: a period already paid is refused.
    uniqueIndex('direct_payment_runs_period_start').on(table.periodStart),
    check(
      'direct_payment_runs_dates',
      sql`${isDate(table.periodStart)} and ${isDate(table.periodEnd)} and ${isDate(table.paidOn)} and ${table.periodStart} <= ${table.periodEnd}`,
    ),
    check(
      'direct_payment_runs_totals',
      sql`${whole(table.paymentCount)} and ${table.paymentCount} >= 0 and ${whole(table.totalPence)} and ${table.totalPence} >= 0`,
    ),
  ],
)

export const directPayments = pgTable(
  'direct_payments',
  {
    id: text('id').primaryKey(),
    agreementId: text('agreement_id')
      .notNull()
      .references(() => directPaymentAgreements.id, { onDelete: 'restrict' }),
    runId: text('run_id')
      .notNull()
      .references(() => directPaymentRuns.id, { onDelete: 'restrict' }),
    reference: text('reference').notNull(),
    kind: text('kind', { enum: directPaymentKinds }).notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    dueDate: text('due_date').notNull(),
    paidOn: text('paid_on').notNull(),
    pence: int('pence').notNull(),
    explanation: jsonValue<unknown>('explanation').notNull(),
  },
  (table) => [
    // Idempotent payment runs: a scheduled payment is paid once, whatever runs again.
    uniqueIndex('direct_payments_reference').on(table.reference),
    index('direct_payments_agreement_id').on(table.agreementId, table.dueDate),
    index('direct_payments_run_id').on(table.runId),
    check('direct_payments_kind_known', sql`${table.kind} in (${oneOf(directPaymentKinds)})`),
    check(
      'direct_payments_dates',
      sql`${isDate(table.periodStart)} and ${isDate(table.periodEnd)} and ${isDate(table.dueDate)} and ${isDate(table.paidOn)}`,
    ),
    check('direct_payments_pence_whole', sql`${whole(table.pence)} and ${table.pence} > 0`),
  ],
)

/**
 * `direct_payment_adjustments`: corrections a payment run made to payments already made, after a change from an
 * effective date: arrears paid (`arrears`) or an overpayment taken off the run's payments (`recovery`), against the
 * scheduled payment `adjusts_reference`. `pence` is above 0 either way; `reference` (the corrected payment's with the
 * run's period) is unique, so a run never makes one twice. Append-only like the rest.
 */
export const directPaymentAdjustments = pgTable(
  'direct_payment_adjustments',
  {
    id: text('id').primaryKey(),
    agreementId: text('agreement_id')
      .notNull()
      .references(() => directPaymentAgreements.id, { onDelete: 'restrict' }),
    runId: text('run_id')
      .notNull()
      .references(() => directPaymentRuns.id, { onDelete: 'restrict' }),
    reference: text('reference').notNull(),
    adjustsReference: text('adjusts_reference').notNull(),
    kind: text('kind', { enum: directPaymentAdjustmentKinds }).notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    paidOn: text('paid_on').notNull(),
    pence: int('pence').notNull(),
    explanation: jsonValue<unknown>('explanation').notNull(),
  },
  (table) => [
    uniqueIndex('direct_payment_adjustments_reference').on(table.reference),
    index('direct_payment_adjustments_agreement_id').on(table.agreementId),
    index('direct_payment_adjustments_run_id').on(table.runId),
    check('direct_payment_adjustments_kind_known', sql`${table.kind} in (${oneOf(directPaymentAdjustmentKinds)})`),
    check(
      'direct_payment_adjustments_dates',
      sql`${isDate(table.periodStart)} and ${isDate(table.periodEnd)} and ${isDate(table.paidOn)}`,
    ),
    check('direct_payment_adjustments_pence_whole', sql`${whole(table.pence)} and ${table.pence} > 0`),
  ],
)

export const directPaymentSpendPlacements = pgTable(
  'direct_payment_spend_placements',
  {
    id: text('id').primaryKey(),
    returnId: text('return_id')
      .notNull()
      .references(() => directPaymentReturns.id, { onDelete: 'restrict' }),
    sequence: int('sequence').notNull(),
    supports: jsonValue<(string | null)[]>('supports').notNull(),
    result: jsonValue<unknown>('result').notNull(),
    placedByUserId: text('placed_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    placedAt: timeMs('placed_at').notNull(),
  },
  (table) => [
    uniqueIndex('direct_payment_spend_placements_sequence').on(table.returnId, table.sequence),
    check('direct_payment_spend_placements_sequence_whole', sql`${whole(table.sequence)} and ${table.sequence} >= 1`),
    check('direct_payment_spend_placements_supports_json', sql`${table.supports} is not null`),
    check('direct_payment_spend_placements_result_json', sql`${table.result} is not null`),
  ],
)

export const directPaymentEmploymentEvidence = pgTable(
  'direct_payment_employment_evidence',
  {
    id: text('id').primaryKey(),
    agreementId: text('agreement_id')
      .notNull()
      .references(() => directPaymentAgreements.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: employmentEvidenceKinds }).notNull(),
    subject: text('subject').notNull(),
    expiresOn: text('expires_on').notNull(),
    evidence: jsonValue<unknown>('evidence').notNull(),
    rulesVersion: text('rules_version').notNull(),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: timeMs('recorded_at').notNull(),
  },
  (table) => [
    index('direct_payment_employment_evidence_agreement_id').on(table.agreementId),
    check('direct_payment_employment_evidence_kind_known', sql`${table.kind} in (${oneOf(employmentEvidenceKinds)})`),
    check('direct_payment_employment_evidence_subject', sql`length(trim(${table.subject})) > 0`),
    check('direct_payment_employment_evidence_expires_on', isDate(table.expiresOn)),
    check('direct_payment_employment_evidence_json', sql`${table.evidence} is not null`),
  ],
)

export const directPaymentReturnDocuments = pgTable(
  'direct_payment_return_documents',
  {
    id: text('id').primaryKey(),
    returnId: text('return_id')
      .notNull()
      .references(() => directPaymentReturns.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: returnDocumentKinds }).notNull(),
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
    uniqueIndex('direct_payment_return_documents_file').on(table.returnId, table.sha256),
    check('direct_payment_return_documents_kind_known', sql`${table.kind} in (${oneOf(returnDocumentKinds)})`),
    check(
      'direct_payment_return_documents_content_type_known',
      sql`${table.contentType} in (${oneOf(evidenceContentTypes)})`,
    ),
    check(
      'direct_payment_return_documents_size',
      sql`${table.sizeBytes} = octet_length(${table.content}) and ${table.sizeBytes} > 0 and ${table.sizeBytes} <= ${sql.raw(String(MAX_EVIDENCE_BYTES))}`,
    ),
    check(
      'direct_payment_return_documents_file_name',
      sql`length(trim(${table.fileName})) > 0 and length(${table.fileName}) <= 200`,
    ),
    check('direct_payment_return_documents_sha256_hex', sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
)

/**
 * The transactions of prepaid-card statements already imported on an agreement, by their identity (the SHA-256 of the
 * package's `transactionIdentities`: day, description, amount, balance and order among rows alike in all of these),
 * each with the return it was counted in: a later statement repeating them counts only its new rows.
 */
export const directPaymentCardTransactions = pgTable(
  'direct_payment_card_transactions',
  {
    agreementId: text('agreement_id')
      .notNull()
      .references(() => directPaymentAgreements.id, { onDelete: 'restrict' }),
    identity: text('identity').notNull(),
    returnId: text('return_id')
      .notNull()
      .references(() => directPaymentReturns.id, { onDelete: 'restrict' }),
  },
  (table) => [
    // A transaction is counted in one return only.
    primaryKey({ columns: [table.agreementId, table.identity] }),
    check('direct_payment_card_transactions_identity_hex', sql`${table.identity} ~ '^[0-9a-f]{64}$'`),
  ],
)
