import { describe, expect, it } from 'vitest'
import { calibrate } from '../src/index.js'

const threeCases = [
  { caseId: 'A', points: 10, actualWeeklyPence: 10_000 },
  { caseId: 'B', points: 20, actualWeeklyPence: 19_000 },
  { caseId: 'C', points: 30, actualWeeklyPence: 31_000 },
]

describe('calibrate: price per point', () => {
  it('hand-worked example: least squares through zero, rounded to the penny', () => {
    // Σxy = 10×10,000 + 20×19,000 + 30×31,000 = 1,410,000; Σx² = 100 + 400 + 900 = 1,400
    // price = 1,410,000 / 1,400 = 1,007.14p a point, published as £10.07.
    // R² (about zero) = (Σxy)² / (Σx² Σy²) = 1.9881e12 / (1,400 × 1.422e9) = 0.99864…
    // Proposed: 10,070 + 20,140 + 30,210 = 60,420p against 60,000p now: +420p, +0.7%.
    // Residuals (actual − proposed): A −70, B −1,140, C +790.
    const result = calibrate(threeCases, { method: 'price-per-point' })
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    const report = result.value
    expect(report.proposedMoney).toEqual({ method: 'price-per-point', pencePerPoint: 1_007 })
    expect(report.rSquared).toBeCloseTo(1.9881e12 / (1_400 * 1.422e9), 12)
    expect(report.totals).toEqual({
      historicWeeklyPence: 60_000,
      proposedWeeklyPence: 60_420,
      differenceWeeklyPence: 420,
      differencePercent: 0.7,
    })
    expect(report.outliers.map((o) => [o.caseId, o.residualPence])).toEqual([
      ['B', -1_140],
      ['C', 790],
      ['A', -70],
    ])
    // With an intercept: x̄ = 20, ȳ = 20,000, Sxy = 210,000, Sxx = 200 -> slope 1,050, intercept −1,000;
    // R² = Sxy² / (Sxx Syy) = 4.41e10 / (200 × 2.22e8) = 0.99324…
    expect(report.withIntercept?.pencePerPoint).toBe(1_050)
    expect(report.withIntercept?.interceptPence).toBe(-1_000)
    expect(report.withIntercept?.rSquared).toBeCloseTo(4.41e10 / 4.44e10, 12)
    expect(report.explanation).toContain(
      'Over these 3 cases the proposed RAS would cost £604.20 a week, against £600.00 now: more by £4.20 (0.7%)',
    )
    expect(report.explanation[0]).toBe(
      'Only 3 cases: In Control suggested calibrating on about 100 or more, so treat this fit with care',
    )
  })

  it('cannot fit a price when every case has 0 points', () => {
    expect(calibrate([{ caseId: 'A', points: 0, actualWeeklyPence: 100 }], { method: 'price-per-point' })).toEqual({
      ok: false,
      errors: [{ path: 'cases', message: 'Every case has 0 points, so a price per point cannot be fitted' }],
    })
  })
})

describe('calibrate: bands', () => {
  it('hand-worked example: band means, pooled where a higher band costs less', () => {
    // Edges 0, 10, 20. Band 0-9: £100 and £120 -> mean £110. Band 10-19: £90 and £100 -> mean £95, below £110,
    // so the two are pooled: (2×110 + 2×95) / 4 = £102.50 each. Band 20+: £300.
    // Mean cost £142; SStot = 4,200² + 2,200² + 5,200² + 4,200² + 15,800² = 316,800,000 (pence²);
    // SSres = 250² + 1,750² + 1,250² + 250² + 0² = 4,750,000; R² = 1 − 4.75e6 / 316.8e6 = 0.98500…
    const cases = [
      { caseId: 'a', points: 5, actualWeeklyPence: 10_000 },
      { caseId: 'b', points: 7, actualWeeklyPence: 12_000 },
      { caseId: 'c', points: 12, actualWeeklyPence: 9_000 },
      { caseId: 'd', points: 15, actualWeeklyPence: 10_000 },
      { caseId: 'e', points: 25, actualWeeklyPence: 30_000 },
    ]
    const result = calibrate(cases, { method: 'bands', bandEdges: [0, 10, 20] })
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.value.proposedMoney).toEqual({
      method: 'bands',
      bands: [
        { fromPoints: 0, toPoints: 9, weeklyPence: 10_250 },
        { fromPoints: 10, toPoints: 19, weeklyPence: 10_250 },
        { fromPoints: 20, toPoints: null, weeklyPence: 30_000 },
      ],
    })
    expect(result.value.rSquared).toBeCloseTo(1 - 4.75e6 / 316.8e6, 12)
    expect(result.value.totals).toEqual({
      historicWeeklyPence: 71_000,
      proposedWeeklyPence: 71_000,
      differenceWeeklyPence: 0,
      differencePercent: 0,
    })
    expect(result.value.explanation).toContain(
      "Bands 0 to 9 points and 10 to 19 points were pooled into one amount, because a higher band's cases cost less on average",
    )
  })

  it('makes equal-width bands up to the highest score and fills a band with no cases from its neighbour', () => {
    const cases = [
      { caseId: 'a', points: 1, actualWeeklyPence: 5_000 },
      { caseId: 'b', points: 2, actualWeeklyPence: 6_000 },
      { caseId: 'c', points: 11, actualWeeklyPence: 20_000 },
    ]
    // Highest score 11, 3 bands -> width ceil(12 / 3) = 4: 0-3, 4-7, 8+. Band 4-7 has no cases.
    const result = calibrate(cases, { method: 'bands', bandCount: 3 })
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.value.proposedMoney).toEqual({
      method: 'bands',
      bands: [
        { fromPoints: 0, toPoints: 3, weeklyPence: 5_500 },
        { fromPoints: 4, toPoints: 7, weeklyPence: 5_500 },
        { fromPoints: 8, toPoints: null, weeklyPence: 20_000 },
      ],
    })
    expect(result.value.explanation).toContain(
      'Band 4 to 7 points has no cases: it takes the amount of the band next to it',
    )
  })

  it('refuses band edges that do not start at 0 or do not rise', () => {
    expect(
      calibrate([{ caseId: 'a', points: 1, actualWeeklyPence: 1 }], { method: 'bands', bandEdges: [0, 10, 10] }),
    ).toEqual({
      ok: false,
      errors: [
        { path: 'options.bandEdges.2', message: 'Band edges must rise: each band must start after the one before' },
      ],
    })
  })
})

describe('calibrate: input', () => {
  it('names bad cases and repeated case ids', () => {
    expect(calibrate([], { method: 'bands' })).toEqual({
      ok: false,
      errors: [{ path: 'cases', message: 'There are no cases to calibrate on' }],
    })
    const result = calibrate(
      [
        { caseId: 'A', points: 1.5, actualWeeklyPence: 100 },
        { caseId: 'B', points: 2, actualWeeklyPence: -1 },
      ],
      { method: 'bands' },
    )
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'cases.0.points', message: 'Points must be a whole number, not 1.5' },
        { path: 'cases.1.actualWeeklyPence', message: 'Actual weekly amount (in pence) must be 0 or more' },
      ],
    })
    const repeated = calibrate(
      [
        { caseId: 'A', points: 1, actualWeeklyPence: 100 },
        { caseId: 'A', points: 2, actualWeeklyPence: 200 },
      ],
      { method: 'bands' },
    )
    expect(repeated).toEqual({
      ok: false,
      errors: [{ path: 'cases.1.caseId', message: 'Case "A" appears more than once (first at cases.0)' }],
    })
  })
})
