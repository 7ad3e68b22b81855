import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessNonResidential, percentOf } from '@open-sds/charging'
import { errorsOf, homeInput, in2025, policy } from './fixtures.js'

// Regulation 11 of SI 2014/2672: a fraction of a penny is rounded up where that favours the person, otherwise left out.
describe('percentages of pence are exact, with the fraction of a penny rounded under regulation 11', () => {
  it('a 90.5% taper of £10.01 is £9.05 against the person and £9.06 in their favour', () => {
    // 1001 x 9050 / 10,000 = 905.905 pence
    expect(percentOf(1001, 90.5, 'down')).toBe(905)
    expect(percentOf(1001, 90.5, 'up')).toBe(906)
  })

  it('reads a percentage as written, so 0.29% of £1,000.00 is exactly £2.90', () => {
    // In floats 0.29 x 100 is 28.999999999999996 basis points.
    expect(percentOf(100_000, 0.29, 'down')).toBe(290)
    expect(percentOf(100_000, 0.29, 'up')).toBe(290)
  })

  it('agrees with whole-number arithmetic for every two-decimal percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000 }), (pence, bp) => {
        const percent = Number(`${String(Math.floor(bp / 100))}.${String(bp % 100).padStart(2, '0')}`)
        const exact = pence * bp
        expect(percentOf(pence, percent, 'down')).toBe(Math.floor(exact / 10_000))
        expect(percentOf(pence, percent, 'up')).toBe(Math.ceil(exact / 10_000))
      }),
    )
  })

  it('a council policy with more than two decimal places of taper is refused, naming the field', () => {
    expect(errorsOf(assessNonResidential(homeInput(), policy({ taperPercent: 90.555 }), in2025))).toEqual([
      { path: 'policy.taperPercent', message: 'Taper can have at most two decimal places' },
    ])
    expect(assessNonResidential(homeInput(), policy({ taperPercent: 90.55 }), in2025).ok).toBe(true)
  })
})
