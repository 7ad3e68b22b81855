import type { Answers } from './answers.js'
import type { QuestionnaireDefinition } from './schema.js'
import { givenAnswer, visibleQuestions } from './visibility.js'

export type Progress = {
  /** Required questions shown for these answers that have an answer. */
  answered: number
  /** Required questions shown for these answers. */
  total: number
  /** Whole percent, rounded down so that 100 means complete. */
  percent: number
  /** The first required question shown that has no answer yet, or null when there is none. */
  nextQuestionId: string | null
  complete: boolean
}

/** How far through the questionnaire someone is, counting only the required questions they are shown. */
export function progress(def: QuestionnaireDefinition, answers: Answers): Progress {
  const required = visibleQuestions(def, answers).filter((q) => q.required)
  const unanswered = required.filter((q) => givenAnswer(answers, q.id) === undefined)
  const total = required.length
  const answered = total - unanswered.length
  return {
    answered,
    total,
    percent: total === 0 ? 100 : Math.floor((answered * 100) / total),
    nextQuestionId: unanswered[0]?.id ?? null,
    complete: unanswered.length === 0,
  }
}
