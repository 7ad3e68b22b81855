import type { Question, QuestionnaireDefinition } from './schema.js'

export type IndexedQuestion = {
  question: Question
  /** Position in the whole questionnaire, counting across sections. */
  position: number
  /** Dotted path to the question in the definition, e.g. `sections.0.questions.3`. */
  path: string
}

/** Every question of a definition in the order they are asked. */
export function allQuestions(def: QuestionnaireDefinition): Question[] {
  return def.sections.flatMap((section) => section.questions)
}

/** Questions by id. Where ids repeat (an invalid definition), the first one asked wins. */
export function indexQuestions(def: QuestionnaireDefinition): Map<string, IndexedQuestion> {
  const index = new Map<string, IndexedQuestion>()
  let position = 0
  def.sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      if (!index.has(question.id)) index.set(question.id, { question, position, path: `sections.${s}.questions.${q}` })
      position += 1
    })
  })
  return index
}

export function findQuestion(def: QuestionnaireDefinition, questionId: string): Question | undefined {
  for (const section of def.sections) {
    for (const question of section.questions) if (question.id === questionId) return question
  }
  return undefined
}
