import { describe, expect, it } from 'vitest'
import { validateAnswer } from '../src/index.js'
import { careQuestionnaire } from './fixtures.js'

const check = (questionId: string, raw: Parameters<typeof validateAnswer>[2]) =>
  validateAnswer(careQuestionnaire, questionId, raw)
const error = (questionId: string, message: string) => ({ ok: false, errors: [{ path: questionId, message }] })

describe('validateAnswer (one question per page, from form values)', () => {
  it('turns yes and no into true and false', () => {
    expect(check('lives-alone', 'yes')).toEqual({ ok: true, value: true })
    expect(check('lives-alone', 'no')).toEqual({ ok: true, value: false })
    expect(check('lives-alone', undefined)).toEqual(error('lives-alone', 'Select if you live alone'))
    expect(check('lives-alone', 'maybe')).toEqual(error('lives-alone', 'Select if you live alone'))
  })

  it('reads numbers as people type them, and says what range is allowed when it cannot', () => {
    expect(check('meal-help-hours', ' 12.5 ')).toEqual({ ok: true, value: 12.5 })
    expect(check('meal-help-hours', '0')).toEqual({ ok: true, value: 0 })
    for (const typed of ['twelve', '1e2', '12 hours', '0x10', '.', '-', '169', '-1']) {
      expect(check('meal-help-hours', typed)).toEqual(
        error('meal-help-hours', 'Enter a number of hours between 0 and 168'),
      )
    }
    expect(check('night-hours', '2.5')).toEqual(error('night-hours', 'Enter a whole number of hours between 1 and 12'))
  })

  it('accepts thousands separators in numbers', () => {
    const wide = structuredClone(careQuestionnaire)
    const hours = wide.sections[1]?.questions[1]
    if (hours?.type !== 'number') throw new Error('fixture changed')
    delete hours.max
    expect(validateAnswer(wide, 'meal-help-hours', '1,250')).toEqual({ ok: true, value: 1250 })
    expect(validateAnswer(wide, 'meal-help-hours', '1,25')).toEqual(
      error('meal-help-hours', 'Enter a number of hours that is 0 or more'),
    )
  })

  it('checks a radio choice is one of the options', () => {
    expect(check('meals', 'sometimes')).toEqual({ ok: true, value: 'sometimes' })
    expect(check('meals', '')).toEqual(error('meals', 'Select how often you need help with meals'))
    expect(check('meals', 'always')).toEqual(
      error('meals', 'The answer to "meals" is "always", which is not one of its options'),
    )
  })

  it('takes checkboxes as repeated values, ignoring the empty hidden value', () => {
    expect(check('help-with', ['', 'shopping', 'washing', 'shopping'])).toEqual({
      ok: true,
      value: ['washing', 'shopping'],
    })
    expect(check('help-with', 'washing')).toEqual({ ok: true, value: ['washing'] })
    expect(check('help-with', [''])).toEqual({ ok: true, value: undefined })
  })

  it('reads the three boxes of a date and says which part is missing or wrong', () => {
    expect(check('care-start', { day: '1', month: '4', year: '2024' })).toEqual({ ok: true, value: '2024-04-01' })
    expect(check('care-start', { day: '', month: '', year: '' })).toEqual({ ok: true, value: undefined })
    expect(check('care-start', { day: '1', month: '', year: '2024' })).toEqual(
      error('care-start', 'The date your care started must include a month'),
    )
    expect(check('care-start', { day: '', month: '', year: '2024' })).toEqual(
      error('care-start', 'The date your care started must include a day and month'),
    )
    expect(check('care-start', { day: '31', month: '4', year: '2024' })).toEqual(
      error('care-start', 'The date your care started must be a real date'),
    )
    expect(check('care-start', { day: '1', month: '4', year: '24' })).toEqual(
      error('care-start', 'The date your care started must include a year with 4 numbers'),
    )
    expect(check('care-start', { day: '1', month: '1', year: '2031' })).toEqual(
      error('care-start', 'The date your care started must be the same as or before 31 December 2030'),
    )
    expect(check('care-start', '2024-04-01')).toEqual({ ok: true, value: '2024-04-01' })
  })

  it('trims text and checks its length', () => {
    expect(check('dressing-detail', '  zips  ')).toEqual({ ok: true, value: 'zips' })
    expect(check('dressing-detail', '   ')).toEqual({ ok: true, value: undefined })
    expect(check('dressing-detail', 'a'.repeat(21))).toEqual(
      error('dressing-detail', 'Your answer must be 20 characters or fewer'),
    )
  })

  it('names a question that does not exist', () => {
    expect(check('shoe-size', '9')).toEqual(
      error('shoe-size', 'There is no question "shoe-size" in questionnaire "care-needs"'),
    )
  })

  it('refuses more than one value for a question that takes one', () => {
    expect(check('meals', ['never', 'sometimes'])).toEqual(error('meals', 'Select how often you need help with meals'))
    expect(check('meals', ['never'])).toEqual({ ok: true, value: 'never' })
  })
})
