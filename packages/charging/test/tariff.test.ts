import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tariffIncome } from '@open-sds/charging'

const national = { lowerPence: 1_425_000, stepPence: 25_000, perStepWeeklyPence: 100 }

describe('tariff income (Care Aware advice page; regulation 25: £1 for every £250 or part)', () => {
  it('Care Aware: capital £23,250 gives £36 a week ((23,250 - 14,250) / 250 = 36 exactly)', () => {
    expect(tariffIncome(2_325_000, national)).toBe(3_600)
  })

  it('Care Aware: capital £18,450 gives £17 a week (16.8 rounded up, "or part of £250")', () => {
    expect(tariffIncome(1_845_000, national)).toBe(1_700)
  })

  it('Care Aware: capital below £14,250 gives £0, and so does exactly £14,250', () => {
    expect(tariffIncome(1_424_999, national)).toBe(0)
    expect(tariffIncome(1_425_000, national)).toBe(0)
    expect(tariffIncome(0, national)).toBe(0)
  })

  it('a penny over the lower limit is a part of £250, so £1', () => {
    expect(tariffIncome(1_425_001, national)).toBe(100)
    expect(tariffIncome(1_450_000, national)).toBe(100)
    expect(tariffIncome(1_450_001, national)).toBe(200)
  })

  it('never falls as capital rises (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 5_000_000 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a]
        expect(tariffIncome(low, national)).toBeLessThanOrEqual(tariffIncome(high, national))
      }),
    )
  })

  it('is the ceiling of the excess over £250, in whole pounds (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_425_001, max: 10_000_000 }), (capital) => {
        const pounds = tariffIncome(capital, national) / 100
        expect(Number.isInteger(pounds)).toBe(true)
        expect(pounds * 25_000).toBeGreaterThanOrEqual(capital - 1_425_000)
        expect((pounds - 1) * 25_000).toBeLessThan(capital - 1_425_000)
      }),
    )
  })
})
