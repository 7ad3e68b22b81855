import type { Answers, AnswerValue, Question, QuestionnaireDefinition } from '@open-sds/questionnaire'
import { findQuestion, formatLongDate, progress, visibleQuestions } from '@open-sds/questionnaire'
import type { RawAnswer } from './__QuestionField'

/** An answer in the words the person chose, for check-your-answers. */
export function answerText(question: Question, answer: AnswerValue | undefined): string {
  if (answer === undefined || answer === null || (Array.isArray(answer) && answer.length === 0)) return 'Not answered'
  if (question.type === 'yes-no') return answer === true || answer === 'yes' ? 'Yes' : 'No'
  if (question.type === 'single-choice')
    return question.options.find((option) => option.value === answer)?.label ?? String(answer)
  if (question.type === 'multiple-choice' && Array.isArray(answer)) {
    return answer
      .map((value) => question.options.find((option) => option.value === value)?.label ?? String(value))
      .join(', ')
  }
  if (question.type === 'date' && typeof answer === 'string') return formatLongDate(answer)
  if (question.type === 'number' && question.unit) return `${String(answer)} ${question.unit}`
  return String(answer)
}

/** A sent self-assessment's answers as a practitioner reads them: each question's label and the answer in words. */
export function answerRows(definition: QuestionnaireDefinition, answers: Answers) {
  return Object.entries(answers).map(([questionId, answer]) => {
    const question = findQuestion(definition, questionId)
    return {
      questionId,
      label: question?.label ?? questionId,
      answer: question ? answerText(question, answer ?? undefined) : String(answer),
    }
  })
}

/** A stored answer as the form shows it again. */
export function answerForForm(question: Question, answer: AnswerValue | undefined): RawAnswer {
  if (answer === undefined || answer === null) return undefined
  if (question.type === 'yes-no') return answer === true || answer === 'yes' ? 'yes' : 'no'
  if (Array.isArray(answer)) return answer.map(String)
  if (question.type === 'date' && typeof answer === 'string') {
    const [year, month, day] = answer.split('-')
    return { day: String(Number(day)), month: String(Number(month)), year }
  }
  return String(answer)
}

/** What the form posted for the one question on the page. */
export function rawAnswerFrom(question: Question, form: FormData): RawAnswer {
  if (question.type === 'date') {
    const part = (name: string) => {
      const value = form.get(`answer-${name}`)
      return typeof value === 'string' ? value : ''
    }
    return { day: part('day'), month: part('month'), year: part('year') }
  }
  const values = form.getAll('answer').filter((value): value is string => typeof value === 'string')
  if (question.type === 'multiple-choice') return values
  return values[0]
}

/** Check-your-answers: the questions these answers show, section by section, each with its answer in words. */
export function answerSections(definition: QuestionnaireDefinition, answers: Answers) {
  const shown = visibleQuestions(definition, answers)
  return definition.sections
    .map((section) => ({
      title: section.title,
      rows: section.questions
        .filter((question) => shown.some((candidate) => candidate.id === question.id))
        .map((question) => ({
          id: question.id,
          label: question.label,
          answer: answerText(question, answers[question.id] ?? undefined),
        })),
    }))
    .filter((section) => section.rows.length > 0)
}

/**
 * The question to go to after `questionId` is answered, or undefined when all are answered (check your answers next).
 * After a change, only questions the new answer has just brought into view need visiting before checking again.
 */
export function questionAfter(
  definition: QuestionnaireDefinition,
  answers: Answers,
  questionId: string,
  changing: boolean,
): string | undefined {
  const unanswered = progress(definition, answers).nextQuestionId
  if (changing) return unanswered ?? undefined
  const shown = visibleQuestions(definition, answers)
  return shown[shown.findIndex((candidate) => candidate.id === questionId) + 1]?.id ?? unanswered ?? undefined
}
