import { describe, expect, it } from 'vitest'
import { budgetStage, budgetWords, PlanStateSchema } from '../src/index.js'

// Issue 19, "one truth per page": the budget page states one budget, and its heading and what happens next follow
// the person's stage.
const indicativeWeeklyPence = 33_333

describe('the budget a person is at, and its stage', () => {
  it('is the indicative budget until a practitioner agrees one', () => {
    expect(budgetStage({ indicativeWeeklyPence, agreedWeeklyPence: null })).toEqual({
      stage: 'indicative',
      weeklyPence: 33_333,
    })
  })

  it('is the agreed budget once agreed, and planned while a first plan is made and checked', () => {
    expect(budgetStage({ indicativeWeeklyPence, agreedWeeklyPence: 30_000 })).toEqual({
      stage: 'agreed',
      weeklyPence: 30_000,
    })
    for (const state of ['draft', 'submitted', 'returned', 'approved'] as const)
      expect(
        budgetStage({
          indicativeWeeklyPence,
          agreedWeeklyPence: 30_000,
          plan: { state, inForceBudgetWeeklyPence: null },
        }),
      ).toEqual({ stage: 'planned', weeklyPence: 30_000 })
  })

  it('is the budget of the plan in force once a plan is in force, whatever was agreed before', () => {
    expect(
      budgetStage({
        indicativeWeeklyPence,
        agreedWeeklyPence: 30_000,
        plan: { state: 'active', inForceBudgetWeeklyPence: 31_500 },
      }),
    ).toEqual({ stage: 'in-force', weeklyPence: 31_500 })
  })

  it('is under review while the plan in force is reviewed or a revision waits, with the budget in force kept', () => {
    for (const state of ['under-review', 'revised', 'submitted'] as const)
      expect(
        budgetStage({
          indicativeWeeklyPence,
          agreedWeeklyPence: 30_000,
          plan: { state, inForceBudgetWeeklyPence: 31_500 },
        }),
      ).toEqual({ stage: 'under-review', weeklyPence: 31_500 })
  })

  it('an ended plan leaves the agreed budget', () => {
    expect(
      budgetStage({
        indicativeWeeklyPence,
        agreedWeeklyPence: 30_000,
        plan: { state: 'ended', inForceBudgetWeeklyPence: 31_500 },
      }),
    ).toEqual({ stage: 'agreed', weeklyPence: 30_000 })
  })

  it('every plan state gives a stage', () => {
    for (const state of PlanStateSchema.options)
      expect(
        budgetStage({ indicativeWeeklyPence, agreedWeeklyPence: 1, plan: { state, inForceBudgetWeeklyPence: 2 } })
          .stage,
      ).toMatch(/^(agreed|in-force|under-review)$/)
  })
})

describe('the words for each stage', () => {
  it('heads the page by stage, for the person or the one they act for', () => {
    expect(budgetWords('indicative', { onBehalf: false, name: 'Alex' }).heading).toBe('Your indicative personal budget')
    expect(budgetWords('agreed', { onBehalf: true, name: 'Priya Shah' }).heading).toBe(
      "Priya Shah's agreed personal budget",
    )
    expect(budgetWords('in-force', { onBehalf: false, name: 'Alex' }).whatHappensNext[0]).toMatch(/plan is in force/)
    expect(budgetWords('under-review', { onBehalf: false, name: 'Alex' }).whatHappensNext[0]).toMatch(/being reviewed/)
  })

  it('has Easy Read words for every stage: short sentences, one idea each', () => {
    for (const stage of ['indicative', 'agreed', 'planned', 'in-force', 'under-review'] as const) {
      const words = budgetWords(stage, { onBehalf: false, name: 'Alex' }, { easyRead: true })
      expect(words.heading).toMatch(/^Your money for support/)
      for (const sentence of words.whatHappensNext) {
        expect(sentence.split(' ').length).toBeLessThanOrEqual(12)
        expect(sentence.match(/[.:;]/g)?.length ?? 0).toBeLessThanOrEqual(1)
      }
    }
  })
})
