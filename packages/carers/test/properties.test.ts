import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CARERS_ALLOCATION, chargeCarer, checkCarersBudget } from '@open-sds/carers'

const pence = fc.integer({ min: 0, max: 200_000 })
const income = fc.array(
  fc.record({
    kind: fc.constantFrom('earnings', 'partner-earnings', 'benefits', 'pension', 'other'),
    weeklyPence: pence,
  }),
  { maxLength: 5 },
)
const support = fc.array(fc.record({ providedTo: fc.constantFrom('carer', 'cared-for'), weeklyCostPence: pence }), {
  maxLength: 5,
})
const policy = fc.record({
  charges: fc.constant(true as const),
  taperPercent: fc.integer({ min: 0, max: 100 }),
  weeklyAllowancePence: pence,
})

describe('carers’ rules, for any input', () => {
  it('never charge a carer more than the cost of support provided to them, and earnings never change the charge', () => {
    fc.assert(
      fc.property(policy, income, support, pence, (council, incomes, supports, earned) => {
        const charged = chargeCarer(council, { income: incomes, support: supports })
        const moreEarnings = chargeCarer(council, {
          income: [...incomes, { kind: 'earnings', weeklyPence: earned }],
          support: supports,
        })
        if (!charged.ok || !moreEarnings.ok) return false
        const own = supports
          .filter((each) => each.providedTo === 'carer')
          .reduce((sum, each) => sum + each.weeklyCostPence, 0)
        return (
          charged.value.weeklyChargePence <= own &&
          moreEarnings.value.weeklyChargePence === charged.value.weeklyChargePence
        )
      }),
    )
  })

  it('accept a one-off budget exactly when it is above £0 and within the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300_000 }), (amountPence) => {
        const checked = checkCarersBudget([DEFAULT_CARERS_ALLOCATION], { kind: 'one-off', amountPence }, '2026-05-01')
        expect(checked.ok).toBe(amountPence <= DEFAULT_CARERS_ALLOCATION.maximumOneOffPence)
      }),
    )
  })
})
