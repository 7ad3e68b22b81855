import { describe, expect, it } from 'vitest'
import {
  calculateIndicativeBudget,
  ILLUSTRATIVE_NOTICE,
  illustrativeRasConfig,
  INDICATIVE_NOTICE,
  indicativeWeeklyPence,
} from '../src/index.js'
import type { RasConfig } from '../src/index.js'
import { tinyRas, tinyRasWith } from './fixtures.js'

const notices = (config: RasConfig, answers: Record<string, unknown>) => {
  const result = calculateIndicativeBudget(config, answers as never)
  return result.ok ? result.value.explanation.filter((s) => s.kind === 'notice').map((s) => s.text) : []
}

describe('calculateIndicativeBudget', () => {
  it('always says the budget is indicative, and says so when the RAS is illustrative', () => {
    expect(notices(tinyRas, {})).toContain(INDICATIVE_NOTICE)
    expect(notices(tinyRas, {})).not.toContain(ILLUSTRATIVE_NOTICE)
    const illustrative = notices(illustrativeRasConfig, {})
    expect(illustrative).toContain(INDICATIVE_NOTICE)
    expect(illustrative).toContain(ILLUSTRATIVE_NOTICE)
    const budget = calculateIndicativeBudget(illustrativeRasConfig, {})
    expect(budget.ok && budget.value.illustrative).toBe(true)
  })

  it('scores unanswered questions as 0 and says when informal support was not answered', () => {
    const result = calculateIndicativeBudget(tinyRas, {})
    expect(result.ok && result.value.points).toEqual({ byDomain: { care: 0, safety: 0 }, raw: 0, afterAdjustment: 0 })
    expect(result.ok && result.value.explanation.map((s) => s.text)).toContain(
      'Support from family and friends: no answer given, so no reduction (0 points)',
    )
  })

  it('says when the informal support reduction rounds to nothing', () => {
    // 2 hours x 0.5 = 1 point and nothing else; 20% of 1 point is 0.2, which rounds to 0.
    const result = calculateIndicativeBudget(tinyRas, { hours: 2, family: 'some' })
    expect(result.ok && result.value.explanation.map((s) => s.text)).toContain(
      'Support from family and friends: 20% of 1 point rounds to 0, so your points stay at 1',
    )
  })

  it('scores a number answer on the decimals as written, rounding down: 100 hours at 0.29 points is 29 points', () => {
    // In floating point 100 x 0.29 is 28.999999999999996; rounded down that would lose a point.
    const ras = tinyRasWith((config) => {
      const rule = config.domains[1]?.scoring[0]
      if (rule?.type === 'number') Object.assign(rule, { pointsPerUnit: 0.29, maxPoints: 100 })
    })
    const scored = (hours: number) => {
      const result = calculateIndicativeBudget(ras, { hours })
      return result.ok ? result.value.points.byDomain.safety : undefined
    }
    expect(scored(100)).toBe(29)
    expect(scored(3.5)).toBe(1) // 1.015 rounds down to 1
    expect(scored(10)).toBe(2) // 2.9 rounds down to 2
  })

  it('names each answer it cannot score', () => {
    const result = calculateIndicativeBudget(tinyRas, {
      washing: 'sometimes',
      meals: 'yes',
      hours: -3,
      'help-with': ['a', 'z'],
      family: 'lots',
    })
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'washing', message: 'The answer to "washing" is "sometimes", which this RAS has no points for' },
        { path: 'meals', message: 'The answer to "meals" must be yes or no (true or false)' },
        { path: 'hours', message: 'The answer to "hours" must be a number of 0 or more' },
        { path: 'help-with', message: 'The answer to "help-with" includes "z", which this RAS has no points for' },
        { path: 'family', message: 'The answer to "family" is "lots", which this RAS has no reduction for' },
      ],
    })
  })

  it('refuses answers that are not an object, and a configuration that is not valid, without throwing', () => {
    expect(calculateIndicativeBudget(tinyRas, null as never)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'Answers must be a group of answers keyed by question id (an object)' }],
    })
    const broken = tinyRasWith((c) => {
      c.maximumWeeklyPence = -1
    })
    expect(calculateIndicativeBudget(broken, {})).toEqual({
      ok: false,
      errors: [{ path: 'maximumWeeklyPence', message: 'Maximum weekly amount (in pence) must be 0 or more' }],
    })
  })

  it('does not treat a prototype name as an option with points', () => {
    const result = calculateIndicativeBudget(tinyRas, { washing: 'constructor' })
    expect(result.ok).toBe(false)
  })

  it('gives the same weekly amount on the fast path without an explanation', () => {
    const answers = { washing: 'all', meals: true, hours: 7, family: 'some', night: true }
    const full = calculateIndicativeBudget(tinyRas, answers)
    expect(indicativeWeeklyPence(tinyRas, answers)).toEqual({ ok: true, value: full.ok ? full.value.weeklyPence : -1 })
  })

  it('with allowNonMonotonic set, lets a higher score give less, and the explanation shows where', () => {
    // A council that tapers its table at the top (for example because people with the highest scores are
    // expected to move to a different service) has to say so explicitly; the step still names the band.
    const tapered = tinyRasWith((c) => {
      c.allowNonMonotonic = true
      c.money = {
        method: 'bands',
        bands: [
          { fromPoints: 0, toPoints: 15, weeklyPence: 10_000 },
          { fromPoints: 16, toPoints: null, weeklyPence: 8_000 },
        ],
      }
    })
    const lower = calculateIndicativeBudget(tapered, { washing: 'some', meals: true })
    const higher = calculateIndicativeBudget(tapered, { washing: 'all', meals: true })
    expect(lower.ok && lower.value.weeklyPence).toBe(10_000)
    expect(higher.ok && higher.value.weeklyPence).toBe(8_000)
    expect(higher.ok && higher.value.explanation.map((s) => s.text)).toContain(
      '16 points falls in band 16 points or more: £80.00 a week',
    )
  })
})
