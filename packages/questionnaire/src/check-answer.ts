import type { AnswerValue } from './answers.js'
import {
  dateNotRealMessage,
  dateTooEarlyMessage,
  dateTooLateMessage,
  missingAnswerMessage,
  notAnOptionMessage,
  numberRangeMessage,
  repeatedOptionMessage,
  textTooLongMessage,
  wrongTypeMessage,
} from './answer-messages.js'
import { isIsoDate } from './ids.js'
import type { ChoiceQuestion, Question } from './schema.js'

export type AnswerCheck = { ok: true; value: AnswerValue | undefined } | { ok: false; message: string }

const NO_ANSWER: AnswerCheck = { ok: true, value: undefined }

/**
 * Checks one typed answer against its question. A blank answer is an error only when the question is required;
 * otherwise it comes back as `undefined` (not answered). Text comes back trimmed and multiple choice selections
 * in the order the options are listed.
 */
export function checkAnswer(question: Question, value: unknown): AnswerCheck {
  if (value === undefined || value === null) return missing(question)
  switch (question.type) {
    case 'single-choice': {
      if (typeof value !== 'string') return wrongType(question)
      if (value.trim() === '') return missing(question)
      return hasOption(question, value) ? { ok: true, value } : failed(notAnOptionMessage(question, value))
    }
    case 'multiple-choice':
      return checkSelection(question, value)
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(question)
      const outOfRange =
        (question.integer === true && !Number.isInteger(value)) ||
        (question.min !== undefined && value < question.min) ||
        (question.max !== undefined && value > question.max)
      return outOfRange ? failed(numberRangeMessage(question)) : { ok: true, value }
    }
    case 'text': {
      if (typeof value !== 'string') return wrongType(question)
      const text = value.trim()
      if (text === '') return missing(question)
      if (question.maxLength !== undefined && text.length > question.maxLength)
        return failed(textTooLongMessage(question.maxLength))
      return { ok: true, value: text }
    }
    case 'date': {
      if (typeof value !== 'string') return wrongType(question)
      if (value.trim() === '') return missing(question)
      if (!isIsoDate(value)) return failed(dateNotRealMessage(question))
      if (question.min !== undefined && value < question.min) return failed(dateTooEarlyMessage(question, question.min))
      if (question.max !== undefined && value > question.max) return failed(dateTooLateMessage(question, question.max))
      return { ok: true, value }
    }
    case 'yes-no':
      return typeof value === 'boolean' ? { ok: true, value } : wrongType(question)
  }
}

function checkSelection(question: ChoiceQuestion, value: unknown): AnswerCheck {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) return wrongType(question)
  if (value.length === 0) return missing(question)
  const chosen = new Set<string>()
  for (const v of value) {
    if (!hasOption(question, v)) return failed(notAnOptionMessage(question, v))
    if (chosen.has(v)) return failed(repeatedOptionMessage(question, v))
    chosen.add(v)
  }
  return { ok: true, value: question.options.filter((o) => chosen.has(o.value)).map((o) => o.value) }
}

function hasOption(question: ChoiceQuestion, value: string): boolean {
  return question.options.some((o) => o.value === value)
}

function missing(question: Question): AnswerCheck {
  return question.required ? failed(missingAnswerMessage(question)) : NO_ANSWER
}

function wrongType(question: Question): AnswerCheck {
  return failed(wrongTypeMessage(question))
}

function failed(message: string): AnswerCheck {
  return { ok: false, message }
}
