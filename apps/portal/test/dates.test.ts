import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime } from '~/components/dates'

// Issue 19: dates are shown one way, as GOV.UK writes them, in England's time whatever the server's zone.
describe('dates as people read them', () => {
  it('writes a day as "2 December 2026"', () => {
    expect(formatDate('2026-12-02')).toBe('2 December 2026')
  })

  it('writes a moment with its time, morning or afternoon, in lower case', () => {
    expect(formatDateTime('2026-12-02T09:05:00Z')).toBe('2 December 2026 at 9:05am')
    expect(formatDateTime('2026-12-02T13:30:00Z')).toBe('2 December 2026 at 1:30pm')
  })

  it("gives the time in England, which is an hour ahead in summer, and the day in England's calendar", () => {
    expect(formatDateTime('2026-06-30T23:30:00Z')).toBe('1 July 2026 at 12:30am')
    expect(formatDateTime(new Date('2026-07-01T11:00:00Z'))).toBe('1 July 2026 at 12:00pm')
  })
})
