import { formatLongDate } from '@open-sds/kernel'
import type { DateQuestion, NumberQuestion, Question } from './schema.js'

// Error messages follow the GOV.UK Design System's advice: say what to do ("Select…", "Enter…"),
// in the person's words, without blaming them or using technical terms.

export function missingAnswerMessage(question: Question): string {
  const what = question.errorLabel
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return what === undefined ? `Select an answer to "${question.label}"` : `Select ${what}`
    case 'yes-no':
      return what === undefined ? `Select yes or no to "${question.label}"` : `Select ${what}`
    case 'number':
      return what === undefined ? numberRangeMessage(question) : `Enter ${what}`
    case 'text':
      return what === undefined ? `Enter an answer to "${question.label}"` : `Enter ${what}`
    case 'date':
      return what === undefined ? `Enter a date for "${question.label}"` : `Enter ${what}`
  }
}

/** "Enter a number of hours between 0 and 168", "Enter a whole number that is 1 or more", … */
export function numberRangeMessage(question: NumberQuestion): string {
  const kind = question.integer === true ? 'a whole number' : 'a number'
  const unit = question.unit === undefined ? '' : ` of ${question.unit}`
  const { min, max } = question
  let range = ''
  if (min !== undefined && max !== undefined) range = ` between ${min} and ${max}`
  else if (min !== undefined) range = ` that is ${min} or more`
  else if (max !== undefined) range = ` that is ${max} or less`
  return `Enter ${kind}${unit}${range}`
}

export function notAnOptionMessage(question: Question, value: string): string {
  return `The answer to "${question.id}" is "${value}", which is not one of its options`
}

export function repeatedOptionMessage(question: Question, value: string): string {
  return `The answer to "${question.id}" lists "${value}" more than once`
}

export function wrongTypeMessage(question: Question): string {
  const expected: Record<Question['type'], string> = {
    'single-choice': 'one of its option values, as text',
    'multiple-choice': 'a list of its option values',
    number: 'a number',
    text: 'text',
    date: 'a date written as YYYY-MM-DD',
    'yes-no': 'yes or no (true or false)',
  }
  return `The answer to "${question.id}" must be ${expected[question.type]}`
}

export function textTooLongMessage(maxLength: number): string {
  return `Your answer must be ${maxLength} characters or fewer`
}

/** The subject of a date message: "The date your care started" from its errorLabel, otherwise "Date". */
function dateSubject(question: DateQuestion): string {
  const what = question.errorLabel
  return what === undefined ? 'Date' : what.charAt(0).toUpperCase() + what.slice(1)
}

export function dateNotRealMessage(question: DateQuestion): string {
  return `${dateSubject(question)} must be a real date`
}

export function dateMissingPartsMessage(question: DateQuestion, parts: readonly string[]): string {
  const list =
    parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`
  return `${dateSubject(question)} must include a ${list}`
}

export function dateYearMessage(question: DateQuestion): string {
  return `${dateSubject(question)} must include a year with 4 numbers`
}

export function dateTooEarlyMessage(question: DateQuestion, min: string): string {
  return `${dateSubject(question)} must be the same as or after ${formatLongDate(min)}`
}

export function dateTooLateMessage(question: DateQuestion, max: string): string {
  return `${dateSubject(question)} must be the same as or before ${formatLongDate(max)}`
}
