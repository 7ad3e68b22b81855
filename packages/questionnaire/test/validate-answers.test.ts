import { describe, expect, it } from 'vitest'
import { validateAnswers } from '../src/index.js'
import { careQuestionnaire } from './fixtures.js'

describe('validateAnswers', () => {
  it('keeps the answers to shown questions, tidied', () => {
    const result = validateAnswers(careQuestionnaire, {
      'lives-alone': false,
      meals: 'sometimes',
      'meal-help-hours': 7.5,
      'help-with': ['shopping', 'dressing'],
      'dressing-detail': '  buttons  ',
      'care-start': '2024-02-29',
    })
    expect(result).toEqual({
      ok: true,
      value: {
        answers: {
          'lives-alone': false,
          meals: 'sometimes',
          'meal-help-hours': 7.5,
          'help-with': ['dressing', 'shopping'],
          'dressing-detail': 'buttons',
          'care-start': '2024-02-29',
        },
        dropped: [],
      },
    })
  })

  it('asks for each required question shown, in GOV.UK style', () => {
    const result = validateAnswers(careQuestionnaire, { 'lives-alone': true, meals: 'every-day' })
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'night-support', message: 'Select yes or no to "Do you need someone with you at night?"' },
        { path: 'meal-help-hours', message: 'Enter a number of hours between 0 and 168' },
      ],
    })
    expect(validateAnswers(careQuestionnaire, {})).toEqual({
      ok: false,
      errors: [
        { path: 'lives-alone', message: 'Select if you live alone' },
        { path: 'meals', message: 'Select how often you need help with meals' },
      ],
    })
  })

  it('says what range a number must be in, and that it must be whole where it must', () => {
    const result = validateAnswers(careQuestionnaire, {
      'lives-alone': true,
      'night-support': true,
      'night-hours': 2.5,
      meals: 'never',
    })
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'night-hours', message: 'Enter a whole number of hours between 1 and 12' }],
    })
    const tooMany = validateAnswers(careQuestionnaire, {
      'lives-alone': false,
      meals: 'sometimes',
      'meal-help-hours': 169,
    })
    expect(tooMany).toEqual({
      ok: false,
      errors: [{ path: 'meal-help-hours', message: 'Enter a number of hours between 0 and 168' }],
    })
  })

  it('rejects answers to unknown questions and answers of the wrong type, naming them', () => {
    const result = validateAnswers(careQuestionnaire, {
      'lives-alone': 'yes',
      meals: 'daily',
      'help-with': 'washing',
      'care-start': '2024-02-30',
      'favourite-colour': 'blue',
    })
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'favourite-colour',
          message:
            'There is no question "favourite-colour" in questionnaire "care-needs", so this answer cannot be kept',
        },
        { path: 'lives-alone', message: 'The answer to "lives-alone" must be yes or no (true or false)' },
        { path: 'meals', message: 'The answer to "meals" is "daily", which is not one of its options' },
        { path: 'help-with', message: 'The answer to "help-with" must be a list of its option values' },
        { path: 'care-start', message: 'The date your care started must be a real date' },
      ],
    })
  })

  it('checks text length and date limits', () => {
    const result = validateAnswers(careQuestionnaire, {
      'lives-alone': false,
      meals: 'never',
      'help-with': ['dressing', 'dressing'],
      'care-start': '1999-12-31',
    })
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'help-with', message: 'The answer to "help-with" lists "dressing" more than once' },
        { path: 'care-start', message: 'The date your care started must be the same as or after 1 January 2000' },
      ],
    })
    const long = validateAnswers(careQuestionnaire, {
      'lives-alone': false,
      meals: 'never',
      'help-with': ['dressing'],
      'dressing-detail': 'x'.repeat(21),
    })
    expect(long).toEqual({
      ok: false,
      errors: [{ path: 'dressing-detail', message: 'Your answer must be 20 characters or fewer' }],
    })
  })

  it('does not keep answers to hidden questions, and says which it dropped', () => {
    const result = validateAnswers(careQuestionnaire, {
      'lives-alone': false,
      'night-support': true,
      'night-hours': 4,
      meals: 'never',
      'meal-help-hours': 3,
    })
    expect(result).toEqual({
      ok: true,
      value: {
        answers: { 'lives-alone': false, meals: 'never' },
        dropped: [
          {
            questionId: 'night-support',
            message:
              'The answer to "night-support" was not kept: the question is not asked because of the other answers',
          },
          {
            questionId: 'night-hours',
            message: 'The answer to "night-hours" was not kept: the question is not asked because of the other answers',
          },
          {
            questionId: 'meal-help-hours',
            message:
              'The answer to "meal-help-hours" was not kept: the question is not asked because of the other answers',
          },
        ],
      },
    })
  })

  it('treats null and blank answers to optional questions as not answered', () => {
    const result = validateAnswers(careQuestionnaire, {
      'lives-alone': false,
      meals: 'never',
      'help-with': [],
      'care-start': null,
    })
    expect(result).toEqual({ ok: true, value: { answers: { 'lives-alone': false, meals: 'never' }, dropped: [] } })
  })

  it('refuses answers that are not an object', () => {
    for (const answers of [null, 'answers', ['lives-alone']]) {
      expect(validateAnswers(careQuestionnaire, answers)).toEqual({
        ok: false,
        errors: [{ path: '', message: 'Answers must be a group of answers keyed by question id (an object)' }],
      })
    }
  })
})
