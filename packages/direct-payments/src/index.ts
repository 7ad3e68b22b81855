// @open-sds/direct-payments: the life of a personal budget after the plan is agreed. Pure: no I/O, clock or randomness.
export { fail, formatPence, ok, type Issue, type Result } from '@open-sds/kernel'
export { RULES_VERSION } from './version.js'
export { SOURCES, type Step, type StepKind } from './explanation.js'
export { addMonths } from './amounts.js'
export {
  AllowanceSchema,
  CardStatementFormatSchema,
  DEFAULT_CARD_STATEMENT_FORMAT,
  DEFAULT_DIRECT_PAYMENT_POLICY,
  DirectPaymentPolicySchema,
  directPaymentPolicy,
  frequencyWords,
  type Allowance,
  type CardStatementFormat,
  type DirectPaymentPolicy,
  type DirectPaymentPolicyInput,
} from './policy.js'
export {
  AccountSchema,
  AgreementInputSchema,
  OneOffPaymentSchema,
  RecipientSchema,
  type Account,
  type AgreementInput,
  type OneOffPayment,
  type Recipient,
} from './agreement-schema.js'
export {
  explainAgreementTo,
  lastDayOf,
  makeAgreement,
  rateOn,
  statusOn,
  type AgreedOutcome,
  type AgreedSupport,
  type Agreement,
  type Ending,
  type EndingReason,
  type Rate,
  type Suspension,
} from './agreement.js'
export type { Reader } from './reader.js'
export {
  CarerBudgetAgreementInputSchema,
  makeCarerAgreement,
  type CarerBudgetAgreementInput,
} from './carer-agreement.js'
export {
  addOneOffPayment,
  changeAgreement,
  endAgreement,
  endingReasonWords,
  endingWords,
  resumeAgreement,
  suspendAgreement,
} from './agreement-changes.js'
export { cyclePeriodOf, paymentSchedule, type CyclePeriod, type Schedule, type ScheduledPayment } from './schedule.js'
export {
  PaymentMadeSchema,
  finalReconciliation,
  reconcile,
  type AdjustmentLine,
  type PaymentMade,
  type PaymentMadeInput,
  type Reconciliation,
} from './reconcile.js'
export {
  MoneyInLineSchema,
  ReturnSchema,
  SpendLineSchema,
  checkReturn,
  decideSurplus,
  recoveryOptionWords,
  returnFindingsTo,
  type RecoveryOption,
  type ReturnCheck,
  type ReturnInput,
  type EarlierReturn,
  type MoneyInLine,
  type SpendFinding,
  type SpendLine,
  type SurplusDecision,
} from './monitoring.js'
export { placeSpend, type PlacedReturn } from './place-spend.js'
export {
  EvidenceSchema,
  MINIMUM_EMPLOYERS_LIABILITY_COVER_PENCE,
  checkEmploymentEvidence,
  type EmploymentCheck,
  type EmploymentInput,
  type Evidence,
  type EvidenceFinding,
  type EvidenceStatus,
} from './employment-evidence.js'
export {
  nextDirectPaymentReview,
  recordReviewHeld,
  reviewOutcomeWords,
  reviewOutcomes,
  type ReviewDue,
  type ReviewHeld,
  type ReviewOutcome,
} from './reviews.js'
export { returnsDue, type ReturnDue, type ReturnsDue } from './returns-due.js'
export {
  parseCardStatement,
  returnFromCardStatement,
  type CardStatement,
  type CouncilCredit,
  type CardTransaction,
} from './card-statement.js'
export { leaveOutImported, leftOutWords, transactionIdentities, type NewTransactions } from './imported-transactions.js'
export { paymentRun, type PaymentRun, type RunAdjustment, type RunPayment } from './payment-run.js'
export {
  deliveryMechanismOf,
  planDeliveryMechanisms,
  type DeliveryMechanism,
  type FundingShares,
  type PlanDeliveryMechanisms,
} from './delivery-mechanism.js'
export { jsonSchemas, type JsonSchema } from './json-schemas.js'
