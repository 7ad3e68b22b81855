import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RiskMatrixSchema, defaultRiskMatrix, numberedScale, rateRisk, type RiskMatrix } from '@open-sds/safeguarding'
import { expectErrors, expectOk } from './fixtures.js'

const withThresholds = (thresholds: RiskMatrix['thresholds']): RiskMatrix => ({ ...defaultRiskMatrix, thresholds })
const bands = (...ranges: Array<[string, number, number]>): RiskMatrix =>
  withThresholds(ranges.map(([label, min, max]) => ({ label, colour: label.toLowerCase(), min, max })))

describe('rateRisk on the default matrix', () => {
  it.each([
    ['CF6-001', 4, 3, 12],
    ['CF6-002', 3, 3, 9],
    ['CF6-003', 4, 2, 8],
    ['CF6-004', 4, 3, 12],
  ])('Seed 003 risk log (Appendix B), %s: probability %i x impact %i = %i, amber', (_id, likelihood, impact, score) => {
    const rating = expectOk(rateRisk(defaultRiskMatrix, likelihood, impact))
    expect(rating.score).toBe(score)
    expect(rating.colour).toBe('amber')
  })

  it('explains the rating and names the matrix version used', () => {
    const rating = expectOk(rateRisk(defaultRiskMatrix, 5, 4))
    expect(rating).toMatchObject({
      score: 20,
      label: 'High',
      colour: 'red',
      hex: '#d4351c',
      severity: 2,
      matrixId: 'seed-003-5x5-rag',
      matrixVersion: '2026.1',
    })
    expect(rating.explanation[0]).toBe('Likelihood 5 (Almost certain) x impact 4 (Major) = score 20')
    expect(rating.explanation[1]).toBe('A score of 20 falls in "High" (13 to 25), shown red')
  })

  it('refuses a likelihood or impact off the scale, saying what the scale is', () => {
    const errors = expectErrors(rateRisk(defaultRiskMatrix, 6, 2.5))
    expect(errors).toEqual([
      { path: 'likelihood', message: 'Likelihood must be a whole number from 1 (Rare) to 5 (Almost certain)' },
      { path: 'impact', message: 'Impact must be a whole number from 1 (Negligible) to 5 (Severe)' },
    ])
  })
})

describe('RiskMatrixSchema', () => {
  it('accepts the default matrix', () => {
    expect(RiskMatrixSchema.safeParse(defaultRiskMatrix).success).toBe(true)
  })

  it('rejects overlapping thresholds, naming the threshold', () => {
    const errors = expectErrors(rateRisk(bands(['Low', 1, 6], ['Medium', 5, 12], ['High', 13, 25]), 1, 1))
    expect(errors).toEqual([
      {
        path: 'matrix.thresholds.1.min',
        message: 'Threshold "Medium" (5 to 12) overlaps "Low" (1 to 6): a score can have only one label',
      },
    ])
  })

  it('rejects a gap between thresholds, naming the threshold and the scores left out', () => {
    const errors = expectErrors(rateRisk(bands(['Low', 1, 4], ['Medium', 6, 12], ['High', 13, 25]), 1, 1))
    expect(errors[0]?.message).toBe(
      'There is a gap before threshold "Medium" (6 to 12): scores 5 to 5 would have no label',
    )
  })

  it('rejects thresholds that miss the ends of the scale or run in the wrong order', () => {
    const ends = RiskMatrixSchema.safeParse(bands(['All', 2, 20]))
    expect(ends.error?.issues.map((found) => found.message)).toEqual([
      'Threshold "All" (2 to 20) must start at the lowest score, 1',
      'Threshold "All" (2 to 20) must end at the highest score, 25',
    ])
    const order = RiskMatrixSchema.safeParse(bands(['High', 13, 25], ['Low', 1, 12]))
    expect(order.error?.issues.some((found) => /list thresholds from least to most severe/.test(found.message))).toBe(
      true,
    )
  })

  it('rejects scale levels that are not numbered 1, 2, 3 ...', () => {
    const matrix = {
      ...defaultRiskMatrix,
      impact: {
        name: 'Impact',
        levels: [
          { value: 1, label: 'Low' },
          { value: 3, label: 'High' },
        ],
      },
    }
    const parsed = RiskMatrixSchema.safeParse(matrix)
    expect(parsed.error?.issues[0]?.path).toEqual(['impact', 'levels', 1, 'value'])
  })
})

/** Any valid matrix: scales of 2 to 7 levels, thresholds cut at random points across the score range. */
const validMatrix = fc
  .record({ likelihoodLevels: fc.integer({ min: 2, max: 7 }), impactLevels: fc.integer({ min: 2, max: 7 }) })
  .chain(({ likelihoodLevels, impactLevels }) => {
    const highest = likelihoodLevels * impactLevels
    return fc.uniqueArray(fc.integer({ min: 2, max: highest }), { maxLength: 5 }).map((cuts): RiskMatrix => {
      const starts = [1, ...[...cuts].sort((a, b) => a - b)]
      const scale = (name: string, count: number) =>
        numberedScale(
          name,
          Array.from({ length: count }, (_, index) => `${name} ${String(index + 1)}`),
        )
      return {
        ...defaultRiskMatrix,
        likelihood: scale('Likelihood', likelihoodLevels),
        impact: scale('Impact', impactLevels),
        thresholds: starts.map((start, index) => ({
          label: `Band ${String(index)}`,
          colour: `colour-${String(index)}`,
          min: start,
          max: (starts[index + 1] ?? highest + 1) - 1,
        })),
      }
    })
  })

describe('risk matrix properties', () => {
  it('the score never falls as likelihood or impact rises', () => {
    fc.assert(
      fc.property(validMatrix, fc.nat(), fc.nat(), (matrix, a, b) => {
        const likelihood = (a % matrix.likelihood.levels.length) + 1
        const impact = (b % matrix.impact.levels.length) + 1
        const base = expectOk(rateRisk(matrix, likelihood, impact))
        if (likelihood < matrix.likelihood.levels.length) {
          expect(expectOk(rateRisk(matrix, likelihood + 1, impact)).score).toBeGreaterThan(base.score)
        }
        if (impact < matrix.impact.levels.length) {
          expect(expectOk(rateRisk(matrix, likelihood, impact + 1)).score).toBeGreaterThan(base.score)
        }
      }),
    )
  })

  it('the label never gets less severe as the score rises', () => {
    fc.assert(
      fc.property(validMatrix, (matrix) => {
        const ratings = matrix.likelihood.levels.flatMap((l) =>
          matrix.impact.levels.map((i) => expectOk(rateRisk(matrix, l.value, i.value))),
        )
        ratings.sort((x, y) => x.score - y.score)
        for (let index = 1; index < ratings.length; index += 1) {
          expect(ratings[index]?.severity ?? -1).toBeGreaterThanOrEqual(ratings[index - 1]?.severity ?? Infinity)
        }
      }),
    )
  })
})
