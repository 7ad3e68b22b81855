import { describe, expect, it } from 'vitest'
import { approvedPlan, currentPlan, nextReviewDate, planInForce, transition } from '../src/index.js'
import { activeRecord, practitioner } from './fixtures.js'

describe('the next review date', () => {
  it('is a year after the review, as the statutory guidance (13.32) expects at the latest', () => {
    expect(nextReviewDate('2026-12-02')).toBe('2027-12-02')
    expect(nextReviewDate('2028-02-29')).toBe('2029-02-28')
    expect(() => nextReviewDate('2 December 2026')).toThrow(/YYYY-MM-DD/)
  })

  it('moves when a review keeps the plan: the plan kept is agreed again with only its review date moved', () => {
    const active = activeRecord()
    const reviewing = transition(active, 'start-review', {
      actor: practitioner,
      now: '2026-02-10T10:00:00Z',
      expectedVersion: active.version,
    })
    if (!reviewing.ok) throw new Error(JSON.stringify(reviewing.errors))
    // 23:30 on 1 July 2026 in UTC is already 2 July in England (summer time).
    const kept = transition(reviewing.value, 'complete-review', {
      actor: practitioner,
      now: '2026-07-01T23:30:00Z',
      expectedVersion: reviewing.value.version,
    })
    if (!kept.ok) throw new Error(JSON.stringify(kept.errors))
    expect(kept.value.state).toBe('active')
    expect(currentPlan(kept.value)).toEqual({ ...currentPlan(active), reviewDate: '2027-07-02' })
    expect(approvedPlan(kept.value)?.reviewDate).toBe('2027-07-02')
    expect(planInForce(kept.value)).toEqual({ planVersion: 2, since: '2026-07-01T23:30:00Z' })
  })

  it('says which version is in force and since when', () => {
    expect(planInForce(activeRecord())).toEqual({ planVersion: 1, since: '2025-03-03T09:02:00Z' })
  })
})
