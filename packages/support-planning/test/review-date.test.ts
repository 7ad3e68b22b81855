import { describe, expect, it } from 'vitest'
import {
  approvedPlan,
  chooseReviewDate,
  createPlanRecord,
  currentPlan,
  nextReviewDate,
  planInForce,
  transition,
  type PlanRecord,
} from '../src/index.js'
import { activeRecord, joan, joansPlan, practitioner } from './fixtures.js'

/** A review started and finished by keeping the plan as it is, at the two times given. */
function reviewedAndKept(active: PlanRecord, startedAt: string, keptAt: string): PlanRecord {
  let record = active
  for (const [action, now] of [
    ['start-review', startedAt],
    ['complete-review', keptAt],
  ] as const) {
    const moved = transition(record, action, { actor: practitioner, now, expectedVersion: record.version })
    if (!moved.ok) throw new Error(JSON.stringify(moved.errors))
    record = moved.value
  }
  return record
}

describe('the next review date', () => {
  it('is a year after the review, as the statutory guidance (13.32) expects at the latest', () => {
    expect(nextReviewDate('2026-12-02')).toBe('2027-12-02')
    expect(nextReviewDate('2028-02-29')).toBe('2029-02-28')
    expect(() => nextReviewDate('2 December 2026')).toThrow(/YYYY-MM-DD/)
  })

  it('moves when a review keeps the plan: the plan kept is agreed again with only its review date moved', () => {
    const active = activeRecord()
    // 23:30 on 1 July 2026 in UTC is already 2 July in England (summer time).
    const kept = reviewedAndKept(active, '2026-02-10T10:00:00Z', '2026-07-01T23:30:00Z')
    expect(kept.state).toBe('active')
    expect(currentPlan(kept)).toEqual({ ...currentPlan(active), reviewDate: '2027-07-02' })
    expect(approvedPlan(kept)?.reviewDate).toBe('2027-07-02')
    expect(planInForce(kept)).toEqual({ planVersion: 2, since: '2026-07-01T23:30:00Z' })
  })

  it('says which version is in force and since when', () => {
    expect(planInForce(activeRecord())).toEqual({ planVersion: 1, since: '2025-03-03T09:02:00Z' })
  })
})

// Care Act 2014 s27 and the Care and Support Statutory Guidance 13.32: a plan is reviewed "no later than every
// 12 months"; a later date is the practitioner's to justify, an earlier one is always allowed.
describe('the review date set when a plan is agreed (Care Act s27, statutory guidance 13.32)', () => {
  it('allows any day after agreement up to twelve months on, and drops a reason that is not needed', () => {
    expect(chooseReviewDate('2026-12-02', { reviewDate: '2027-12-02' })).toEqual({
      ok: true,
      value: { reviewDate: '2027-12-02' },
    })
    expect(chooseReviewDate('2026-12-02', { reviewDate: '2027-03-01', reason: 'not needed' })).toEqual({
      ok: true,
      value: { reviewDate: '2027-03-01' },
    })
  })

  it('refuses a date later than twelve months unless the practitioner says why, and keeps the reason', () => {
    const refused = chooseReviewDate('2026-12-02', { reviewDate: '2027-12-03', reason: '  ' })
    expect(refused).toEqual({
      ok: false,
      errors: [
        {
          path: 'reviewDateReason',
          message:
            'Say why the review can be later than 2 December 2027: plans are reviewed at least every 12 months unless there is a reason',
        },
      ],
    })
    expect(
      chooseReviewDate('2026-12-02', { reviewDate: '2028-01-10', reason: ' Stable for years; the person asked ' }),
    ).toEqual({ ok: true, value: { reviewDate: '2028-01-10', reviewDateReason: 'Stable for years; the person asked' } })
  })

  it('names the field for no date, an impossible date, or a date not after agreement', () => {
    const message = (reviewDate: string) => {
      const result = chooseReviewDate('2026-12-02', { reviewDate })
      return result.ok ? 'accepted' : `${result.errors[0]?.path}: ${result.errors[0]?.message}`
    }
    expect(message(' ')).toBe('reviewDate: Enter the date the plan will be reviewed by')
    expect(message('2027-02-30')).toBe('reviewDate: Enter a real review date, such as 1 6 2027')
    expect(message('2026-12-02')).toBe(
      'reviewDate: The review date must be after the day the plan is agreed (2 December 2026)',
    )
  })

  it('is set when the plan is agreed: a date other than the plan’s is agreed as a version with only that changed', () => {
    const created = createPlanRecord({ id: 'plan-joan', plan: joansPlan(), actor: joan, now: '2025-03-03T09:00:00Z' })
    if (!created.ok) throw new Error(JSON.stringify(created.errors))
    const submitted = transition(created.value, 'submit', {
      actor: joan,
      now: '2025-03-03T09:01:00Z',
      expectedVersion: 1,
    })
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.errors))
    const agree = (review: { reviewDate: string; reason?: string }) =>
      transition(submitted.value, 'approve', {
        actor: practitioner,
        now: '2025-03-03T10:00:00Z',
        expectedVersion: submitted.value.version,
        review,
      })
    const later = agree({ reviewDate: '2026-06-01' })
    expect(later.ok ? 'agreed' : later.errors).toEqual([expect.objectContaining({ path: 'reviewDateReason' })])
    const agreed = agree({ reviewDate: '2026-06-01', reason: 'Joan asked; nothing is expected to change' })
    if (!agreed.ok) throw new Error(JSON.stringify(agreed.errors))
    expect(agreed.value.state).toBe('approved')
    expect(approvedPlan(agreed.value)).toEqual({
      ...joansPlan(),
      reviewDate: '2026-06-01',
      reviewDateReason: 'Joan asked; nothing is expected to change',
    })
    expect(agreed.value.versions.map((version) => version.change)).toEqual(['created', 'revised'])
    // The plan's own date agreed as it is: no new version.
    const asProposed = agree({ reviewDate: joansPlan().reviewDate })
    if (!asProposed.ok) throw new Error(JSON.stringify(asProposed.errors))
    expect(asProposed.value.versions).toHaveLength(1)
    expect(approvedPlan(asProposed.value)?.reviewDate).toBe('2026-03-01')
  })

  it('moves on a year after a review and drops the reason that explained the earlier date', () => {
    const active = activeRecord({ ...joansPlan(), reviewDate: '2026-06-01', reviewDateReason: 'Asked to wait' })
    const kept = reviewedAndKept(active, '2026-05-20T10:00:00Z', '2026-05-21T10:00:00Z')
    expect(approvedPlan(kept)?.reviewDate).toBe('2027-05-21')
    expect(approvedPlan(kept)).not.toHaveProperty('reviewDateReason')
  })
})
