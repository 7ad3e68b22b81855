import { calendarDate, calendarParts, todayInEngland, type CalendarDate } from '@open-sds/kernel'
import type { PlanRecord } from './plan-record.js'

/**
 * The next review is due a year after the last (the Care and Support Statutory Guidance, 13.32: plans reviewed no
 * later than every 12 months); from 29 February, on 28 February. Used for a new plan's first review date and when a
 * review is completed.
 */
export function nextReviewDate(from: CalendarDate): CalendarDate {
  const parts = calendarParts(from)
  if (parts === undefined) throw new RangeError(`nextReviewDate needs a date written YYYY-MM-DD, not "${from}"`)
  const leapDay = parts.month === 2 && parts.day === 29
  return calendarDate(parts.year + 1, parts.month, leapDay ? 28 : parts.day)
}

/** The day in England a review completed at this instant (an ISO timestamp) sets the next one from. */
export const reviewedOn = (at: string): CalendarDate => todayInEngland(new Date(at))

/** The moves that put a plan version in force: the council's agreement, a change within flexibility, a completed review. */
const putInForce: ReadonlySet<string> = new Set(['approve', 'flexible-change', 'complete-review'])

/**
 * The plan version in force and when it came into force (an ISO timestamp): the last move that put a version in
 * force. Undefined while no version has been in force.
 */
export function planInForce(record: PlanRecord): { planVersion: number; since: string } | undefined {
  const entry = record.history.findLast((candidate) => putInForce.has(candidate.action))
  return entry === undefined ? undefined : { planVersion: entry.planVersion, since: entry.at }
}
