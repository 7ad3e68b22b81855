import { describe, expect, it } from 'vitest'
import {
  PROGRESS_MEASURES_VERSION,
  progressMeasures,
  progressMeasuresCsv,
  type ProgressCounts,
  type SupportCounts,
} from '../src/index.js'

const counts = (change: Partial<ProgressCounts> = {}): ProgressCounts => ({
  eligible: 40,
  withPersonalBudget: 30,
  withDirectPayment: 12,
  withManagedAccount: 10,
  newPeople: 20,
  newOfferedBudget: 15,
  reviewedPeople: 10,
  reviewedOfferedBudget: 10,
  outcomes: { fully: 20, partly: 10, notAchieved: 10 },
  findingInformation: { answered: 50, easy: 35 },
  daysToAuthorisation: [3, 5, 10, 20, 40, 70],
  ...change,
})
const support: SupportCounts = { longTermSupport: 25, shortTermMaxPeople: 8, shortTermMaxEpisodesEnded: 6 }
const measure = (change: Partial<ProgressCounts> = {}) =>
  progressMeasures(counts(change), support, '2025-04-01', '2026-03-31')
const figure = (id: string, change: Partial<ProgressCounts> = {}) => measure(change).figures.find((f) => f.id === id)

describe('progress measures: what is counted, published safely', () => {
  it('counts carers on self-directed support and direct payments among carers with an agreed plan (ASCOF 3D 1b, 2b)', () => {
    const carers = { supported: 40, selfDirected: 30, directPayment: 20 }
    expect(figure('carers-self-directed', { carers })).toMatchObject({
      part: { kind: 'shown', value: 30 },
      whole: { kind: 'shown', value: 40 },
      percent: 75,
    })
    expect(figure('carers-direct-payment', { carers })?.percent).toBe(50)
    // A count made before carers' plans existed has no carers: nothing to show, and no failure.
    expect(figure('carers-direct-payment')?.whole).toMatchObject({ kind: 'shown', value: 0 })
  })

  it('shows each figure with how it is counted, the period and the rules version', () => {
    const result = measure()
    expect(result.periodFrom).toBe('2025-04-01')
    expect(result.asAt).toBe('2026-03-31')
    expect(result.rulesVersion).toBe(PROGRESS_MEASURES_VERSION)
    expect(figure('personal-budget')).toMatchObject({
      part: { kind: 'shown', value: 30 },
      whole: { kind: 'shown', value: 40 },
      percent: 75,
    })
    expect(figure('direct-payment')?.how).toContain('support plan in force on 2026-03-31')
    expect(result.figures.map((f) => f.id)).toContain('long-term-support')
  })

  it('hides a handful of eligible people, and the shares that would give them away', () => {
    const few = { eligible: 3, withPersonalBudget: 3, withDirectPayment: 1, withManagedAccount: 0 }
    expect(figure('eligible', few)?.part).toEqual({ kind: 'suppressed', reason: 'small-number' })
    expect(figure('personal-budget', few)?.whole?.kind).toBe('suppressed')
    expect(figure('personal-budget', few)?.percent).toBeNull()
  })

  it('hides a share whose remainder is small: 17 of 20 would say that 3 did not', () => {
    const share = figure('new-offered', { newPeople: 20, newOfferedBudget: 17 })
    expect(share?.part.kind).toBe('suppressed')
    expect(share?.percent).toBeNull()
  })

  it('hides a small row of a distribution and one more, so it cannot be had by subtraction', () => {
    const { rows } = measure({ outcomes: { fully: 20, partly: 10, notAchieved: 3 } }).outcomes
    expect(rows.map((row) => row.count.kind)).toEqual(['shown', 'suppressed', 'suppressed'])
    expect(rows[0]).toMatchObject({ label: 'Fully achieved', percent: 61 }) // 20 of 33
    expect(rows[1]?.percent).toBeNull()
  })

  it('bands waits by whole days, edges included in the lower band', () => {
    const { rows } = measure({ daysToAuthorisation: [7, 8, 14, 15, 28, 29, 56, 57, 7, 7, 7, 7] }).waits
    expect(rows.map((row) => [row.label, row.count])).toEqual([
      ['Up to a week', { kind: 'shown', value: 5 }],
      ['8 to 14 days', { kind: 'suppressed', reason: 'small-number' }],
      ['15 to 28 days', { kind: 'suppressed', reason: 'small-number' }],
      ['29 to 56 days', { kind: 'suppressed', reason: 'small-number' }],
      ['More than 56 days', { kind: 'suppressed', reason: 'small-number' }],
    ])
  })

  it('gives the median wait only of five or more plans, whatever order the days come in', () => {
    expect(measure({ daysToAuthorisation: [30, 2, 9, 14, 60] }).waits.median).toBe(14)
    expect(measure({ daysToAuthorisation: [30, 2, 9, 14, 60, 61] }).waits.median).toBe(14)
    expect(measure({ daysToAuthorisation: [30, 2, 9, 14] }).waits.median).toBeNull()
  })

  it('downloads as CSV with hidden counts as * and a note of the period and the suppression rule', () => {
    const csv = progressMeasuresCsv(measure({ eligible: 3, withPersonalBudget: 3, daysToAuthorisation: [1, 2] }))
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('measure,count,out_of,percent,how_it_is_counted')
    expect(lines[1]).toMatch(/^People with eligible needs,\*,,,/)
    expect(csv).toMatch(/^Median days from completed plan to authorisation,\*,,,/m)
    expect(lines.at(-2)).toMatch(/^Note,,,,"?As at 2026-03-31; period 2025-04-01 to 2026-03-31\./)
    expect(csv.endsWith('\r\n')).toBe(true)
  })
})
