import { describe, expect, it } from 'vitest'
import { completedQuarters, quarterOf, reportingPeriod } from '../src/index.js'

describe('reporting periods: a rolling twelve months each quarter (DHSC-DASH 3-submission-selection.md)', () => {
  it('the 2025-26 Q4 file covers April 2025 to March 2026', () => {
    expect(reportingPeriod('2025-Q4')).toMatchObject({ ok: true, value: { start: '2025-04-01', end: '2026-03-31' } })
  })
  it('the 2025-26 Q3 file covers January to December 2025', () => {
    expect(reportingPeriod('2025-Q3')).toMatchObject({ ok: true, value: { start: '2025-01-01', end: '2025-12-31' } })
  })
  it('files in the first year run from 1 April 2023, when the collection began', () => {
    expect(reportingPeriod('2023-Q2')).toMatchObject({ ok: true, value: { start: '2023-04-01', end: '2023-09-30' } })
    expect(reportingPeriod('2022-Q4').ok).toBe(false)
  })
  it('offers only quarters that have ended, newest first', () => {
    expect(quarterOf('2026-12-02')).toBe('2026-Q3')
    expect(completedQuarters('2026-12-02', 3).map((period) => period.quarter)).toEqual([
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
    ])
  })
})
