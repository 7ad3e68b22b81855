import { fail, issue, ok, type Result } from './result.js'

/** A calendar date as `YYYY-MM-DD`; such strings sort in date order. */
export type CalendarDate = string

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

export const calendarDate = (year: number, month: number, day: number): CalendarDate =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`

/**
 * Each year's rates take effect on 6 April, the date the annual amending regulations give (SI 2023/277 "come into
 * force on 6th April 2023"; SI 2024/325 likewise). Councils that bill from the first Monday of April align with the
 * benefit week; that is their practice, not the law (charging.md, "When each year's rates take effect").
 */
export function ratesTakeEffect(year: number): CalendarDate {
  return calendarDate(year, 4, 6)
}

/** The day before a calendar date, for saying when a rate table stops. */
export function dayBefore(date: CalendarDate): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const previous = new Date(Date.UTC(y, m - 1, d - 1))
  return calendarDate(previous.getUTCFullYear(), previous.getUTCMonth() + 1, previous.getUTCDate())
}

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

/** "2024-04-01" -> "1 April 2024". */
export function formatDate(date: CalendarDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`
}

// Charging follows the UK calendar: a moment just after midnight in British Summer Time belongs to that UK day.
const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * The UK calendar date an assessment is for. Accepts a Date (read in UK time) or a `YYYY-MM-DD` string.
 * The caller passes it: this package never reads the clock.
 */
export function toCalendarDate(value: unknown, path = 'now'): Result<CalendarDate> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail([issue(path, 'The assessment date is not a valid date')])
    return ok(londonDate.format(value))
  }
  if (typeof value === 'string') {
    const match = isoDate.exec(value)
    if (match) {
      const [, y, m, d] = match.map(Number) as [number, number, number, number]
      const check = new Date(Date.UTC(y, m - 1, d))
      if (check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d) return ok(value)
    }
    return fail([
      issue(
        path,
        `The assessment date must be a real date written YYYY-MM-DD (for example 2025-04-07), not "${value}"`,
      ),
    ])
  }
  return fail([
    issue(path, 'The assessment date is required: pass the date the charge is assessed for (a Date or YYYY-MM-DD)'),
  ])
}
