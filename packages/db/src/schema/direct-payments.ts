/*
 * Direct payments and managed accounts after the plan (issue 14; the rules are @open-sds/direct-payments'). For a
 * reader counting from these tables with plain SQL. Every table here is append-only: migrations add triggers that
 * refuse UPDATE and DELETE, so money paid, a return sent and a decision taken stay as they were; a correction is a
 * new row.
 *
 * - `direct_payment_agreements`: one row per agreement, made from an active plan version (`plan_id`, `plan_version`),
 *   or from a carer's agreed plan and budget (`carer_plan_id`, one agreement each; `plan_id` then empty).
 *   `agreement` is the package's whole Agreement as made (rates, recipient, account, explanation, rules version); the
 *   columns beside it are copied out of it to count by. `delivery_mechanism` is the Client Level Data word for how the
 *   services it pays for are delivered. One agreement per plan version.
 * - `direct_payment_decisions`: what a finance officer decided, in order (`sequence` 1, 2, …, one per agreement each):
 *   a suspension, a resumption, an ending (`agreement` then holds the agreement after it), or the check of a return
 *   (`return_id`, once per return): a decision on its surplus, or checked with a note; each with its reason. The
 *   agreement in force is the latest decision's
 *   `agreement`, or the agreement's own. A `change` (a new rate from an effective date, when the plan or the charge
 *   changes) also holds the agreement after it; a `review` (a direct-payment review held, regulation 7) holds the
 *   review in `detail`. Two officers acting at once cannot both take the next `sequence`.
 * - `direct_payment_runs`: one payment run per cycle period (`period_start` unique): a second run for a period is refused.
 * - `direct_payments`: money paid, one row per scheduled payment (its `reference`, agreement/period start, is unique,
 *   so a payment run never pays a reference twice), with the explanation of its amount.
 * - `direct_payment_returns` and `direct_payment_spend_lines`: a monitoring return (balances, paid in) with the
 *   package's check of it (`result`), and its spend lines, each set against a support of the plan or none. A return
 *   read from a prepaid-card statement keeps the file's SHA-256: the same file imported twice adds nothing.
 * - `direct_payment_card_transactions`: each prepaid-card transaction imported, by its identity, with the return that
 *   counted it: a statement repeating earlier rows beside new ones adds only the new ones.
 *
 * - `direct_payment_employment_evidence`: evidence that a person employing personal assistants with the payment holds
 *   what an employer must (employer's liability insurance, a payroll provider, a workplace pension, a PA's DBS check),
 *   each with its expiry date and who it names (`subject`: the insurer, provider, scheme or PA); `evidence` is the
 *   package's Evidence as recorded. Newer evidence of a kind is a new row; the newest counts.
 * - `direct_payment_return_documents`: files a person paying from their own bank account sent with a return (bank
 *   statements, invoices, timesheets), kept as bytes with their type (decided by the bytes), size and SHA-256: the same
 *   file attached to one return twice adds nothing.
 *
 * Dates are `YYYY-MM-DD` text; times are integer milliseconds since the Unix epoch (UTC); money is whole pence.
 */
import { sql } from 'drizzle-orm'
import {
  blob,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core'
import { people, users } from '../schema.js'
import { carerPlans } from './carers.js'
import { MAX_EVIDENCE_BYTES, evidenceContentTypes } from './charging.js'
import { supportPlans } from './support-planning.js'

export const directPaymentAccountTypes = [
  'own-bank-account',
  'prepaid-card',
  'managed-account',
  'individual-service-fund',
] as const
export const directPaymentBases = ['net', 'gross'] as const
export const directPaymentRecipientRoles = ['the-person', 'nominated-person', 'authorised-person'] as const
/** Client Level Data's delivery mechanisms, in @open-sds/statutory-returns' codes: Direct Payment, CASSR Managed Personal Budget. */
export const deliveryMechanisms = ['direct-payment', 'cassr-managed-personal-budget'] as const
export const directPaymentDecisionKinds = [
  'suspension',
  'resumption',
  'ending',
  'surplus',
  'return-checked',
  'change',
  'review',
] as const
export const directPaymentKinds = ['regular', 'pro-rata', 'one-off', 'allowance'] as const
export const directPaymentReturnSources = ['form', 'card-statement'] as const
export const directPaymentAdjustmentKinds = ['arrears', 'recovery'] as const
/** Personal-assistant employment evidence, in @open-sds/direct-payments' kinds. */
export const employmentEvidenceKinds = ['employers-liability-insurance', 'payroll-provider', 'pension', 'dbs'] as const
/** What a document sent with a return is: what councils ask a person paying from their own account to keep. */
export const returnDocumentKinds = ['bank-statement', 'invoice-or-receipt', 'timesheet-or-payslip', 'other'] as const

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))
const isDate = (column: unknown) => sql`date(${column}) is ${column}`
const whole = (column: unknown) => sql`typeof(${column}) = 'integer'`

export const directPaymentAgreements = sqliteTable(
  'direct_payment_agreements',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    // A person's plan (`plan_id`), or a carer's plan (`carer_plan_id`, issue 16): exactly one.
    planId: text('plan_id').references(() => supportPlans.id, { onDelete: 'restrict' }),
    carerPlanId: text('carer_plan_id').references(() => carerPlans.id, { onDelete: 'restrict' }),
    planVersion: integer('plan_version').notNull(),
    recipientRole: text('recipient_role', { enum: directPaymentRecipientRoles }).notNull(),
    accountType: text('account_type', { enum: directPaymentAccountTypes }).notNull(),
    basis: text('basis', { enum: directPaymentBases }).notNull(),
    deliveryMechanism: text('delivery_mechanism', { enum: deliveryMechanisms }).notNull(),
    startDate: text('start_date').notNull(),
    weeklyPaymentPence: integer('weekly_payment_pence').notNull(),
    costCentre: text('cost_centre').notNull(),
    agreement: text('agreement', { mode: 'json' }).$type<unknown>().notNull(),
    rulesVersion: text('rules_version').notNull(),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
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
    check('direct_payment_agreements_agreement_json', sql`json_valid(${table.agreement})`),
    check('direct_payment_agreements_cost_centre', sql`length(trim(${table.costCentre})) > 0`),
  ],
)

export const directPaymentReturns = sqliteTable(
  'direct_payment_returns',
  {
    id: text('id').primaryKey(),
    agreementId: text('agreement_id')
      .notNull()
      .references(() => directPaymentAgreements.id, { onDelete: 'restrict' }),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    receivedOn: text('received_on').notNull(),
    openingBalancePence: integer('opening_balance_pence').notNull(),
    closingBalancePence: integer('closing_balance_pence').notNull(),
    paidInPence: integer('paid_in_pence').notNull(),
    contributionsPaidInPence: integer('contributions_paid_in_pence').notNull(),
    surplusPence: integer('surplus_pence').notNull(),
    source: text('source', { enum: directPaymentReturnSources }).notNull(),
    statementSha256: text('statement_sha256'),
    statementFileName: text('statement_file_name'),
    result: text('result', { mode: 'json' }).$type<unknown>().notNull(),
    sentByUserId: text('sent_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
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
    check('direct_payment_returns_result_json', sql`json_valid(${table.result})`),
  ],
)

export const directPaymentSpendLines = sqliteTable(
  'direct_payment_spend_lines',
  {
    returnId: text('return_id')
      .notNull()
      .references(() => directPaymentReturns.id, { onDelete: 'restrict' }),
    line: integer('line').notNull(),
    spentOn: text('spent_on'),
    description: text('description').notNull(),
    pence: integer('pence').notNull(),
    supportId: text('support_id'),
  },
  (table) => [
    primaryKey({ columns: [table.returnId, table.line] }),
    check('direct_payment_spend_lines_pence_whole', sql`${whole(table.pence)}`),
    check('direct_payment_spend_lines_date', sql`${table.spentOn} is null or ${isDate(table.spentOn)}`),
  ],
)

export const directPaymentDecisions = sqliteTable(
  'direct_payment_decisions',
  {
    id: text('id').primaryKey(),
    agreementId: text('agreement_id')
      .notNull()
      .references(() => directPaymentAgreements.id, { onDelete: 'restrict' }),
    sequence: integer('sequence').notNull(),
    kind: text('kind', { enum: directPaymentDecisionKinds }).notNull(),
    reason: text('reason').notNull(),
    returnId: text('return_id').references((): AnySQLiteColumn => directPaymentReturns.id, { onDelete: 'restrict' }),
    // The package's result: the surplus decision, or the final reconciliation of an ending.
    detail: text('detail', { mode: 'json' }).$type<unknown>(),
    // The agreement after a suspension, resumption or ending.
    agreement: text('agreement', { mode: 'json' }).$type<unknown>(),
    decidedByUserId: text('decided_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }).notNull(),
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

export const directPaymentRuns = sqliteTable(
  'direct_payment_runs',
  {
    id: text('id').primaryKey(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    paidOn: text('paid_on').notNull(),
    paymentCount: integer('payment_count').notNull(),
    totalPence: integer('total_pence').notNull(),
    runByUserId: text('run_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    runAt: integer('run_at', { mode: 'timestamp_ms' }).notNull(),
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

export const directPayments = sqliteTable(
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
    pence: integer('pence').notNull(),
    explanation: text('explanation', { mode: 'json' }).$type<unknown>().notNull(),
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
export const directPaymentAdjustments = sqliteTable(
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
    pence: integer('pence').notNull(),
    explanation: text('explanation', { mode: 'json' }).$type<unknown>().notNull(),
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

/**
 * `direct_payment_spend_placements`: the person (or their representative) placing a return's spend lines against the
 * plan's supports after sending it (a card statement's lines arrive placed against none). Each placement is the whole
 * return's: `supports` holds one support id (or null, for none) per spend line in line order, and `result` the
 * package's check of the return so placed. The latest (`sequence` 1, 2, … per return) is in force; the spend lines
 * stay as they were sent. Append-only like the rest.
 */
export const directPaymentSpendPlacements = sqliteTable(
  'direct_payment_spend_placements',
  {
    id: text('id').primaryKey(),
    returnId: text('return_id')
      .notNull()
      .references(() => directPaymentReturns.id, { onDelete: 'restrict' }),
    sequence: integer('sequence').notNull(),
    supports: text('supports', { mode: 'json' }).$type<(string | null)[]>().notNull(),
    result: text('result', { mode: 'json' }).$type<unknown>().notNull(),
    placedByUserId: text('placed_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    placedAt: integer('placed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('direct_payment_spend_placements_sequence').on(table.returnId, table.sequence),
    check('direct_payment_spend_placements_sequence_whole', sql`${whole(table.sequence)} and ${table.sequence} >= 1`),
    check('direct_payment_spend_placements_supports_json', sql`json_valid(${table.supports})`),
    check('direct_payment_spend_placements_result_json', sql`json_valid(${table.result})`),
  ],
)

export const directPaymentEmploymentEvidence = sqliteTable(
  'direct_payment_employment_evidence',
  {
    id: text('id').primaryKey(),
    agreementId: text('agreement_id')
      .notNull()
      .references(() => directPaymentAgreements.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: employmentEvidenceKinds }).notNull(),
    subject: text('subject').notNull(),
    expiresOn: text('expires_on').notNull(),
    evidence: text('evidence', { mode: 'json' }).$type<unknown>().notNull(),
    rulesVersion: text('rules_version').notNull(),
    recordedByUserId: text('recorded_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: integer('recorded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('direct_payment_employment_evidence_agreement_id').on(table.agreementId),
    check('direct_payment_employment_evidence_kind_known', sql`${table.kind} in (${oneOf(employmentEvidenceKinds)})`),
    check('direct_payment_employment_evidence_subject', sql`length(trim(${table.subject})) > 0`),
    check('direct_payment_employment_evidence_expires_on', isDate(table.expiresOn)),
    check('direct_payment_employment_evidence_json', sql`json_valid(${table.evidence})`),
  ],
)

export const directPaymentReturnDocuments = sqliteTable(
  'direct_payment_return_documents',
  {
    id: text('id').primaryKey(),
    returnId: text('return_id')
      .notNull()
      .references(() => directPaymentReturns.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: returnDocumentKinds }).notNull(),
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
    // The same file attached to one return twice adds nothing.
    uniqueIndex('direct_payment_return_documents_file').on(table.returnId, table.sha256),
    check('direct_payment_return_documents_kind_known', sql`${table.kind} in (${oneOf(returnDocumentKinds)})`),
    check(
      'direct_payment_return_documents_content_type_known',
      sql`${table.contentType} in (${oneOf(evidenceContentTypes)})`,
    ),
    check(
      'direct_payment_return_documents_size',
      sql`${table.sizeBytes} = length(${table.content}) and ${table.sizeBytes} > 0 and ${table.sizeBytes} <= ${sql.raw(String(MAX_EVIDENCE_BYTES))}`,
    ),
    check(
      'direct_payment_return_documents_file_name',
      sql`length(trim(${table.fileName})) > 0 and length(${table.fileName}) <= 200`,
    ),
    check(
      'direct_payment_return_documents_sha256_hex',
      sql`length(${table.sha256}) = 64 and ${table.sha256} not glob '*[^0-9a-f]*'`,
    ),
  ],
)

/**
 * The transactions of prepaid-card statements already imported on an agreement, by their identity (the SHA-256 of the
 * package's `transactionIdentities`: day, description, amount, balance and order among rows alike in all of these),
 * each with the return it was counted in: a later statement repeating them counts only its new rows.
 */
export const directPaymentCardTransactions = sqliteTable(
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
    check(
      'direct_payment_card_transactions_identity_hex',
      sql`length(${table.identity}) = 64 and ${table.identity} not glob '*[^0-9a-f]*'`,
    ),
  ],
)
