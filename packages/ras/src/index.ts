// The Result shape and money formatting are the kernel's; re-exported so that suppliers who imported them from here
// keep working.
export { fail, ok, type Issue, type Result } from '@open-sds/kernel'

export type {
  Addition,
  Band,
  Domain,
  InformalSupport,
  LivingSituationCaps,
  MoneyRule,
  MultipleChoiceScoring,
  NumberScoring,
  RasConfig,
  ScoringRule,
  SingleChoiceScoring,
  YesNoScoring,
} from './config-schema.js'
export {
  AdditionSchema,
  AllocationTableSchema,
  BandSchema,
  DomainSchema,
  InformalSupportSchema,
  LivingSituationCapsSchema,
  MoneyRuleSchema,
  PricePerPointSchema,
  RasConfigSchema,
  ScoringRuleSchema,
} from './config-schema.js'
export { maxPossiblePoints, validateRasConfig } from './validate-config.js'
export { bandIssues, bandRangeText } from './bands.js'
export type { IndicativeBudget } from './calculate.js'
export { calculateIndicativeBudget, indicativeWeeklyPence } from './calculate.js'
export type { Step, StepKind } from './explanation.js'
export { easyReadExplanation } from './easy-read-explanation.js'
export { ILLUSTRATIVE_NOTICE, INDICATIVE_NOTICE } from './explanation.js'
export { selectConfigForDate } from './select-config.js'
export { budgetRefusalReason, type BudgetRefusal } from './budget-refusal.js'
export {
  budgetByHandWithin,
  budgetSetByHand,
  DEFAULT_BUDGET_BY_HAND_WORKING_DAYS,
  SET_BY_HAND_CONFIG_ID,
  type BudgetSetByHandInput,
} from './set-by-hand.js'
export { formatPence, poundsToPence } from '@open-sds/kernel'

export type { CalibrationCase, CalibrationOptions } from './calibration/cases.js'
export { CalibrationCaseSchema, CalibrationOptionsSchema } from './calibration/cases.js'
export type { CalibrationOutlier, CalibrationReport } from './calibration/calibrate.js'
export { calibrate } from './calibration/calibrate.js'
export type { ParsedCalibrationCsv, RejectedRow } from './calibration/csv.js'
export { parseCalibrationCsv } from './calibration/csv.js'
export { jsonSchemas } from './json-schema.js'
export {
  chainRasVersions,
  RasVersionEntrySchema,
  RasVersionsSchema,
  type RasVersionChain,
  type RasVersionEntry,
} from './chain-versions.js'
export { RAS_RULES_VERSION } from './version.js'
// Made-up figures (`illustrative: true`, and every explanation says so) for examples, tests and benchmarks; a
// council's plugin supplies its own SAQ and RAS.
export { illustrativeRasConfig } from './illustrative/illustrative-ras.js'
export { illustrativeSaq } from './illustrative/illustrative-saq.js'
