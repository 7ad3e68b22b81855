import {
  calendarDate,
  calendarParts,
  fail,
  formatLongDate,
  isCalendarDate,
  ok,
  todayInEngland,
  type CalendarDate,
  type Result,
} from '@open-sds/kernel'
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

/** A review date chosen when a plan is agreed, and why it is later than twelve months when it is. */
export interface ReviewDateChoice {
  reviewDate: CalendarDate
  /** Only when the date is later than twelve months after agreement: the practitioner's reason, kept with the plan. */
  reviewDateReason?: string
}

/**
 * Checks the review date a practitioner sets when agreeing a plan on `agreedOn` (Care Act 2014 s27 and the statutory
 * guidance, 13.32: plans reviewed no later than every 12 months). Any day after agreement up to twelve months on is
 * allowed; a later date only with a reason, which is kept with the plan so the choice can be answered for. A reason
 * given for a date within twelve months is not needed and is dropped.
 */
export function chooseReviewDate(
  agreedOn: CalendarDate,
  input: { reviewDate: string; reason?: string },
): Result<ReviewDateChoice> {
  const date = input.reviewDate.trim()
  if (date === '') return fail({ path: 'reviewDate', message: 'Enter the date the plan will be reviewed by' })
  if (!isCalendarDate(date)) return fail({ path: 'reviewDate', message: 'Enter a real review date, such as 1 6 2027' })
  if (date <= agreedOn)
    return fail({
      path: 'reviewDate',
      message: `The review date must be after the day the plan is agreed (${formatLongDate(agreedOn)})`,
    })
  const latest = nextReviewDate(agreedOn)
  if (date <= latest) return ok({ reviewDate: date })
  const reason = (input.reason ?? '').trim()
  if (reason === '')
    return fail({
      path: 'reviewDateReason',
      message: `Say why the review can be later than ${formatLongDate(latest)}: plans are reviewed at least every 12 months unless there is a reason`,
    })
  if (reason.length > 2000)
    return fail({
      path: 'reviewDateReason',
      message: 'Keep the reason for a later review to 2,000 characters or fewer',
    })
  return ok({ reviewDate: date, reviewDateReason: reason })
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
