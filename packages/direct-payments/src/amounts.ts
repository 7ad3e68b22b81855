import { calendarDate, calendarParts, daysBetween, isCalendarDate, type CalendarDate } from '@open-sds/kernel'
import { z } from 'zod'

/** One million pounds: far above any real payment, and every sum of them stays exact in pence. */
const MAX_PENCE = 100_000_000

/** An amount in whole pence, 0 or more: a negative or non-numeric amount is refused in plain English. */
export const penceSchema = (label: string) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `${label} is required`
          : `${label} must be an amount in pence, such as 1550 for £15.50, not ${JSON.stringify(issue.input)}`,
    })
    .int({ error: `${label} must be a whole number of pence, such as 1550 for £15.50` })
    .min(0, { error: `${label} must be 0 or more, not a negative amount` })
    .max(MAX_PENCE, { error: `${label} must be no more than £1,000,000.00` })

/** A calendar date written YYYY-MM-DD that exists; refused in words a person reads (a date as 6 April 2026). */
export const dateSchema = (label: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be a date`) })
    .refine(isCalendarDate, { error: `${label} must be a real date, such as 6 April 2026` })

export const textSchema = (label: string, max = 200) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`) })
    .trim()
    .min(1, { error: `${label} must not be empty` })
    .max(max, { error: `${label} must be ${String(max)} characters or fewer` })

/** n / d to the nearest whole number, half rounding up; n and d are whole numbers, d above 0, n at least 0. */
export const roundedDivision = (n: number, d: number): number => Math.floor((2 * n + d) / (2 * d))

/** The same day `months` later; from 31 August six months on is 28 (or 29) February, the last day of that month. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const parts = calendarParts(date)
  if (parts === undefined) throw new RangeError(`addMonths needs a date written YYYY-MM-DD, not "${date}"`)
  const index = parts.year * 12 + (parts.month - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const lastDay = daysBetween(
    calendarDate(year, month, 1),
    month === 12 ? calendarDate(year + 1, 1, 1) : calendarDate(year, month + 1, 1),
  )
  return calendarDate(year, month, Math.min(parts.day, lastDay))
}

/** Days from `from` to `to`, both counted: 1 April to 28 April is 28 days. */
export const daysInclusive = (from: CalendarDate, to: CalendarDate): number => daysBetween(from, to) + 1

export const laterOf = (a: CalendarDate, b: CalendarDate): CalendarDate => (a > b ? a : b)
export const earlierOf = (a: CalendarDate, b: CalendarDate): CalendarDate => (a < b ? a : b)
