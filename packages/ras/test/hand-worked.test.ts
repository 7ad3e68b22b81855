import { describe, expect, it } from 'vitest'
import { calculateIndicativeBudget } from '../src/index.js'
import { handWorkedAnswers, tinyRas, tinyRasWith } from './fixtures.js'

describe('calculateIndicativeBudget, worked by hand', () => {
  it('hand-worked example: bands, informal support, an addition', () => {
    // Care:   washing "some" = 4, meals yes = 6                                  -> 10 points
    // Safety: 9 hours x 0.5 = 4.5, rounded down = 4; help with a + c = 3 + 5 = 8 -> 12 points
    // Total 22. Family support "some" takes 20%: 22 x 20% = 4.4, rounded to 4 -> 18 points (floor 5 does not bite)
    // 18 points is in band 16 to 25: £180.00. Night support adds £50.00 -> £230.00 a week, within £45 to £320.
    // A year: £230.00 x 52 = £11,960.00.
    const result = calculateIndicativeBudget(tinyRas, handWorkedAnswers)
    expect(result).toEqual({
      ok: true,
      value: {
        weeklyPence: 23_000,
        annualPence: 1_196_000,
        points: { byDomain: { care: 10, safety: 12 }, raw: 22, afterAdjustment: 18 },
        additions: [{ id: 'night', weeklyPence: 5_000 }],
        explanation: [
          { kind: 'domain-points', text: 'Care: 10 points', points: 10 },
          { kind: 'domain-points', text: 'Safety: 12 points', points: 12 },
          { kind: 'total-points', text: 'Total: 22 points', points: 22 },
          {
            kind: 'informal-support',
            text: 'Support from family and friends reduces your points by 20% (from 22 to 18)',
            points: 18,
          },
          { kind: 'money', text: '18 points falls in band 16 to 25 points: £180.00 a week', weeklyPence: 18_000 },
          { kind: 'addition', text: 'Night support adds £50.00 a week', weeklyPence: 5_000 },
          { kind: 'subtotal', text: 'Total before limits: £230.00 a week', weeklyPence: 23_000 },
          {
            kind: 'result',
            text: 'Your indicative budget is £230.00 a week (£11,960.00 a year, over 52 weeks)',
            weeklyPence: 23_000,
          },
          { kind: 'notice', text: 'This is an indicative budget: it can change when you plan your support' },
          {
            kind: 'notice',
            text: 'Worked out with the tiny test RAS, version 1, in effect from 1 April 2025',
          },
        ],
        configId: 'tiny-ras',
        configVersion: '1',
        illustrative: false,
      },
    })
  })

  it('hand-worked example: the same answers with a price per point', () => {
    // 18 points x £10.50 = £189.00, plus night support £50.00 = £239.00 a week.
    const config = tinyRasWith((c) => {
      c.money = { method: 'price-per-point', pencePerPoint: 1_050 }
    })
    const result = calculateIndicativeBudget(config, handWorkedAnswers)
    expect(result.ok && result.value.weeklyPence).toBe(23_900)
    expect(result.ok && result.value.explanation[4]?.text).toBe('18 points at £10.50 a point: £189.00 a week')
  })

  it('hand-worked example: capped at the maximum, and lower for a care home', () => {
    // Washing "all" 10 + meals 6 = 16; 40 hours x 0.5 = 20, capped at 8; a + b + c = 11, capped at 8 -> 32 points.
    // No family support. Band 26+: £300.00, + night £50.00 = £350.00, above the £320.00 maximum.
    const answers = {
      washing: 'all',
      meals: true,
      hours: 40,
      'help-with': ['a', 'b', 'c'],
      family: 'none',
      night: true,
      home: 'own',
    }
    const capped = calculateIndicativeBudget(tinyRas, answers)
    expect(capped.ok && capped.value.points).toEqual({
      byDomain: { care: 16, safety: 16 },
      raw: 32,
      afterAdjustment: 32,
    })
    expect(capped.ok && capped.value.weeklyPence).toBe(32_000)
    expect(capped.ok && capped.value.explanation.map((s) => s.text)).toContain(
      'The maximum for this RAS is £320.00 a week, so your budget is capped at £320.00',
    )
    expect(capped.ok && capped.value.explanation.map((s) => s.text)).toContain(
      'Support from family and friends: no reduction for your answer (32 points)',
    )
    // In a care home the cap is £200.00, below the maximum, so it is the one that applies.
    const careHome = calculateIndicativeBudget(tinyRas, { ...answers, home: 'care-home' })
    expect(careHome.ok && careHome.value.weeklyPence).toBe(20_000)
    expect(careHome.ok && careHome.value.explanation.map((s) => s.text)).toContain(
      'The maximum for people in a care home is £200.00 a week, so your budget is capped at £200.00',
    )
  })

  it('hand-worked example: the informal support floor and the minimum', () => {
    // Washing "some" 4, meals no 0, 2 hours x 0.5 = 1, nothing else -> 5 points.
    // 20% of 5 = 1 -> 4 points, but the floor is 5 (and 5 is not above what was scored), so 5 points.
    // Band 0 to 5: £40.00, below the £45.00 minimum, so raised to £45.00.
    const result = calculateIndicativeBudget(tinyRas, {
      washing: 'some',
      meals: false,
      hours: 2,
      family: 'some',
      night: false,
      home: 'own',
    })
    expect(result.ok && result.value.weeklyPence).toBe(4_500)
    expect(result.ok && result.value.explanation.map((s) => s.text)).toEqual(
      expect.arrayContaining([
        'Support from family and friends reduces your points by 20% (from 5 to 4), but not below 5 points, so your points are 5',
        '5 points falls in band 0 to 5 points: £40.00 a week',
        'The minimum for this RAS is £45.00 a week, so your budget is raised to £45.00',
      ]),
    )
  })
})
