import { describe, expect, it } from 'vitest'
import type { Support } from '../src/index.js'
import { costPlan, costSupport, costingRulesVersion, formatPence } from '../src/index.js'
import { joansPlan } from './fixtures.js'

const support = (overrides: Partial<Support>): Support => ({
  id: 's',
  outcomeId: 'o',
  providerType: 'other',
  description: 'Support',
  frequency: { per: 'week', count: 1 },
  unitCostPence: 1000,
  ...overrides,
})

describe('costPlan', () => {
  it('costs Joan’s plan by support, by outcome and in total, keeping one-off costs apart', () => {
    const costing = costPlan(joansPlan())
    expect(costing).toMatchObject({
      weeklyPence: 21070,
      annualPence: 1095640,
      oneOffPence: 20500,
      rulesVersion: costingRulesVersion,
    })
    expect(costing.outcomes.map((outcome) => [outcome.outcomeId, outcome.weeklyPence, outcome.oneOffPence])).toEqual([
      ['church', 4650, 0],
      ['mornings', 15400, 8500],
      ['grandchildren', 1020, 12000],
    ])
    expect(costing.supports.find((line) => line.supportId === 'lift')?.explanation).toBe(
      'Lift home from church with a neighbour (family and friends): no cost (£0.00), shown so the whole picture is visible',
    )
    expect(costing.explanation.at(-1)).toBe(
      "The plan costs £210.70 a week, the sum of the weekly costs above, and £10,956.40 a year, the sum of each support's yearly cost, plus £205.00 of one-off costs.",
    )
  })

  it('turns monthly and yearly costs into weekly ones by the year, rounding to the nearest penny line by line', () => {
    // £100 a month is £1,200 a year; £1,200 / 52 = £23.0769..., so £23.08 a week.
    expect(costSupport(support({ frequency: { per: 'month', count: 1 }, unitCostPence: 10000 }))).toMatchObject({
      weeklyPence: 2308,
      annualPence: 120000,
    })
    // Half a penny rounds up: 26p a year is 0.5p a week.
    expect(costSupport(support({ frequency: { per: 'year', count: 1 }, unitCostPence: 26 })).weeklyPence).toBe(1)
    expect(costSupport(support({ frequency: { per: 'year', count: 1 }, unitCostPence: 25 })).weeklyPence).toBe(0)
    expect(costSupport(support({ frequency: { per: 'year', count: 2 }, unitCostPence: 4500 })).explanation).toBe(
      "Support (other): 2 × £45.00 a year = £90.00 a year, which is £1.73 a week (the year's cost ÷ 52, to the nearest penny)",
    )
  })

  it('keeps the yearly total exact, so it may differ by pennies from 52 times the rounded weekly total', () => {
    const plan = {
      ...joansPlan(),
      supports: [support({ outcomeId: 'church', frequency: { per: 'month', count: 1 }, unitCostPence: 10000 })],
    }
    const costing = costPlan(plan)
    expect(costing.annualPence).toBe(120000)
    expect(costing.weeklyPence * 52).toBe(120016)
  })

  it('puts support for an outcome the plan does not have under its own heading, so totals still add up', () => {
    const plan = { ...joansPlan(), supports: [support({ outcomeId: 'missing' })] }
    const costing = costPlan(plan)
    expect(costing.outcomes.at(-1)).toMatchObject({ outcomeId: 'missing', weeklyPence: 1000 })
  })

  it('formats pence as pounds with thousands separators', () => {
    expect(formatPence(123456789)).toBe('£1,234,567.89')
    expect(formatPence(5)).toBe('£0.05')
    expect(formatPence(-1070)).toBe('-£10.70')
  })
})
