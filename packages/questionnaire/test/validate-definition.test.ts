import { describe, expect, it } from 'vitest'
import { validateDefinition } from '../src/index.js'
import type { Question, QuestionnaireDefinition } from '../src/index.js'
import { careQuestionnaire, copyOfCareQuestionnaire } from './fixtures.js'

function questionAt(def: QuestionnaireDefinition, section: number, question: number): Question {
  const q = def.sections[section]?.questions[question]
  if (q === undefined) throw new Error(`fixture has no question at ${section}.${question}`)
  return q
}

function errorsOf(def: unknown): Array<{ path: string; message: string }> {
  const result = validateDefinition(def)
  return result.ok ? [] : result.errors
}

describe('validateDefinition', () => {
  it('accepts a definition that uses every question type and condition', () => {
    const result = validateDefinition(careQuestionnaire)
    expect(result).toEqual({ ok: true, value: careQuestionnaire })
  })

  it('names a condition on a question that does not exist', () => {
    const def = copyOfCareQuestionnaire()
    questionAt(def, 0, 1).showWhen = { op: 'equals', question: 'lives-alon', value: true }
    expect(errorsOf(def)).toEqual([
      {
        path: 'sections.0.questions.1.showWhen',
        message: 'Question "night-support" has a condition on "lives-alon", which does not exist',
      },
    ])
  })

  it('refuses a condition on a question asked later, or on itself', () => {
    const def = copyOfCareQuestionnaire()
    questionAt(def, 0, 0).showWhen = { op: 'equals', question: 'meals', value: 'never' }
    questionAt(def, 1, 0).showWhen = { op: 'answered', question: 'meals' }
    expect(errorsOf(def)).toEqual([
      {
        path: 'sections.0.questions.0.showWhen',
        message:
          'Question "lives-alone" has a condition on "meals", which is asked after it: a condition can only use answers given earlier',
      },
      {
        path: 'sections.1.questions.0.showWhen',
        message: 'Question "meals" has a condition on its own answer: a condition can only use answers given earlier',
      },
    ])
  })

  it('names an option value in a nested condition that the question does not have', () => {
    const def = copyOfCareQuestionnaire()
    questionAt(def, 1, 4).showWhen = {
      op: 'any',
      conditions: [
        { op: 'answered', question: 'meals' },
        { op: 'all', conditions: [{ op: 'includes', question: 'help-with', value: 'cooking' }] },
      ],
    }
    expect(errorsOf(def)).toEqual([
      {
        path: 'sections.1.questions.4.showWhen.conditions.1.conditions.0',
        message:
          'Question "weekend-help" has a condition on "help-with" being "cooking", which is not one of its options',
      },
    ])
  })

  it('refuses comparisons that do not fit the question type', () => {
    const def = copyOfCareQuestionnaire()
    questionAt(def, 0, 1).showWhen = { op: 'equals', question: 'lives-alone', value: 'yes' }
    questionAt(def, 1, 3).showWhen = { op: 'equals', question: 'help-with', value: 'dressing' }
    questionAt(def, 1, 4).showWhen = { op: 'greater-than', question: 'meals', value: 2 }
    expect(errorsOf(def).map((e) => e.message)).toEqual([
      'Question "night-support" has a condition on "lives-alone" being "yes": a yes/no answer is true or false',
      'Question "dressing-detail" has a condition on "help-with" using "equals": for a multiple choice question use "includes"',
      'Question "weekend-help" has a condition on "meals" using "greater-than", which only works with number questions',
    ])
  })

  it('catches duplicate ids, empty options, repeated option values and a minimum above the maximum', () => {
    const def = copyOfCareQuestionnaire()
    questionAt(def, 1, 5).id = 'meals'
    const helpWith = questionAt(def, 1, 2)
    if (helpWith.type === 'multiple-choice') helpWith.options = []
    const meals = questionAt(def, 1, 0)
    if (meals.type === 'single-choice') meals.options.push({ value: 'never', label: 'No' })
    const hours = questionAt(def, 1, 1)
    if (hours.type === 'number') hours.min = 200
    expect(errorsOf(def)).toEqual([
      {
        path: 'sections.1.questions.0.options.3.value',
        message: 'Question "meals" has the option value "never" more than once',
      },
      {
        path: 'sections.1.questions.1.max',
        message: 'Question "meal-help-hours" has a minimum (200) greater than its maximum (168)',
      },
      { path: 'sections.1.questions.2.options', message: 'Question "help-with" has no options: add at least one' },
      // The condition on "dressing" now refers to an option that no longer exists: reported, not ignored.
      {
        path: 'sections.1.questions.3.showWhen',
        message:
          'Question "dressing-detail" has a condition on "help-with" being "dressing", which is not one of its options',
      },
      {
        path: 'sections.1.questions.4.showWhen.conditions.1.conditions.0',
        message:
          'Question "weekend-help" has a condition on "help-with" being "washing", which is not one of its options',
      },
      {
        path: 'sections.1.questions.5.id',
        message: 'Question id "meals" is used more than once (first at sections.1.questions.0): ids must be unique',
      },
    ])
  })

  it('refuses Easy Read wording for an option that does not exist, and a date range the wrong way round', () => {
    const def = copyOfCareQuestionnaire()
    const meals = questionAt(def, 1, 0)
    meals.easyRead = { options: { always: { label: 'Always' } } }
    const start = questionAt(def, 1, 5)
    if (start.type === 'date') start.min = '2031-01-01'
    expect(errorsOf(def)).toEqual([
      {
        path: 'sections.1.questions.0.easyRead.options.always',
        message: 'Question "meals" has Easy Read wording for option "always", which is not one of its options',
      },
      {
        path: 'sections.1.questions.5.max',
        message: 'Question "care-start" has an earliest date (2031-01-01) later than its latest date (2030-12-31)',
      },
    ])
  })

  it('words shape errors in plain English, naming the field', () => {
    const errors = errorsOf({
      id: 'x',
      version: '1',
      title: 'Test',
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            { type: 'rating', id: 'a', label: 'A', required: true },
            { type: 'yes-no', id: 'b', label: 'B', required: 'yes', requried: true },
            { type: 'number', id: 'c.d', label: '  ', required: true, max: '10' },
            { type: 'date', id: 'e', label: 'E', required: false, min: '2023-02-29' },
          ],
        },
      ],
    })
    expect(errors).toEqual([
      {
        path: 'sections.0.questions.0.type',
        message: 'Type must be one of "single-choice", "multiple-choice", "number", "text", "date" or "yes-no"',
      },
      {
        path: 'sections.0.questions.1.required',
        message: 'Required must be yes or no (true or false), not the text "yes"',
      },
      {
        path: 'sections.0.questions.1.requried',
        message:
          '"requried" is not a field we recognise (did you mean required?). Fields allowed here: type, id, label, hint, required, errorLabel, easyRead, showWhen',
      },
      {
        path: 'sections.0.questions.2.id',
        message:
          'Id must start with a letter and use only letters, digits, hyphens and underscores, for example "help-with-meals"',
      },
      { path: 'sections.0.questions.2.label', message: 'Label must not be empty' },
      { path: 'sections.0.questions.2.max', message: 'Max must be a number, not the text "10"' },
      {
        path: 'sections.0.questions.3.min',
        message: 'Date must be a real date written as YYYY-MM-DD, for example 2025-04-01',
      },
    ])
  })

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'text', [], { sections: 'none' }]) {
      const result = validateDefinition(input)
      expect(result.ok).toBe(false)
    }
    expect(errorsOf(undefined)).toEqual([{ path: '', message: 'The input is required' }])
  })
})
