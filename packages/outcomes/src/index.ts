// The Result shape and plain-English parsing are the kernel's; re-exported so that suppliers who imported them from
// here keep working.
export {
  fail,
  fieldName as fieldLabel,
  ok,
  parse as parseWith,
  prefixIssues,
  type FieldLabels,
  type Issue,
  type Result,
} from '@open-sds/kernel'

export type { Framework, FrameworkItem, ItemRef } from './framework.js'
export { CodeSchema, FrameworkItemSchema, FrameworkSchema, ItemRefSchema, findItem } from './framework.js'
export {
  careActEligibilityOutcomes,
  careActWellbeing,
  nationalFrameworks,
  ourHealthOurCareOurSay,
  puttingPeopleFirst,
} from './national-frameworks.js'
export { composeFrameworks } from './compose-frameworks.js'

export type { PersonalOutcome } from './personal-outcome.js'
export { OutcomeIdSchema, PersonalOutcomeSchema, linkIssues, validatePersonalOutcome } from './personal-outcome.js'

export type { Attainment, Occasion, Rater, Rating } from './rating.js'
export {
  AttainmentSchema,
  OccasionSchema,
  RaterSchema,
  RatingSchema,
  attainmentLevels,
  headlineRating,
  orderRatings,
  validateRating,
} from './rating.js'

export type {
  AggregateOptions,
  AttainmentObservation,
  AttainmentRow,
  AttainmentTable,
  Cell,
  ItemAttainment,
} from './attainment.js'
export {
  AggregateOptionsSchema,
  AttainmentObservationSchema,
  aggregateAttainment,
  attainmentRulesVersion,
  smallNumberRule,
} from './attainment.js'
export {
  determineEligibility,
  meetsEligibilityConditions,
  EligibilityFindingsSchema,
  ELIGIBILITY_REGULATION,
  eligibilityRulesVersion,
  type EligibilityDetermination,
  type EligibilityFindings,
} from './eligibility.js'
export {
  FLUCTUATION_REGULATION,
  FluctuationFindingsSchema,
  explainFluctuation,
  fluctuationForThePerson,
  storedFluctuation,
  type FluctuationDetermination,
  type FluctuationFindings,
} from './fluctuation.js'
