import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysBetween,
  dayBefore,
  fail,
  formatLongDate,
  isCalendarDate,
  ok,
  toCalendarDate,
  todayInEngland,
} from '../src/index.ts'

const at = (iso: string) => new Date(iso)

/**
 * An independent reading of the law, to check the time-zone database against: British Summer Time runs from 01:00
 * UTC on the last Sunday in March to 01:00 UTC on the last Sunday in October (Summer Time Order 2002).
 */
function lastSundayAtOneUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0))
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - lastDay.getUTCDay(), 1)
}
function dateInEnglandByTheRule(instant: Date): string {
  const year = instant.getUTCFullYear()
  const summer = instant.getTime() >= lastSundayAtOneUtc(year, 2) && instant.getTime() < lastSundayAtOneUtc(year, 9)
  return new Date(instant.getTime() + (summer ? 3_600_000 : 0)).toISOString().slice(0, 10)
}

describe('todayInEngland', () => {
  it('is the UTC date in winter, and a day on after 23:00 UTC in summer', () => {
    expect(todayInEngland(at('2026-01-15T23:30:00Z'))).toBe('2026-01-15')
    expect(todayInEngland(at('2026-03-31T23:30:00Z'))).toBe('2026-04-01')
    expect(todayInEngland(at('2026-03-31T22:59:59Z'))).toBe('2026-03-31')
  })

  it('changes with the clocks at 01:00 UTC on the last Sundays of March and October', () => {
    // 29 March 2026: clocks go forward at 01:00 UTC. 25 October 2026: back at 01:00 UTC.
    expect(todayInEngland(at('2026-03-28T23:30:00Z'))).toBe('2026-03-28')
    expect(todayInEngland(at('2026-03-29T23:30:00Z'))).toBe('2026-03-30')
    expect(todayInEngland(at('2026-10-24T23:30:00Z'))).toBe('2026-10-25')
    expect(todayInEngland(at('2026-10-25T23:30:00Z'))).toBe('2026-10-25')
  })

  it('refuses an invalid Date, which is a programming error', () => {
    expect(() => todayInEngland(new Date(Number.NaN))).toThrow(RangeError)
  })

  it('agrees with the Summer Time Order at every instant from 2000 to 2037 (property)', () => {
    const instants = fc.date({ min: at('2000-01-01T00:00:00Z'), max: at('2037-12-31T23:59:59Z'), noInvalidDate: true })
    fc.assert(
      fc.property(instants, (instant) => {
        expect(todayInEngland(instant)).toBe(dateInEnglandByTheRule(instant))
      }),
      { numRuns: 2000 },
    )
  })

  it('agrees with the rule in the hours either side of every change of the clocks and of midnight (property)', () => {
    const nearChange = fc
      .record({
        year: fc.integer({ min: 2000, max: 2037 }),
        october: fc.boolean(),
        offsetMinutes: fc.integer({ min: -26 * 60, max: 26 * 60 }),
      })
      .map(
        ({ year, october, offsetMinutes }) =>
          new Date(lastSundayAtOneUtc(year, october ? 9 : 2) + offsetMinutes * 60_000),
      )
    fc.assert(
      fc.property(nearChange, (instant) => {
        expect(todayInEngland(instant)).toBe(dateInEnglandByTheRule(instant))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('calendar dates', () => {
  it('knows a real date from a wrong one', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true)
    expect(isCalendarDate('2025-02-29')).toBe(false)
    expect(isCalendarDate('2100-02-29')).toBe(false)
    expect(isCalendarDate('2026-4-1')).toBe(false)
    expect(isCalendarDate(20260401)).toBe(false)
  })

  it('moves across months and years', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28')
    expect(dayBefore('2024-03-01')).toBe('2024-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3)
    expect(daysBetween('2028-03-01', '2028-02-28')).toBe(-2)
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(/YYYY-MM-DD/)
  })

  it('writes a date the GOV.UK way', () => {
    expect(formatLongDate('2024-04-01')).toBe('1 April 2024')
  })

  it('takes a date a caller gave as a Date read in England or as a real YYYY-MM-DD', () => {
    expect(toCalendarDate(at('2026-06-30T23:30:00Z'), 'now', 'The assessment date')).toEqual(ok('2026-07-01'))
    expect(toCalendarDate('2026-02-30', 'now', 'The assessment date')).toEqual(
      fail({
        path: 'now',
        message:
          'The assessment date must be a real date written YYYY-MM-DD (for example 2025-04-07), not "2026-02-30"',
      }),
    )
    expect(toCalendarDate(undefined, 'now', 'The assessment date').ok).toBe(false)
  })
})
