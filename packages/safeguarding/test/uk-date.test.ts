import { describe, expect, it } from 'vitest'
import { ageOn, financialYear, isBritishSummerTime, reportingYearOf, ukDateOf } from '@open-sds/safeguarding'

describe('dates in England', () => {
  it('British Summer Time starts and ends at 01:00 UTC on the last Sundays of March and October (Summer Time Order 2002)', () => {
    expect(isBritishSummerTime(new Date('2026-03-29T00:59:59Z'))).toBe(false)
    expect(isBritishSummerTime(new Date('2026-03-29T01:00:00Z'))).toBe(true)
    expect(isBritishSummerTime(new Date('2026-10-25T00:59:59Z'))).toBe(true)
    expect(isBritishSummerTime(new Date('2026-10-25T01:00:00Z'))).toBe(false)
  })

  it('gives the calendar date in England', () => {
    expect(ukDateOf(new Date('2026-06-30T23:15:00Z'))).toBe('2026-07-01')
    expect(ukDateOf(new Date('2026-12-31T23:15:00Z'))).toBe('2026-12-31')
  })

  it('works out age in whole years, with a 29 February birthday reached on 1 March', () => {
    expect(ageOn('1960-05-12', '2026-05-11')).toBe(65)
    expect(ageOn('1960-05-12', '2026-05-12')).toBe(66)
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17)
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18)
  })

  it('names the reporting year the way the collection does', () => {
    expect(financialYear(2024)).toEqual({ from: '2024-04-01', to: '2025-03-31', label: '2024-25' })
    expect(financialYear(2099).label).toBe('2099-00')
  })
})

describe('the reporting year a day falls in (moved from the portal)', () => {
  it('runs from 1 April to 31 March, as the Safeguarding Adults Collection counts', () => {
    expect(reportingYearOf('2026-03-31')).toBe(2025)
    expect(reportingYearOf('2026-04-01')).toBe(2026)
    expect(financialYear(reportingYearOf('2025-12-25')).label).toBe('2025-26')
  })
})
