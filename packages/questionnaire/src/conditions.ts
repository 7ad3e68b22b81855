import { isAnswered } from './answers.js'
import type { Answers } from './answers.js'
import type { Condition } from './condition-schema.js'

/**
 * Whether `condition` holds for `answers`. A comparison with a question that has no answer is false
 * (including "not-equals"): callers pass only the answers of questions that are shown.
 */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  if (condition.op === 'all') return condition.conditions.every((c) => evaluateCondition(c, answers))
  if (condition.op === 'any') return condition.conditions.some((c) => evaluateCondition(c, answers))
  if (condition.op === 'answered') return isAnswered(answers[condition.question])
  const answer = answers[condition.question]
  if (!isAnswered(answer)) return false
  switch (condition.op) {
    case 'equals':
      return answer === condition.value
    case 'not-equals':
      return answer !== condition.value
    case 'includes':
      return Array.isArray(answer) && answer.includes(condition.value)
    case 'greater-than':
      return typeof answer === 'number' && answer > condition.value
    case 'less-than':
      return typeof answer === 'number' && answer < condition.value
  }
}

/** Every leaf comparison in a condition, with the dotted path to it relative to the condition itself. */
export function conditionLeaves(
  condition: Condition,
  path = '',
): Array<{ leaf: Exclude<Condition, { op: 'all' | 'any' }>; path: string }> {
  if (condition.op === 'all' || condition.op === 'any') {
    return condition.conditions.flatMap((c, i) =>
      conditionLeaves(c, path === '' ? `conditions.${i}` : `${path}.conditions.${i}`),
    )
  }
  return [{ leaf: condition, path }]
}

/** The ids of the questions a condition looks at, each once, in the order they first appear. */
export function conditionQuestionIds(condition: Condition): string[] {
  return [...new Set(conditionLeaves(condition).map(({ leaf }) => leaf.question))]
}
