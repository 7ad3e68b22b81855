import {
  type CalendarDate,
  dayBefore,
  fail,
  formatLongDate,
  issue,
  type Issue,
  ok,
  parse,
  type Result,
  toCalendarDate,
} from '@open-sds/kernel'
import { ratesTakeEffect } from './rates-take-effect.js'
import { nationalRateTables } from './national-tables.js'
import { RATE_KEYS, RATE_LABELS, type RateKey } from './rate-keys.js'
import { mergeYear, RateOverridesSchema, type RateOverrides, type RateOverridesInput } from './rate-overrides.js'
import { ratesYearStarting, type Rate, type RateTable } from './rate-schema.js'

const firstYear = nationalRateTables[0]?.year ?? ''
const lastYear = nationalRateTables[nationalRateTables.length - 1]?.year ?? ''

/** The charging year a date falls in: from 6 April to 5 April. */
export function chargingYearOf(date: CalendarDate): string {
  const calendarYear = Number(date.slice(0, 4))
  return ratesYearStarting(date < ratesTakeEffect(calendarYear) ? calendarYear - 1 : calendarYear)
}

const rangeOf = (year: string): { effectiveFrom: CalendarDate; effectiveTo: CalendarDate } => {
  const start = Number(year.slice(0, 4))
  return { effectiveFrom: ratesTakeEffect(start), effectiveTo: dayBefore(ratesTakeEffect(start + 1)) }
}

/** For callers that have already validated the overrides (the assessments validate the whole policy first). */
export function resolveRates(date: CalendarDate, overrides: RateOverrides, path = 'now'): Result<RateTable> {
  const year = chargingYearOf(date)
  const national = nationalRateTables.some((table) => table.year === year)
  const supplied = overrides[year]
  if (!national && !supplied) {
    const nationalRange = `${formatLongDate(rangeOf(firstYear).effectiveFrom)} to ${formatLongDate(rangeOf(lastYear).effectiveTo)}`
    return fail(
      issue(
        path,
        `No rate table covers ${formatLongDate(date)} (charging year ${year}). The national tables run from ${firstYear} to ${lastYear} (${nationalRange}). A council can supply the ${year} rates through its plugin (charging policy rateOverrides["${year}"]).`,
      ),
    )
  }
  const overridden = supplied ? RATE_KEYS.filter((key) => supplied[key] !== undefined) : []
  return ok({ year, ...rangeOf(year), rates: mergeYear(year, supplied), overridden })
}

/**
 * The rate table in force on a date (a Date read in UK time, or `YYYY-MM-DD`), with any council overrides
 * laid over it. A date outside every table is an error, never the nearest table.
 */
export function ratesFor(date: Date | string, overrides?: RateOverridesInput): Result<RateTable> {
  const day = toCalendarDate(date, 'date', 'The date')
  if (!day.ok) return day
  const parsed = parse(RateOverridesSchema, overrides ?? {}, 'overrides')
  if (!parsed.ok) return parsed
  return resolveRates(day.value, parsed.value, 'date')
}

/**
 * A rate an assessment needs. A missing one stops the assessment with a message a council officer can act on;
 * the engine never falls back to another year's figure.
 */
export function requireRate(table: RateTable, key: RateKey, neededFor: string): Result<Rate> {
  const found = table.rates[key]
  if (found) return ok(found)
  const missing: Issue = issue(
    `policy.rateOverrides.${table.year}.${key}`,
    `The ${RATE_LABELS[key]} for ${table.year} is not in the rate table (not yet gathered), and it is needed ${neededFor}. The engine will not guess it: the council can supply it through its plugin (charging policy rateOverrides["${table.year}"].${key}).`,
  )
  return fail(missing)
}
