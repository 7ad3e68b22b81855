import { describe, expect, it } from 'vitest'
import { financialAssessmentsWaiting } from '../src/index.js'

// Issue 18 ("Due and overdue"): financial assessments waiting (sent, not yet confirmed), oldest first, with days
// waiting counted in England.
describe('financial assessments waiting (issue 18)', () => {
  const now = new Date('2026-12-02T10:00:00Z')
  const waiting = [
    { id: 'fa-b', sentAt: new Date('2026-11-29T09:00:00Z') },
    { id: 'fa-today', sentAt: new Date('2026-12-02T08:00:00Z') },
    { id: 'fa-old', sentAt: new Date('2026-11-02T09:00:00Z') },
    // 23:30 on 1 December in UTC is 1 December in England in winter (GMT): 1 day.
    { id: 'fa-late', sentAt: new Date('2026-12-01T23:30:00Z') },
    { id: 'fa-a', sentAt: new Date('2026-11-29T09:00:00Z') },
  ]

  it('lists the oldest first, each with the days it has waited', () => {
    expect(financialAssessmentsWaiting(waiting, now).map((row) => [row.id, row.waitingWords])).toEqual([
      ['fa-old', 'Waiting 30 days'],
      ['fa-a', 'Waiting 3 days'],
      ['fa-b', 'Waiting 3 days'],
      ['fa-late', 'Waiting 1 day'],
      ['fa-today', 'Sent today'],
    ])
  })

  it('counts days in England: sent late on 31 May in UTC is 1 June in England (summer time)', () => {
    const [row] = financialAssessmentsWaiting(
      [{ id: 'x', sentAt: new Date('2026-05-31T23:30:00Z') }],
      new Date('2026-06-02T09:00:00Z'),
    )
    expect(row?.daysWaiting).toBe(1)
  })
})
