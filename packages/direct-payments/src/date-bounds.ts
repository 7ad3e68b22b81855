import { fail, formatLongDate, issue, todayInEngland, type CalendarDate, type Result } from '@open-sds/kernel'
import type { PlanRecord } from '@open-sds/support-planning'
import { addMonths } from './amounts.js'

/**
 * How far ahead of today an agreement's dates may be set: six months. A direct payment is set up, changed, suspended
 * or ended for something known now (a plan just agreed, a move on a known date, a price uplift next April); six
 * months covers those and reaches the first review the regulations require (SI 2014/2871 reg 7), while a date years
 * ahead (2099) is a mistyped year that would otherwise be accepted and paid against.
 */
export const MONTHS_AHEAD_ALLOWED = 6

/** Refuses, at `path`, a date more than six months after `today`, saying the latest date allowed. */
export function tooFarAhead(
  date: CalendarDate,
  today: CalendarDate | undefined,
  path: string,
  what: string,
): Result<never> | undefined {
  if (today === undefined) return undefined
  const latest = addMonths(today, MONTHS_AHEAD_ALLOWED)
  if (date <= latest) return undefined
  return fail(
    issue(
      path,
      `${what} must be no later than ${formatLongDate(latest)}, ${String(MONTHS_AHEAD_ALLOWED)} months from today`,
    ),
  )
}

/**
 * The day a plan version was agreed, in England: the approval that put it in force, or the change recorded without
 * approval (a flexible change) that made it; else the day the version was written.
 */
export function agreedOn(record: PlanRecord, planVersion: number): CalendarDate | undefined {
  const entry = record.history.find(
    (move) => move.planVersion === planVersion && (move.action === 'approve' || move.action === 'flexible-change'),
  )
  const at = entry?.at ?? record.versions.find((version) => version.planVersion === planVersion)?.recordedAt
  return at === undefined ? undefined : todayInEngland(new Date(at))
}
