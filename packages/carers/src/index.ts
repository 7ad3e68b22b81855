// Unpaid carers under the Care Act 2014: pure rules, no I/O, no clock. The one public entry point.
export { CARERS_RULES_VERSION } from './version.js'
export { CARER_OUTCOMES, CARER_OUTCOME_CODES, carerOutcomeTitle, type CarerOutcomeCode } from './outcomes.js'
export {
  CARER_ELIGIBILITY_REGULATION,
  CarerEligibilityFindingsSchema,
  determineCarerEligibility,
  meetsCarerConditions,
  type CarerEligibilityDetermination,
  type CarerEligibilityFindings,
} from './eligibility.js'
export {
  AllocationBandSchema,
  CarersAllocationSchema,
  DEFAULT_CARERS_ALLOCATION,
  allocateCarersBudget,
  allocationInForce,
  annualPence,
  checkCarersBudget,
  describeBudget,
  type AllocationBand,
  type BudgetPeriod,
  type CarersAllocation,
  type CarersAllocationInput,
  type CarersAllocationResult,
  type CarersBudget,
} from './allocation.js'
export {
  CarerChargeInputSchema,
  CarersChargingSchema,
  DEFAULT_CARERS_CHARGING,
  chargeCarer,
  type CarerCharge,
  type CarerChargeInput,
  type CarersCharging,
} from './charging.js'
export { DEFAULT_CARER_SELF_ASSESSMENT } from './self-assessment.js'
export { CarerPlanSchema, checkCarerPlan, type CarerPlan, type CarerPlanInput, type CheckedCarerPlan } from './plan.js'
export {
  CarersPolicySchema,
  DEFAULT_CARERS_POLICY,
  DEFAULT_HOURS_CARING,
  HOURS_CARING_BANDS,
  HoursCaringMappingSchema,
  type CarersPolicy,
  type CarersPolicyInput,
  type HoursCaringBandCode,
  type HoursCaringMapping,
} from './policy.js'
export { formatPence, type Issue, type Result } from '@open-sds/kernel'
export {
  COMBINED_ASSESSMENT_PARTIES,
  checkCombinedAgreement,
  combinationOf,
  type CombinedAssessmentAgreement,
  type CombinedAssessmentParty,
  type CombinedAssessmentState,
  type CombinedAssessmentWord,
} from './combination.js'
