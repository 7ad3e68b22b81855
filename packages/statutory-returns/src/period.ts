import { fail, ok, type Result } from '@open-sds/kernel'

/**
 * Reporting periods. Councils submit every quarter a file covering the rolling twelve months that end with the
 * quarter (DHSC-DASH 3-submission-selection.md). The collection began on 1 April 2023, so files for 2023-24 ran from
 * then (year to date). Quarters are financial-year quarters: `2025-Q1` is April to June 2025, `2025-Q4` January to
 * March 2026. Dates are calendar dates in England (YYYY-MM-DD).
 */
export const collectionStart = '2023-04-01'

export type ReportingPeriod = {
  /** The quarter the file is submitted for, e.g. `2025-Q4`. */
  quarter: string
  start: string
  end: string
  label: string
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

const iso = (year: number, month: number, day: number): string =>
  `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()
const spoken = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number)
  return `${String(day)} ${MONTHS[(month ?? 1) - 1] ?? ''} ${String(year)}`
}

/** The rolling twelve-month period for a quarter id such as `2025-Q4`. */
export function reportingPeriod(quarter: string): Result<ReportingPeriod> {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter)
  if (!match)
    return fail({
      path: 'quarter',
      message: 'Choose a quarter written as a financial year and quarter, for example 2025-Q4',
    })
  const financialYear = Number(match[1])
  const number = Number(match[2])
  // Q1 ends in June of the financial year, Q4 in March of the next calendar year.
  const endMonth = ((number * 3 + 2) % 12) + 1
  const endYear = number === 4 ? financialYear + 1 : financialYear
  const end = iso(endYear, endMonth, lastDayOf(endYear, endMonth))
  if (end < collectionStart)
    return fail({
      path: 'quarter',
      message: 'Client Level Data began on 1 April 2023: choose 2023-Q1 or a later quarter',
    })
  const startMonth = (endMonth % 12) + 1
  const rolling = iso(startMonth === 1 ? endYear : endYear - 1, startMonth, 1)
  const start = rolling < collectionStart ? collectionStart : rolling
  const fy = `${String(financialYear)}-${String((financialYear + 1) % 100).padStart(2, '0')}`
  return ok({
    quarter,
    start,
    end,
    label: `${fy} Q${String(number)}: ${spoken(start)} to ${spoken(end)} (the quarter ${MONTHS[endMonth - 3] ?? ''} to ${MONTHS[endMonth - 1] ?? ''} ${String(endYear)})`,
  })
}

/** The quarter id holding a date. */
export function quarterOf(date: string): string {
  const [year, month] = date.split('-').map(Number)
  const y = year ?? 2000
  const m = month ?? 1
  return m >= 4 ? `${String(y)}-Q${String(Math.floor((m - 4) / 3) + 1)}` : `${String(y - 1)}-Q4`
}

/** The last `count` quarters that have ended by `today`, newest first: a file is sent once its quarter is over. */
export function completedQuarters(today: string, count: number): ReportingPeriod[] {
  const periods: ReportingPeriod[] = []
  let [year, number] = quarterOf(today).split('-Q').map(Number) as [number, number]
  while (periods.length < count) {
    number -= 1
    if (number === 0) {
      number = 4
      year -= 1
    }
    const period = reportingPeriod(`${String(year)}-Q${String(number)}`)
    if (!period.ok) break
    periods.push(period.value)
  }
  return periods
}
