// The Result shape and money formatting are the kernel's; re-exported so that suppliers who imported them from here
// keep working.
export { fail, formatPence, ok, type FieldLabels, type Issue, type Result } from '@open-sds/kernel'
export { weeklyFromAnnual, weeksPerYear } from './money.js'

export type { Frequency, Funding, People, Plan, ProviderType, RiskIChooseToTake, Support } from './plan-schema.js'
export {
  FrequencySchema,
  FundingSchema,
  MoneyManagerSchema,
  OtherFundingSourceSchema,
  PeopleSchema,
  PlanSchema,
  PlannerRoleSchema,
  ProviderTypeSchema,
  RepresentativeAuthoritySchema,
  RiskIChooseToTakeSchema,
  SupportSchema,
} from './plan-schema.js'
export type { ValidatePlanOptions } from './validate-plan.js'
export { validatePlan } from './validate-plan.js'

export type { OutcomeCost, PlanCosting, SupportCost } from './cost-plan.js'
export {
  OutcomeCostSchema,
  PlanCostingSchema,
  SupportCostSchema,
  costPlan,
  costSupport,
  costingRulesVersion,
} from './cost-plan.js'
export type { BudgetCheck, BudgetLine, BudgetStatus } from './check-against-budget.js'
export { BudgetStatusSchema, checkAgainstBudget } from './check-against-budget.js'

export type { PlanAction, PlanState } from './life-cycle.js'
export { PlanActionSchema, PlanStateSchema, allowedActions, lifeCycle, nextState } from './life-cycle.js'
export type { Actor, ActorRole, ChangeContext, HistoryEntry, PlanRecord, PlanVersion } from './plan-record.js'
export {
  ActorRoleSchema,
  ActorSchema,
  HistoryEntrySchema,
  PlanRecordSchema,
  PlanVersionSchema,
  approvedPlan,
  createPlanRecord,
  currentPlan,
} from './plan-record.js'
export type { TransitionAction, TransitionOptions } from './transition.js'
export { TransitionActionSchema, transition } from './transition.js'
export { submissionIssues } from './submission-readiness.js'
export type { ChangeClassification, FlexibleChangeOptions } from './flexibility.js'
export { applyFlexibleChange, classifyChange, flexibilityRulesVersion } from './flexibility.js'
export { jsonSchemas } from './json-schemas.js'
export type { PlanDifference, PlanDifferenceArea } from './plan-differences.js'
export { comparePlans } from './plan-differences.js'
export { chooseReviewDate, nextReviewDate, planInForce } from './review-date.js'
export { startingPlan } from './starting-plan.js'
export type { ReviewDateChoice } from './review-date.js'
export {
  actorRoleLabels,
  frequencyLabels,
  fundingOptionLabels,
  moneyManagerLabels,
  planHistoryLabels,
  plannerRoleLabels,
  planStateLabels,
  providerLabels,
  representativeAuthorityLabels,
} from './labels.js'
export type { BudgetAtStage, BudgetStage, BudgetStageInput, BudgetWords } from './budget-stage.js'
export { budgetStage, budgetWords } from './budget-stage.js'
export { caseStage, type CaseRecord, type CaseStage, type CaseWaitingOn } from './case-stage.js'
export type { RoutableTeam, Waiting, WaitingOn } from './work-queues.js'
export {
  holdingPutsOnCaseload,
  queueOrder,
  teamForWork,
  waitingTime,
  workKindLabels,
  workPriorityLabels,
  workStages,
} from './work-queues.js'
export type { Referral, ReferralClosing, ReferralInput, ReferralKind, ReferralOutcome } from './referral.js'
export {
  ReferralClosingSchema,
  ReferralSchema,
  readReferral,
  readReferralClosing,
  referralEventOutcome,
  referralKindLabels,
  referralKinds,
  referralOutcomeHints,
  referralOutcomeLabels,
  referralOutcomes,
} from './referral.js'
export {
  REVIEW_DUE_WITHIN_DAYS,
  reviewNoticeFor,
  reviewsDue,
  type ReviewDue,
  type ReviewNotice,
} from './reviews-due.js'
export type {
  ProxyAction,
  ProxyGrant,
  ProxyParty,
  ProxyRequest,
  ProxyRequestInput,
  ProxyScope,
  ProxyStanding,
  ProxyStep,
} from './proxy-access.js'
export {
  ProxyReasonSchema,
  ProxyRequestSchema,
  proxyMay,
  proxyScopeLabels,
  proxyScopes,
  proxyStanding,
  proxyStandingLabels,
  proxyStepAllowed,
  proxySteps,
  readProxyGrant,
  readProxyRequest,
} from './proxy-access.js'
export {
  directoryChange,
  directoryReviewPrompts,
  directoryServiceIdsOf,
  type DirectoryChange,
  type DirectoryReviewPrompt,
  type DirectoryServiceNow,
} from './directory-changes.js'
