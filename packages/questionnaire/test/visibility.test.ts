import { describe, expect, it } from 'vitest'
import { evaluateCondition, progress, questionWording, visibleQuestions } from '../src/index.js'
import { careQuestionnaire } from './fixtures.js'

const ids = (answers: Record<string, unknown>) => visibleQuestions(careQuestionnaire, answers as never).map((q) => q.id)

describe('visibleQuestions', () => {
  it('shows only unconditional questions before anything is answered', () => {
    expect(ids({})).toEqual(['lives-alone', 'meals', 'help-with', 'care-start'])
  })

  it('shows follow-ups once the answers they depend on are given, in order', () => {
    expect(ids({ 'lives-alone': true, 'night-support': true, meals: 'every-day', 'meal-help-hours': 21 })).toEqual([
      'lives-alone',
      'night-support',
      'night-hours',
      'meals',
      'meal-help-hours',
      'help-with',
      'weekend-help',
      'care-start',
    ])
  })

  it('does not let the answer to a hidden question reveal a later one', () => {
    expect(ids({ 'lives-alone': false, 'night-support': true })).not.toContain('night-hours')
  })

  it('combines conditions with any and all', () => {
    expect(ids({ meals: 'never', 'help-with': ['washing'] })).toContain('weekend-help')
    expect(ids({ 'help-with': ['washing'] })).not.toContain('weekend-help')
  })
})

describe('evaluateCondition', () => {
  it('is false for every comparison with an unanswered question, including not-equals', () => {
    expect(evaluateCondition({ op: 'not-equals', question: 'meals', value: 'never' }, {})).toBe(false)
    expect(evaluateCondition({ op: 'less-than', question: 'hours', value: 5 }, { hours: 4 })).toBe(true)
    expect(evaluateCondition({ op: 'less-than', question: 'hours', value: 5 }, { hours: 5 })).toBe(false)
    expect(evaluateCondition({ op: 'answered', question: 'note' }, { note: '   ' })).toBe(false)
  })
})

describe('progress', () => {
  it('counts the required questions shown and points at the next one', () => {
    expect(progress(careQuestionnaire, {})).toEqual({
      answered: 0,
      total: 2,
      percent: 0,
      nextQuestionId: 'lives-alone',
      complete: false,
    })
    expect(progress(careQuestionnaire, { 'lives-alone': true, meals: 'sometimes' })).toEqual({
      answered: 2,
      total: 4,
      percent: 50,
      nextQuestionId: 'night-support',
      complete: false,
    })
  })

  it('is complete when every required question shown is answered, ignoring optional ones', () => {
    expect(progress(careQuestionnaire, { 'lives-alone': false, meals: 'never' })).toEqual({
      answered: 2,
      total: 2,
      percent: 100,
      nextQuestionId: null,
      complete: true,
    })
  })
})

describe('questionWording', () => {
  it('uses the Easy Read wording where there is one and the standard wording elsewhere', () => {
    const meals = careQuestionnaire.sections[1]?.questions[0]
    if (meals === undefined) throw new Error('fixture changed')
    expect(questionWording(meals, { easyRead: true })).toEqual({
      label: 'Do you need help to eat?',
      hint: 'Think about a typical week',
      options: [
        { value: 'never', label: 'Never', hint: undefined },
        { value: 'sometimes', label: 'Some days', hint: undefined },
        { value: 'every-day', label: 'Yes, every day', hint: undefined },
      ],
    })
    expect(questionWording(meals).label).toBe('How often do you need help with meals?')
  })
})
