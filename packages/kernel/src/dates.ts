import { fail, ok, type Result } from './result.js'

/** A calendar date written `YYYY-MM-DD`; such strings sort in date order. */
export type CalendarDate = string

// The calendar in England, from the platform's time-zone database: British Summer Time starts and ends at 01:00 UTC
// on the last Sundays of March and October, and the database also knows any change Parliament makes to that.
const inEngland = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * The date in England at the instant `now` (which the caller passes: packages never read the clock), as YYYY-MM-DD.
 * 23:30 UTC on 31 March during British Summer Time is already 1 April here. Throws a RangeError for an invalid Date.
 */
export function todayInEngland(now: Date): CalendarDate {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayInEngland needs a valid Date')
  return inEngland.format(now)
}

const offsetInEngland = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })

/** Whether England's clocks are on British Summer Time (GMT+1) at the instant `now`. */
export function isBritishSummerTime(now: Date): boolean {
  if (Number.isNaN(now.getTime())) throw new RangeError('isBritishSummerTime needs a valid Date')
  return offsetInEngland.formatToParts(now).find((part) => part.type === 'timeZoneName')?.value === 'GMT+1'
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31

/** The year, month and day of a real calendar date written YYYY-MM-DD, or undefined (2026-02-30 is not one). */
export function calendarParts(text: string): { year: number; month: number; day: number } | undefined {
  const match = CALENDAR_DATE.exec(text)
  if (match === null) return undefined
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : undefined
}

export const isCalendarDate = (text: unknown): text is CalendarDate =>
  typeof text === 'string' && calendarParts(text) !== undefined

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

export const calendarDate = (year: number, month: number, day: number): CalendarDate =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`

/** `date` moved by a whole number of days, across months and years: addDays('2026-03-01', -1) is '2026-02-28'. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const parts = calendarParts(date)
  if (parts === undefined) throw new RangeError(`addDays needs a date written YYYY-MM-DD, not "${date}"`)
  const moved = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days))
  return calendarDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate())
}

/** Whole days from one calendar date to another: daysBetween('2026-12-30', '2027-01-02') is 3; negative if earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const day = (date: CalendarDate) => {
    const parts = calendarParts(date)
    if (parts === undefined) throw new RangeError(`daysBetween needs dates written YYYY-MM-DD, not "${date}"`)
    return Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000
  }
  return day(to) - day(from)
}

/** The day before a date, for saying when something in force stops. */
export const dayBefore = (date: CalendarDate): CalendarDate => addDays(date, -1)

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "2024-04-01" -> "1 April 2024", the GOV.UK way of writing a date. */
export function formatLongDate(date: CalendarDate): string {
  const parts = calendarParts(date)
  if (parts === undefined) return date
  return `${String(parts.day)} ${MONTHS[parts.month - 1] ?? ''} ${String(parts.year)}`
}

/**
 * A date a caller gave, as a calendar date in England: a Date is read in England's time, a YYYY-MM-DD string must be
 * a real date. `what` names it in the message ("The assessment date").
 */
export function toCalendarDate(value: unknown, path: string, what: string): Result<CalendarDate> {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? fail({ path, message: `${what} is not a valid date` })
      : ok(todayInEngland(value))
  }
  if (typeof value === 'string') {
    if (isCalendarDate(value)) return ok(value)
    return fail({
      path,
      message: `${what} must be a real date written YYYY-MM-DD (for example 2025-04-07), not "${value}"`,
    })
  }
  return fail({ path, message: `${what} is required: pass a Date or a date written YYYY-MM-DD` })
}
