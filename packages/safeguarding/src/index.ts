export { fail, ok, parse, type Issue, type Result } from '@open-sds/kernel'
export {
  AbuseTypeSchema,
  AgeBandSchema,
  LocationOfRiskSchema,
  SourceOfRiskSchema,
  abuseTypes,
  ageBandForAge,
  ageBands,
  labelOf,
  locationsOfRisk,
  sourcesOfRisk,
  type AbuseType,
  type AgeBand,
  type CodedEntry,
  type LocationOfRisk,
  type SourceOfRisk,
} from './categories.js'
export { formatReference, parseReference } from './reference.js'
export { ageOn, financialYear, reportingYearOf } from './uk-date.js'
// Statutory counts run on the calendar in England: the kernel's dates, re-exported under the names suppliers used.
export { isBritishSummerTime, todayInEngland as ukDateOf } from '@open-sds/kernel'
export {
  enquiryHistoryLabel,
  outcomesAchievedLabels,
  positiveRiskDecisionLabels,
  section42OutcomeLabels,
  supportedByLabels,
  whoseRiskLabels,
} from './labels.js'
export {
  AdultAtRiskSchema,
  ConcernInputSchema,
  ConcernSchema,
  FollowUpReasonSchema,
  ImmediateSafetySchema,
  RaisedBySchema,
  RaiserRelationshipSchema,
  createConcern,
  type AdultAtRisk,
  type Concern,
  type ConcernInput,
  type FollowUpReason,
  type RaisedBy,
} from './concern.js'
export {
  NotSection42RouteSchema,
  Section42DecisionSchema,
  Section42InputSchema,
  decideSection42,
  section42Questions,
  section42RulesVersion,
  type Section42Decision,
  type Section42Input,
} from './section42.js'
export {
  AdvocacySchema,
  DesiredOutcomesSchema,
  MentalCapacitySchema,
  OutcomesAchievedSchema,
  mspCategory,
  type Advocacy,
  type DesiredOutcomes,
  type MentalCapacity,
  type MspCategory,
  type OutcomesAchieved,
} from './msp.js'
export {
  RiskOutcomeSchema,
  riskFindings,
  riskOutcomeRow,
  riskOutcomeRows,
  riskResultRow,
  riskResultRows,
  riskResults,
  upgradeLegacyRiskOutcome,
  type RiskOutcome,
  type RiskOutcomeRow,
  type RiskResultRow,
} from './risk-outcome.js'
export {
  ClosureSchema,
  EnquiryHistoryEntrySchema,
  EnquiryRiskSchema,
  EnquirySchema,
  openEnquiry,
  type ClosedEnquiry,
  type Closure,
  type Enquiry,
  type EnquiryHistoryEntry,
  type OpenEnquiry,
} from './enquiry.js'
export {
  EnquiryEventSchema,
  closeEnquiry,
  transitionEnquiry,
  type EnquiryEvent,
  type TransitionContext,
} from './enquiry-transitions.js'
export {
  RiskMatrixSchema,
  RiskRatingSchema,
  defaultRiskMatrix,
  numberedScale,
  rateRisk,
  type RiskMatrix,
  type RiskRating,
} from './risk-matrix.js'
export {
  PositiveRiskAssessmentSchema,
  PositiveRiskDecisionSchema,
  PositiveRiskInputSchema,
  assessPositiveRisk,
  type PositiveRiskAssessment,
  type PositiveRiskInput,
} from './positive-risk.js'
// Small-number suppression is the kernel's; re-exported so that suppliers who imported it from here keep working.
export {
  isSmall,
  suppressCount,
  suppressTable,
  suppressedSymbol,
  suppressionThreshold,
  type Cell,
  type SuppressedTable,
} from '@open-sds/kernel'
export {
  AnnualCountsOptionsSchema,
  AnnualTotalsSchema,
  annualCounts,
  annualCountsFromTotals,
  annualTotals,
  mspRowIds,
  mspRowOf,
  annualCountsRulesVersion,
  type AnnualCounts,
  type AnnualTotals,
  type CountableConcern,
  type CountableEnquiry,
  type CountsRow,
  type CountsTable,
} from './annual-counts.js'
// One CSV field (quoted when it must be, defused against spreadsheet formulas) is the kernel's.
export { csvField } from '@open-sds/kernel'
export { toCsv } from './csv.js'
export { jsonSchemas } from './json-schemas.js'
export { ImmediateActionSchema, checkImmediateAction, type ImmediateAction } from './immediate-action.js'
export { concernsByUrgency, urgencyLabels } from './urgency.js'
