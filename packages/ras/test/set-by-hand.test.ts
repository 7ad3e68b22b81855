import { describe, expect, it } from 'vitest'
import {
  budgetByHandWithin,
  budgetSetByHand,
  easyReadExplanation,
  INDICATIVE_NOTICE,
  SET_BY_HAND_CONFIG_ID,
} from '../src/index.js'

// Issue 19, "No dead end": when no RAS could give a budget, a practitioner works it out by hand; the budget they record
// reads like any indicative budget, and its explanation says a practitioner worked it out, who, when and how.
const input = {
  weeklyPence: 24_550,
  how: 'Two visits a day of 45 minutes at the council’s home care rate, and a sitting service on Fridays.',
  setBy: 'Sam Patel',
  on: '2026-12-02',
}

describe('budgetSetByHand', () => {
  it('is an indicative budget a practitioner worked out, with who, when and how in its explanation', () => {
    const budget = budgetSetByHand(input)
    expect(budget.ok).toBe(true)
    if (!budget.ok) return
    expect(budget.value).toMatchObject({
      weeklyPence: 24_550,
      annualPence: 24_550 * 52,
      configId: SET_BY_HAND_CONFIG_ID,
      configVersion: '2026-12-02',
      illustrative: false,
      additions: [],
    })
    expect(budget.value.explanation.map((step) => step.text)).toEqual([
      'Worked out by a practitioner, Sam Patel, on 2 December 2026: Two visits a day of 45 minutes at the council’s home care rate, and a sitting service on Fridays.',
      'Your indicative budget is £245.50 a week (£12,766.00 a year, over 52 weeks)',
      INDICATIVE_NOTICE,
    ])
  })

  it('tells the same in Easy Read', () => {
    const budget = budgetSetByHand({ ...input, how: 'Two visits a day' })
    expect(budget.ok && easyReadExplanation(budget.value.explanation)).toEqual([
      'A practitioner worked out your money for support.',
      'They said how: Two visits a day.',
      'Your money for support is £245.50 a week.',
      'That is £12,766.00 in a year.',
      'This is a first guess. It can change when you plan your support.',
    ])
  })

  it('refuses an amount that is not whole pence above nothing, and a missing explanation, naming each field', () => {
    for (const weeklyPence of [0, -100, 12.5, Number.NaN]) {
      const refused = budgetSetByHand({ ...input, weeklyPence })
      expect(refused.ok ? [] : refused.errors.map((issue) => issue.path)).toEqual(['weeklyPence'])
    }
    const noHow = budgetSetByHand({ ...input, how: '   ' })
    expect(noHow.ok ? [] : noHow.errors).toEqual([{ path: 'how', message: 'Say how the budget was worked out' }])
  })
})

describe('budgetByHandWithin', () => {
  it('is within 10 working days unless the council sets its own number', () => {
    expect(budgetByHandWithin()).toBe('within 10 working days')
    expect(budgetByHandWithin(5)).toBe('within 5 working days')
    expect(budgetByHandWithin(1)).toBe('within 1 working day')
  })
})
