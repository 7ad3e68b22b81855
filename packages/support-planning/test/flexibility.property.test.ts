import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyChange, costPlan } from '../src/index.js'
import { outcomeIds, planArbitrary, supportsArbitrary } from './arbitraries.js'

describe('flexibility rule (properties)', () => {
  it('calls a change within flexibility only when no outcome and not the total gets more money', () => {
    fc.assert(
      fc.property(planArbitrary, supportsArbitrary(10), (agreed, supports) => {
        const proposed = { ...agreed, supports }
        const result = classifyChange(agreed, proposed)
        const before = costPlan(agreed)
        const after = costPlan(proposed)
        const annualFor = (costing: typeof before, id: string) =>
          costing.outcomes.find((o) => o.outcomeId === id)?.annualPence ?? 0
        const oneOffFor = (costing: typeof before, id: string) =>
          costing.outcomes.find((o) => o.outcomeId === id)?.oneOffPence ?? 0
        const noOutcomeGetsMore = outcomeIds.every(
          (id) => annualFor(after, id) <= annualFor(before, id) && oneOffFor(after, id) <= oneOffFor(before, id),
        )
        expect(result.kind === 'within-flexibility').toBe(noOutcomeGetsMore)
        if (result.kind === 'within-flexibility') {
          expect(after.annualPence).toBeLessThanOrEqual(before.annualPence)
          expect(after.oneOffPence).toBeLessThanOrEqual(before.oneOffPence)
        }
      }),
    )
  })

  it('always allows spending less on a support, and never allows spending more in total', () => {
    fc.assert(
      fc.property(planArbitrary, fc.nat(), fc.integer({ min: 1, max: 10_000 }), (agreed, pick, step) => {
        const paid = agreed.supports.filter((support) => support.unitCostPence > 0)
        const target = paid[pick % Math.max(1, paid.length)]
        if (target === undefined) return
        const change = (delta: number) => ({
          ...agreed,
          supports: agreed.supports.map((support) =>
            support.id === target.id
              ? { ...support, unitCostPence: Math.max(0, support.unitCostPence + delta) }
              : support,
          ),
        })
        expect(classifyChange(agreed, change(-step)).kind).toBe('within-flexibility')
        expect(classifyChange(agreed, change(step)).kind).toBe('needs-review')
      }),
    )
  })
})
