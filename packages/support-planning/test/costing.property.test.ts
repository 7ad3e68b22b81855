import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkAgainstBudget, costPlan, validatePlan } from '../src/index.js'
import { planArbitrary } from './arbitraries.js'

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

describe('costing (properties)', () => {
  it('generated plans are valid plans, so the properties below are about real plans', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        expect(validatePlan(plan).ok).toBe(true)
      }),
      { numRuns: 50 },
    )
  })

  it('is additive: the plan total is the sum of its supports, and of its outcomes', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const costing = costPlan(plan)
        for (const key of ['weeklyPence', 'annualPence', 'oneOffPence'] as const) {
          expect(costing[key]).toBe(sum(costing.supports.map((line) => line[key])))
          expect(costing[key]).toBe(sum(costing.outcomes.map((outcome) => outcome[key])))
        }
      }),
    )
  })

  it('does not depend on the order of the supports', () => {
    fc.assert(
      fc.property(planArbitrary, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (plan, keys) => {
        const order = [...keys.take(plan.supports.length)]
        const shuffled = plan.supports
          .map((support, index) => ({ support, key: order[index] ?? 0 }))
          .sort((a, b) => a.key - b.key)
          .map(({ support }) => support)
        const before = costPlan(plan)
        const after = costPlan({ ...plan, supports: shuffled })
        expect([after.weeklyPence, after.annualPence, after.oneOffPence]).toEqual([
          before.weeklyPence,
          before.annualPence,
          before.oneOffPence,
        ])
        const byId = (lines: typeof before.supports) => Object.fromEntries(lines.map((line) => [line.supportId, line]))
        expect(byId(after.supports)).toEqual(byId(before.supports))
        expect(Object.fromEntries(after.outcomes.map((o) => [o.outcomeId, o.weeklyPence]))).toEqual(
          Object.fromEntries(before.outcomes.map((o) => [o.outcomeId, o.weeklyPence])),
        )
      }),
    )
  })

  it('is never negative, always whole pence, and each weekly line is its yearly cost ÷ 52 to the nearest penny', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const costing = costPlan(plan)
        for (const line of [...costing.supports, ...costing.outcomes, costing]) {
          for (const amount of [line.weeklyPence, line.annualPence, line.oneOffPence]) {
            expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true)
          }
        }
        for (const line of costing.supports)
          expect(Math.abs(line.weeklyPence * 52 - line.annualPence)).toBeLessThanOrEqual(26)
      }),
    )
  })

  it('checks the budget consistently with the totals', () => {
    fc.assert(
      fc.property(
        planArbitrary,
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 500 }),
        (plan, budget, tolerancePence) => {
          const weekly = costPlan(plan).weeklyPence
          const result = checkAgainstBudget(plan, budget, { tolerancePence })
          expect(result.ok).toBe(true)
          if (!result.ok) return
          const check = result.value
          expect(check.planWeeklyPence).toBe(weekly)
          expect(check.differenceWeeklyPence).toBe(Math.abs(weekly - budget))
          const expected =
            weekly > budget + tolerancePence ? 'over' : weekly < budget - tolerancePence ? 'under' : 'within'
          expect(check.status).toBe(expected)
          if (check.status !== 'over') expect(check.largestCosts).toEqual([])
          else {
            const named = check.largestCosts.map((line) => line.weeklyPence)
            expect(named.length).toBeGreaterThan(0)
            expect(named).toEqual([...named].sort((a, b) => b - a))
            const everyPaidLine = costPlan(plan).supports.filter((line) => line.weeklyPence > 0).length
            expect(sum(named) >= check.differenceWeeklyPence || named.length === Math.min(3, everyPaidLine)).toBe(true)
          }
        },
      ),
    )
  })
})
