import {
  validateDefinition,
  type Answers,
  type Question as FormQuestion,
  type QuestionnaireDefinition,
  type Result,
} from '@open-sds/questionnaire'
import { likertScales, type Question, type Survey } from './survey.js'

/**
 * The bridge to @open-sds/questionnaire, kept in this one file: a survey becomes a questionnaire
 * definition, so a form engine built on that package (one question per page, error summaries) can
 * show it, and the answers it collects come back in the shape `submitResponse` reads.
 * Easy Read pictures have no place in a questionnaire definition and are not carried across.
 */
function formQuestion(question: Question): FormQuestion {
  const common = {
    id: question.id,
    label: question.text,
    required: question.required,
    ...(question.hint ? { hint: question.hint } : {}),
    ...(question.easyRead ? { easyRead: { label: question.easyRead.text } } : {}),
  }
  switch (question.type) {
    case 'likert':
      return {
        type: 'single-choice',
        ...common,
        options: likertScales[question.scale].map((label, index) => ({ value: String(index + 1), label })),
      }
    case 'yes-no':
      return { type: 'yes-no', ...common }
    case 'free-text':
      return { type: 'text', ...common, maxLength: question.maxLength, multiline: true }
  }
}

/** The survey as a one-section questionnaire definition, checked by @open-sds/questionnaire itself. */
export function toQuestionnaire(survey: Survey): Result<QuestionnaireDefinition> {
  return validateDefinition({
    id: survey.id,
    version: survey.version,
    title: survey.title,
    ...(survey.introduction ? { description: survey.introduction } : {}),
    sections: [{ id: 'survey', title: survey.title, questions: survey.questions.map(formQuestion) }],
  })
}

/**
 * Answers from the questionnaire engine (`'4'` for a Likert choice, `true` for yes) as survey answers
 * (`4`, `'yes'`). Anything unexpected is passed through unchanged, for `submitResponse` to report.
 */
export function fromQuestionnaireAnswers(survey: Survey, answers: Answers): Record<string, unknown> {
  const byId = new Map(survey.questions.map((question) => [question.id, question]))
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => {
      const question = byId.get(id)
      if (question?.type === 'likert' && typeof value === 'string' && /^[1-5]$/.test(value)) return [id, Number(value)]
      if (question?.type === 'yes-no' && typeof value === 'boolean') return [id, value ? 'yes' : 'no']
      return [id, value]
    }),
  )
}
