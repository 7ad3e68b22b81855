import { isAnswered } from './answers.js'
import type { AnswerValue, Answers } from './answers.js'
import { checkAnswer } from './check-answer.js'
import type { Issue, Result } from '@open-sds/kernel'
import { fail, ok } from '@open-sds/kernel'
import type { QuestionnaireDefinition } from './schema.js'
import { walkVisibility } from './visibility.js'
import { indexQuestions } from './question-index.js'

/** An answer that was given but not kept, because its question is not shown for the other answers. */
export type DroppedAnswer = { questionId: string; message: string }

export type ValidatedAnswers = {
  /** The answers to the questions shown, checked and tidied (text trimmed, selections in option order). */
  answers: Record<string, AnswerValue>
  /** Answers to hidden questions, left out of `answers` and listed here so nothing goes missing unseen. */
  dropped: DroppedAnswer[]
}

/**
 * Checks a full set of answers against a (valid) definition, as on a check-your-answers page: every shown
 * required question answered, every answer of the right kind and in range, no answers to questions that do not
 * exist. Answers to hidden questions are not kept; they are reported in `dropped`. Each issue's path is the
 * question id, so it can link to the field.
 */
export function validateAnswers(def: QuestionnaireDefinition, answers: unknown): Result<ValidatedAnswers> {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    return fail({ path: '', message: 'Answers must be a group of answers keyed by question id (an object)' })
  }
  const given = answers as Answers
  const index = indexQuestions(def)
  const errors: Issue[] = Object.keys(given)
    .filter((id) => !index.has(id))
    .map((id) => ({
      path: id,
      message: `There is no question "${id}" in questionnaire "${def.id}", so this answer cannot be kept`,
    }))

  const kept: Record<string, AnswerValue> = {}
  const { hidden } = walkVisibility(def, (question) => {
    const check = checkAnswer(question, given[question.id])
    if (!check.ok) {
      errors.push({ path: question.id, message: check.message })
      return undefined
    }
    if (check.value !== undefined) kept[question.id] = check.value
    return check.value
  })
  if (errors.length > 0) return fail(...errors)

  const dropped = hidden
    .filter((question) => isAnswered(given[question.id]))
    .map((question) => ({
      questionId: question.id,
      message: `The answer to "${question.id}" was not kept: the question is not asked because of the other answers`,
    }))
  return ok({ answers: kept, dropped })
}
