export { fail, ok, parse, type Issue, type Result } from '@open-sds/kernel'
export { makingItReal, type MakingItRealStatement } from './making-it-real.js'
export { LadderRungSchema, ladderOfCoproduction, rungStep, type LadderRung } from './ladder.js'
export {
  AnsweringSchema,
  EasyReadSchema,
  QuestionLinkSchema,
  QuestionSchema,
  SurveySchema,
  defineSurvey,
  likertScales,
  optionsFor,
  showSurvey,
  type Answering,
  type LikertScale,
  type Question,
  type QuestionLink,
  type ShownQuestion,
  type Survey,
  type SurveyInput,
  type Variant,
} from './survey.js'
export {
  AnonymousResponseSchema,
  AnswerSchema,
  NamedResponseSchema,
  ResponseInputSchema,
  SurveyResponseSchema,
  submitResponse,
  type AnonymousResponse,
  type Answer,
  type NamedResponse,
  type ResponseInput,
  type SurveyResponse,
} from './response.js'
export {
  ModerationDecisionSchema,
  ModerationSchema,
  moderateAnswer,
  type Moderation,
  type ModerationDecision,
} from './moderation.js'
// Small-number suppression is the kernel's; re-exported so that suppliers who imported it from here keep working.
export {
  isSmall,
  percentOf,
  suppressCells,
  suppressCount,
  suppressedSymbol,
  suppressionThreshold,
  type Cell,
  type Suppressed,
} from '@open-sds/kernel'
export {
  aggregateSurvey,
  suppressionExplanation,
  type FreeTextResult,
  type LikertResult,
  type OptionResult,
  type PositiveShare,
  type QuestionResult,
  type StatementResult,
  type SurveyResults,
  type YesNoResult,
} from './aggregate.js'
export {
  ActionStatusSchema,
  actionStatusLabels,
  YouSaidWeDidInputSchema,
  YouSaidWeDidSchema,
  createYouSaidWeDid,
  updateActionStatus,
  type ActionStatus,
  type YouSaidWeDid,
  type YouSaidWeDidInput,
} from './you-said-we-did.js'
export { ActivitySchema, ladderSummary, recordActivity, type Activity, type LadderSummary } from './activity.js'
export { SurveyTokenSchema, redeemToken, type SurveyToken } from './token.js'
export { jsonSchemas } from './json-schemas.js'
export { fromQuestionnaireAnswers, toQuestionnaire } from './questionnaire-adapter.js'
export {
  StatementSchema,
  SurveySetSchema,
  builtInStatements,
  checkSurveySets,
  defineStatement,
  defineSurveySet,
  type Statement,
  type StatementInput,
  type SurveySet,
  type SurveySetInput,
} from './survey-set.js'
export { publishShare, type PublishedShare } from './share.js'
export {
  PROGRESS_MEASURES_VERSION,
  progressMeasures,
  progressMeasuresCsv,
  type Distribution,
  type Figure,
  type ProgressCounts,
  type ProgressMeasures,
  type SupportCounts,
} from './progress-measures.js'
