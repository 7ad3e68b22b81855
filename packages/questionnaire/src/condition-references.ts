import { conditionLeaves } from './conditions.js'
import type { Condition } from './condition-schema.js'
import { isIsoDate } from './ids.js'
import { indexQuestions } from './question-index.js'
import type { IndexedQuestion } from './question-index.js'
import type { Issue } from '@open-sds/kernel'
import { joinPath } from '@open-sds/kernel'
import type { Question, QuestionnaireDefinition } from './schema.js'

export type ConditionContext = {
  /** Dotted path of the condition, used in each issue's path. */
  path: string
  /** Who has the condition, as the start of a sentence, e.g. `Question "night-support"` or `Addition "two-carers"`. */
  subject: string
  /** When set, the condition may only use questions asked before this one. */
  askedBefore?: string
}

/**
 * Checks that a condition refers to questions and options that exist, compares each with a value of the right
 * kind, and (with `askedBefore`) only uses answers given earlier.
 */
export function validateCondition(
  def: QuestionnaireDefinition,
  condition: Condition,
  context: ConditionContext,
): Issue[] {
  return checkConditionReferences(indexQuestions(def), condition, context)
}

export function checkConditionReferences(
  index: ReadonlyMap<string, IndexedQuestion>,
  condition: Condition,
  context: ConditionContext,
): Issue[] {
  const limit = context.askedBefore === undefined ? undefined : index.get(context.askedBefore)?.position
  return conditionLeaves(condition).flatMap(({ leaf, path }) => {
    const where = joinPath(context.path, path)
    const target = index.get(leaf.question)
    if (target === undefined) {
      return [
        { path: where, message: `${context.subject} has a condition on "${leaf.question}", which does not exist` },
      ]
    }
    if (leaf.question === context.askedBefore) {
      return [
        {
          path: where,
          message: `${context.subject} has a condition on its own answer: a condition can only use answers given earlier`,
        },
      ]
    }
    if (limit !== undefined && target.position > limit) {
      return [
        {
          path: where,
          message: `${context.subject} has a condition on "${leaf.question}", which is asked after it: a condition can only use answers given earlier`,
        },
      ]
    }
    const problem = leaf.op === 'answered' ? undefined : comparisonProblem(target.question, leaf.op, leaf.value)
    return problem === undefined
      ? []
      : [{ path: where, message: `${context.subject} has a condition on "${leaf.question}" ${problem}` }]
  })
}

type ComparisonOp = 'equals' | 'not-equals' | 'includes' | 'greater-than' | 'less-than'

function comparisonProblem(question: Question, op: ComparisonOp, value: string | number | boolean): string | undefined {
  const ordered = op === 'greater-than' || op === 'less-than'
  if (ordered && question.type !== 'number') return `using "${op}", which only works with number questions`
  if (op === 'includes' && question.type !== 'multiple-choice')
    return `using "includes", which only works with multiple choice questions`
  if (op !== 'includes' && question.type === 'multiple-choice')
    return `using "${op}": for a multiple choice question use "includes"`
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      if (typeof value !== 'string' || !question.options.some((o) => o.value === value)) {
        return `being ${JSON.stringify(value)}, which is not one of its options`
      }
      return undefined
    case 'yes-no':
      return typeof value === 'boolean' ? undefined : `being ${JSON.stringify(value)}: a yes/no answer is true or false`
    case 'number':
      return typeof value === 'number'
        ? undefined
        : `being ${JSON.stringify(value)}: it is a number question, so compare it with a number`
    case 'text':
      return typeof value === 'string'
        ? undefined
        : `being ${JSON.stringify(value)}: it is a text question, so compare it with text`
    case 'date':
      return typeof value === 'string' && isIsoDate(value)
        ? undefined
        : `being ${JSON.stringify(value)}: it is a date question, so compare it with a date written as YYYY-MM-DD`
  }
}
