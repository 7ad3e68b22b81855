import { addDays, daysBetween, formatLongDate, type CalendarDate } from '@open-sds/kernel'
import { daysWord } from './work-queues.js'

// Issue 18, due and overdue: a plan is reviewed no later than its review date (Care Act s27; statutory guidance
// 13.32). The staff list shows the reviews already late and those due within four weeks, so none is missed.

/** How far ahead the due list looks: four weeks. */
export const REVIEW_DUE_WITHIN_DAYS = 28

export type ReviewDue = {
  overdue: boolean
  /** Days late (overdue) or days left (due); 0 for a review due today. */
  days: number
  /** What the list says, e.g. "Overdue by 3 days (due 29 November 2026)" or "Due in 5 days (7 December 2026)". */
  words: string
}

/**
 * The plan reviews to list on `today`: overdue first, the longest overdue first; then those due within four weeks,
 * the soonest first; a tie goes by id, so the order never depends on read order. Reviews further off are left out.
 */
export function reviewsDue<T extends { id: string; reviewDate: CalendarDate }>(
  plans: readonly T[],
  today: CalendarDate,
  withinDays: number = REVIEW_DUE_WITHIN_DAYS,
): (T & { due: ReviewDue })[] {
  const last = addDays(today, withinDays)
  return plans
    .filter((plan) => plan.reviewDate <= last)
    .sort((a, b) => a.reviewDate.localeCompare(b.reviewDate) || a.id.localeCompare(b.id))
    .map((plan) => ({ ...plan, due: reviewDue(plan.reviewDate, today) }))
}

function reviewDue(reviewDate: CalendarDate, today: CalendarDate): ReviewDue {
  const days = daysBetween(today, reviewDate)
  const date = formatLongDate(reviewDate)
  if (days < 0) return { overdue: true, days: -days, words: `Overdue by ${daysWord(-days)} (due ${date})` }
  return { overdue: false, days, words: days === 0 ? `Due today (${date})` : `Due in ${daysWord(days)} (${date})` }
}

/** What a person is told of their plan's review (issue 15): that it is coming ("due") or that it is late ("overdue"). */
export type ReviewNotice = 'due' | 'overdue'

/**
 * Which notice a plan's review calls for on `today`: "due" from four weeks before its date up to the day itself,
 * "overdue" from the day after; nothing while it is further off. A review already late when first looked at gets only
 * "overdue": telling someone it is coming when it has passed would be wrong. Each is sent once per review date (the
 * caller keeps that promise).
 */
export function reviewNoticeFor(
  reviewDate: CalendarDate,
  today: CalendarDate,
  withinDays: number = REVIEW_DUE_WITHIN_DAYS,
): ReviewNotice | undefined {
  if (reviewDate < today) return 'overdue'
  return reviewDate <= addDays(today, withinDays) ? 'due' : undefined
}
