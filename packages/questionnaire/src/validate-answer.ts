import type { AnswerValue } from './answers.js'
import {
  dateMissingPartsMessage,
  dateNotRealMessage,
  dateYearMessage,
  missingAnswerMessage,
  numberRangeMessage,
} from './answer-messages.js'
import { checkAnswer } from './check-answer.js'
import { findQuestion } from './question-index.js'
import type { Result } from '@open-sds/kernel'
import { fail, ok } from '@open-sds/kernel'
import type { DateQuestion, NumberQuestion, Question, QuestionnaireDefinition, YesNoQuestion } from './schema.js'

/** The three boxes of a GOV.UK date input. */
export type DateParts = { day?: string; month?: string; year?: string }

/** What an HTML form posts for one question: a string, repeated strings (checkboxes), or the parts of a date. */
export type RawFormValue = string | readonly string[] | DateParts | undefined | null

/**
 * Turns what a form posted for one question into a typed answer, or a plain-English error to show beside the
 * field. For one-question-per-page forms. `value: undefined` means the question was left unanswered, which is
 * fine only if it is optional. The path is the question id.
 */
export function validateAnswer(
  def: QuestionnaireDefinition,
  questionId: string,
  rawValue: RawFormValue,
): Result<AnswerValue | undefined> {
  const question = findQuestion(def, questionId)
  if (question === undefined) {
    return fail({ path: questionId, message: `There is no question "${questionId}" in questionnaire "${def.id}"` })
  }
  const typed = typedFromForm(question, rawValue)
  if (!typed.ok) return fail({ path: questionId, message: typed.message })
  const check = checkAnswer(question, typed.value)
  return check.ok ? ok(check.value) : fail({ path: questionId, message: check.message })
}

type Typed = { ok: true; value: unknown } | { ok: false; message: string }

function typedFromForm(question: Question, raw: RawFormValue): Typed {
  if (question.type === 'date') return dateFromForm(question, raw)
  if (isDateParts(raw)) return { ok: false, message: missingAnswerMessage(question) }
  if (question.type === 'multiple-choice') {
    const values = raw === undefined || raw === null ? [] : typeof raw === 'string' ? [raw] : raw
    // Checkbox groups often post an empty hidden value so that "none ticked" still arrives; it is not a choice.
    return { ok: true, value: [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))] }
  }
  if (typeof raw !== 'string') {
    if (raw === undefined || raw === null || raw.length === 0) return { ok: true, value: undefined }
    if (raw.length > 1) return { ok: false, message: missingAnswerMessage(question) }
    return typedFromForm(question, raw[0])
  }
  const text = raw.trim()
  if (text === '') return { ok: true, value: undefined }
  switch (question.type) {
    case 'single-choice':
      return { ok: true, value: text }
    case 'text':
      return { ok: true, value: raw }
    case 'number':
      return numberFromForm(question, text)
    case 'yes-no':
      return yesNoFromForm(question, text)
  }
}

// Digits with an optional sign, decimal point and thousands commas: "1,250.5". No exponents or hex.
const NUMBER_PATTERN = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/

function numberFromForm(question: NumberQuestion, text: string): Typed {
  if (!NUMBER_PATTERN.test(text) || !/\d/.test(text)) return { ok: false, message: numberRangeMessage(question) }
  return { ok: true, value: Number(text.replaceAll(',', '')) }
}

function yesNoFromForm(question: YesNoQuestion, text: string): Typed {
  const word = text.toLowerCase()
  if (word === 'yes' || word === 'true') return { ok: true, value: true }
  if (word === 'no' || word === 'false') return { ok: true, value: false }
  return { ok: false, message: missingAnswerMessage(question) }
}

function dateFromForm(question: DateQuestion, raw: RawFormValue): Typed {
  if (raw === undefined || raw === null) return { ok: true, value: undefined }
  if (typeof raw === 'string') return { ok: true, value: raw.trim() }
  if (!isDateParts(raw)) return { ok: false, message: dateNotRealMessage(question) }
  const day = (raw.day ?? '').trim()
  const month = (raw.month ?? '').trim()
  const year = (raw.year ?? '').trim()
  if (day === '' && month === '' && year === '') return { ok: true, value: undefined }
  const missingParts = [day === '' ? 'day' : '', month === '' ? 'month' : '', year === '' ? 'year' : ''].filter(
    (p) => p !== '',
  )
  if (missingParts.length > 0) return { ok: false, message: dateMissingPartsMessage(question, missingParts) }
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d+$/.test(year))
    return { ok: false, message: dateNotRealMessage(question) }
  if (year.length !== 4) return { ok: false, message: dateYearMessage(question) }
  return { ok: true, value: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` }
}

function isDateParts(raw: RawFormValue): raw is DateParts {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
}
