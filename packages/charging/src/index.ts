// The Result shape, money formatting and calendar dates are the kernel's (decision 012); re-exported so that suppliers
// who imported them from here keep working. formatPounds is the kernel's formatPence: a negative amount is "-£5.00".
export {
  fail,
  formatPence as formatPounds,
  issue,
  ok,
  toCalendarDate,
  type CalendarDate,
  type Issue,
  type Result,
} from '@open-sds/kernel'
export { RULES_VERSION } from './version.js'
export { divide, percentOf, PERIODS, weeklyFrom, type InFavour, type Period } from './rounding.js'
export { ratesTakeEffect } from './rates/rates-take-effect.js'
export type { Step, StepKind } from './explanation.js'

export { RATE_KEYS, RATE_LABELS, type RateKey } from './rates/rate-keys.js'
export {
  RateStatusSchema,
  RatesYearSchema,
  type NationalRateTable,
  type Rate,
  type RateStatus,
  type RateTable,
  type RatesYear,
  type YearRates,
} from './rates/rate-schema.js'
export { nationalRateTables } from './rates/national-tables.js'
export {
  RateOverrideSchema,
  RateOverridesSchema,
  type RateOverride,
  type RateOverrides,
  type RateOverridesInput,
} from './rates/rate-overrides.js'
export { chargingYearOf, ratesFor, requireRate } from './rates/rates-for.js'
export { NURSING_CARE_RATES, nursingCareRate } from './rates/nursing-care.js'

export {
  chargeByHandWithin,
  CouncilPolicyDataSchema,
  CouncilPolicySchema,
  nationalDefaultPolicy,
  StandardDreSchema,
  type CouncilPolicy,
  type CouncilPolicyInput,
  type StandardDre,
} from './policy/policy-schema.js'
export type { AssessmentSetting, PolicyAdjustment, PolicyDraft, PolicyFunction } from './policy/policy-function.js'

export { PersonSchema, type Person, type PersonInput } from './schemas/person.js'
export { CapitalItemSchema, CapitalSchema, CAPITAL_KINDS, HOME_OCCUPANTS, type CapitalItem } from './schemas/capital.js'
export { IncomeItemSchema, IncomeSchema, INCOME_KINDS, type IncomeItem, type IncomeKind } from './schemas/income.js'
export { WAR_PENSION_SCHEME_FULLY_IGNORED_FROM } from './rules/income-rules.js'
export { HousingSchema, HOUSING_COST_KINDS, type Housing } from './schemas/housing.js'
export { DreSchema, type Dre } from './schemas/dre.js'
export { ServiceSchema, SERVICE_KINDS, type Service, type ServiceInput } from './schemas/service.js'
export { LightTouchSchema, LIGHT_TOUCH_REASONS, type LightTouch } from './schemas/light-touch.js'
export {
  NonResidentialInputSchema,
  type NonResidentialInput,
  type NonResidentialInputInput,
} from './schemas/non-residential-input.js'
export {
  CareHomeInputSchema,
  NursingCareSchema,
  StaySchema,
  TopUpSchema,
  type CareHomeInput,
  type CareHomeInputInput,
  type Stay,
} from './schemas/care-home-input.js'

export { isFreeService, MINOR_ADAPTATION_LIMIT_PENCE, type FreeServiceDecision } from './rules/free-services.js'
export { tariffIncome } from './rules/capital-rules.js'

export type { ChargeAssessment } from './assess/charge-assessment.js'
export type { AssessOptions } from './assess/prepare.js'
export { assessNonResidential } from './assess/non-residential.js'
export { assessCareHome } from './assess/care-home.js'
export { createChargeCalculator, type ChargeCalculator } from './assess/calculator.js'
export { jsonSchemas, type JsonSchema } from './json-schemas.js'

export { probeChargingPolicy, type PolicyProbe } from './policy/probe-policy.js'
export {
  AboutYouAnswersSchema,
  CapitalAnswersSchema,
  CARE_BENEFITS,
  CostsAnswersSchema,
  DRE_BASES,
  FINANCIAL_SECTIONS,
  FinancialAnswersSchema,
  HousingAnswersSchema,
  IncomeAnswersSchema,
  type FinancialAnswers,
  type FinancialAnswersInput,
  type FinancialSection,
} from './answers/financial-answers.js'
export { financialSectionIssues } from './answers/section-issues.js'
export {
  answersSectionOf,
  assessFinancialAnswers,
  AnswersToInputSchema,
  chargingInputFromAnswers,
  type AnswersMapping,
  type AnswersToInput,
} from './answers/answers-to-input.js'
export {
  causeOfRefusal,
  classifyRefusal,
  councilDataReason,
  type ClassifiedRefusal,
  type RefusalCause,
} from './answers/refusal-cause.js'
export {
  costOfCareToCapAt,
  CostOfCareSourcesSchema,
  type CostOfCareBasis,
  type CostOfCareSources,
} from './shares/cost-of-care-cap.js'
export {
  BudgetSharesInputSchema,
  sharesOfBudget,
  type BudgetShares,
  type BudgetSharesInput,
} from './shares/budget-shares.js'
export {
  planUprating,
  UpratingInputSchema,
  type UpratingChange,
  type UpratingInput,
  type UpratingPlan,
} from './shares/uprating.js'

export {
  deferredPaymentStatement,
  type DeferredPaymentStatement,
  type InterestPeriodUsed,
} from './deferred/deferred-payment.js'
export {
  AdminCostSchema,
  DeferredPaymentInputSchema,
  InterestPeriodSchema,
  type DeferredPaymentInput,
  type DeferredPaymentInputInput,
} from './deferred/deferred-payment-schema.js'
export { financialAssessmentsWaiting } from './waiting.js'
