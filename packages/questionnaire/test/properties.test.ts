import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  allQuestions,
  progress,
  validateAnswer,
  validateAnswers,
  validateDefinition,
  visibleQuestions,
} from '../src/index.js'
import type { AnswerValue, Question } from '../src/index.js'
import { careQuestionnaire } from './fixtures.js'

/** Values a careful form could produce for a question: sometimes valid, sometimes not, sometimes nothing. */
function plausibleAnswer(question: Question): fc.Arbitrary<AnswerValue | undefined> {
  switch (question.type) {
    case 'single-choice':
      return fc.option(fc.constantFrom(...question.options.map((o) => o.value)), { nil: undefined })
    case 'multiple-choice':
      return fc.option(fc.subarray(question.options.map((o) => o.value)), { nil: undefined })
    case 'number':
      return fc.option(fc.integer({ min: -5, max: 200 }), { nil: undefined })
    case 'text':
      return fc.option(fc.string({ maxLength: 30 }), { nil: undefined })
    case 'date':
      return fc.option(fc.constantFrom('1999-01-01', '2024-02-29', '2031-01-01'), { nil: undefined })
    case 'yes-no':
      return fc.option(fc.boolean(), { nil: undefined })
  }
}

const answersArb = fc.record(Object.fromEntries(allQuestions(careQuestionnaire).map((q) => [q.id, plausibleAnswer(q)])))

describe('questionnaire invariants (property tests)', () => {
  it('shows a subset of the questions, in the order they are defined', () => {
    const order = allQuestions(careQuestionnaire).map((q) => q.id)
    fc.assert(
      fc.property(answersArb, (answers) => {
        const shown = visibleQuestions(careQuestionnaire, answers).map((q) => order.indexOf(q.id))
        expect(shown.every((position, i) => position >= 0 && (i === 0 || position > (shown[i - 1] ?? -1)))).toBe(true)
      }),
    )
  })

  it('reports progress that adds up: complete exactly when nothing required is left', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const p = progress(careQuestionnaire, answers)
        expect(p.answered).toBeGreaterThanOrEqual(0)
        expect(p.answered).toBeLessThanOrEqual(p.total)
        expect(p.percent).toBeGreaterThanOrEqual(0)
        expect(p.percent).toBeLessThanOrEqual(100)
        expect(p.complete).toBe(p.nextQuestionId === null)
        expect(p.complete).toBe(p.percent === 100)
      }),
    )
  })

  it('accepts its own output again unchanged (validation is idempotent)', () => {
    let accepted = 0
    fc.assert(
      fc.property(answersArb, (answers) => {
        const first = validateAnswers(careQuestionnaire, answers)
        if (!first.ok) return
        accepted += 1
        expect(validateAnswers(careQuestionnaire, first.value.answers)).toEqual({
          ok: true,
          value: { answers: first.value.answers, dropped: [] },
        })
        expect(progress(careQuestionnaire, first.value.answers).complete).toBe(true)
      }),
      { numRuns: 500 },
    )
    // Guards the property against passing only because every generated set was refused.
    expect(accepted).toBeGreaterThan(10)
  })

  it('reads back every whole number in range that a person types', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 168 }), (hours) => {
        expect(validateAnswer(careQuestionnaire, 'meal-help-hours', String(hours))).toEqual({ ok: true, value: hours })
      }),
    )
  })

  it('never throws on anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (input, text) => {
        expect(typeof validateDefinition(input).ok).toBe('boolean')
        expect(typeof validateAnswers(careQuestionnaire, input).ok).toBe('boolean')
        for (const q of allQuestions(careQuestionnaire)) {
          expect(typeof validateAnswer(careQuestionnaire, q.id, text).ok).toBe('boolean')
        }
      }),
    )
  })
})
