// The Result shape, parsing and list wording are the kernel's; re-exported so that suppliers who imported them from
// here keep working.
export {
  andList,
  fail,
  issue,
  joinPath,
  ok,
  orList,
  parse,
  parse as parseWith,
  type Issue,
  type Result,
} from '@open-sds/kernel'

export { IdSchema, IsoDateSchema, OptionValueSchema, isIsoDate } from './ids.js'
export type { Condition, ConditionOp } from './condition-schema.js'
export { ConditionSchema } from './condition-schema.js'
export type {
  ChoiceQuestion,
  DateQuestion,
  EasyRead,
  MultipleChoiceQuestion,
  NumberQuestion,
  Option,
  Question,
  QuestionType,
  QuestionnaireDefinition,
  Section,
  SingleChoiceQuestion,
  TextQuestion,
  YesNoQuestion,
} from './schema.js'
export {
  DateQuestionSchema,
  EasyReadSchema,
  MultipleChoiceQuestionSchema,
  NumberQuestionSchema,
  OptionSchema,
  QuestionSchema,
  QuestionnaireDefinitionSchema,
  SectionSchema,
  SingleChoiceQuestionSchema,
  TextQuestionSchema,
  YesNoQuestionSchema,
  isChoiceQuestion,
} from './schema.js'
export type { AnswerValue, Answers } from './answers.js'
export { AnswerValueSchema, AnswersSchema, isAnswered } from './answers.js'

export { conditionQuestionIds, evaluateCondition } from './conditions.js'
export type { ConditionContext } from './condition-references.js'
export { validateCondition } from './condition-references.js'
export { allQuestions, findQuestion } from './question-index.js'
export { validateDefinition } from './validate-definition.js'
export type { DroppedAnswer, ValidatedAnswers } from './validate-answers.js'
export { validateAnswers } from './validate-answers.js'
export type { DateParts, RawFormValue } from './validate-answer.js'
export { validateAnswer } from './validate-answer.js'
export { visibleQuestions } from './visibility.js'
export type { Progress } from './progress.js'
export { progress } from './progress.js'
export type { QuestionWording } from './wording.js'
export { questionWording } from './wording.js'
export { formatLongDate } from '@open-sds/kernel'
export { jsonSchemas } from './json-schema.js'
