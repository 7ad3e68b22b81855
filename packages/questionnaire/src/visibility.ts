import { isAnswered } from './answers.js'
import type { AnswerValue, Answers } from './answers.js'
import { evaluateCondition } from './conditions.js'
import type { Question, QuestionnaireDefinition } from './schema.js'

export type Visibility = { visible: Question[]; hidden: Question[] }

/**
 * Walks the questions in order. A question is shown when it has no `showWhen` or its condition holds for the
 * answers taken so far; `take` is called for each shown question and returns the answer it contributes (if any),
 * so a hidden question's answer never decides whether a later question is shown.
 */
export function walkVisibility(
  def: QuestionnaireDefinition,
  take: (question: Question) => AnswerValue | undefined,
): Visibility {
  const taken: Record<string, AnswerValue> = {}
  const visible: Question[] = []
  const hidden: Question[] = []
  for (const section of def.sections) {
    for (const question of section.questions) {
      if (question.showWhen !== undefined && !evaluateCondition(question.showWhen, taken)) {
        hidden.push(question)
        continue
      }
      visible.push(question)
      const answer = take(question)
      if (answer !== undefined) taken[question.id] = answer
    }
  }
  return { visible, hidden }
}

/** The questions shown for these answers, in the order they are asked. */
export function visibleQuestions(def: QuestionnaireDefinition, answers: Answers): Question[] {
  return walkVisibility(def, (question) => givenAnswer(answers, question.id)).visible
}

export function givenAnswer(answers: Answers, questionId: string): AnswerValue | undefined {
  const value = answers[questionId]
  return value !== null && value !== undefined && isAnswered(value) ? value : undefined
}
