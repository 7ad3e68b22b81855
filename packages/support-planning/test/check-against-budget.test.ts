import { describe, expect, it } from 'vitest'
import { checkAgainstBudget } from '../src/index.js'
import { joansPlan } from './fixtures.js'

function check(budget: number, tolerancePence?: number) {
  const result = checkAgainstBudget(joansPlan(), budget, tolerancePence === undefined ? {} : { tolerancePence })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

describe('checkAgainstBudget', () => {
  it('says a plan costing exactly the budget is within it', () => {
    expect(check(21070)).toMatchObject({ status: 'within', differenceWeeklyPence: 0, largestCosts: [] })
    expect(check(21070).message).toContain('This plan costs £210.70 a week, exactly the budget of £210.70 a week.')
  })

  it('flags an overspent plan with the difference and the largest lines that cause it (support planning note: flagged with the difference before submission)', () => {
    const over = check(20000)
    expect(over.status).toBe('over')
    expect(over.differenceWeeklyPence).toBe(1070)
    expect(over.largestCosts.map((line) => line.supportId)).toEqual(['agency-mornings'])
    expect(over.message).toBe(
      'This plan costs £210.70 a week, which is £10.70 a week more than the budget of £200.00 a week. The largest cost is "Morning visit to help wash and dress" (£154.00 a week). One-off costs of £205.00 are shown separately and not counted against the weekly budget.',
    )
  })

  it('names up to three lines when it takes more than one to cover the overspend', () => {
    const over = check(2000)
    expect(over.largestCosts.map((line) => line.supportId)).toEqual(['agency-mornings', 'pa-church'])
    expect(over.message).toContain(
      'The largest costs are "Morning visit to help wash and dress" (£154.00 a week) and "PA to get ready for and go to church" (£46.50 a week).',
    )
    expect(check(0).largestCosts).toHaveLength(3)
  })

  it('flags an underspent plan with the difference', () => {
    const under = check(25000)
    expect(under).toMatchObject({ status: 'under', differenceWeeklyPence: 3930, largestCosts: [] })
    expect(under.message).toContain('£39.30 a week less than the budget of £250.00 a week')
  })

  it('treats a plan as within budget when it is no further away than the tolerance the council sets', () => {
    expect(check(21100, 50).status).toBe('within')
    expect(check(21100, 50).message).toContain('within £0.50 of the budget')
    expect(check(21100, 20).status).toBe('under')
  })

  it('refuses a budget that is not a whole, non-negative number of pence', () => {
    expect(checkAgainstBudget(joansPlan(), -1)).toEqual({
      ok: false,
      errors: [{ path: 'budgetWeeklyPence', message: 'The weekly budget must be 0 or more, in pence' }],
    })
    expect(checkAgainstBudget(joansPlan(), 10.5)).toEqual({
      ok: false,
      errors: [{ path: 'budgetWeeklyPence', message: 'The weekly budget must be a whole number of pence' }],
    })
  })
})
