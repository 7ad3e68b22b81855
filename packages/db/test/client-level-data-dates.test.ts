import { todayInEngland } from '@open-sds/kernel'
import { describe, expect, it } from 'vitest'
import { dayInEnglandByHour } from '../src/repositories/client-level-data.js'

describe('the Client Level Data dates, asked once an hour (England’s clocks move by whole hours, on the hour)', () => {
  it('gives the same date in England as asking for every instant, across both clock changes and every midnight', () => {
    let asked = 0
    const day = dayInEnglandByHour((instant) => {
      asked += 1
      return todayInEngland(instant)
    })
    // Every 7 minutes through 2026: British Summer Time starts 29 March and ends 25 October, at 01:00 UTC.
    const start = Date.parse('2026-01-01T00:00:00Z')
    const wrong: string[] = []
    for (let ms = start; ms < Date.parse('2027-01-01T00:00:00Z'); ms += 7 * 60_000) {
      if (day(ms) !== todayInEngland(new Date(ms))) wrong.push(new Date(ms).toISOString())
    }
    expect(wrong).toEqual([])
    expect(day(Date.parse('2026-06-30T23:30:00Z'))).toBe('2026-07-01')
    expect(day(Date.parse('2026-12-31T23:59:00Z'))).toBe('2026-12-31')
    // 8,760 hours in the year, not 75,000 instants.
    expect(asked).toBe(8_760)
  })
})
