import { type CalendarDate, fail, formatLongDate, issue, ok, type Result } from '@open-sds/kernel'
import type { Rate } from './rate-schema.js'
import { rate } from './statutory-constants.js'

/**
 * NHS-funded nursing care, £ a week, by NHS year (from 1 April, unlike the charging rates). Paid by the integrated
 * care board straight to the nursing home, not means-tested; the council's charge covers only the social care part
 * of the fee (charging.md, NHS.uk). A year not gathered is null and refused.
 */
export const NURSING_CARE_RATES: Readonly<Record<number, { standard: Rate; higher: Rate } | null>> = {
  2017: { standard: rate(15_505, 'gov.uk news, 6 Mar 2018'), higher: rate(21_332, 'gov.uk news, 6 Mar 2018') },
  2018: { standard: rate(15_816, 'gov.uk news, 6 Mar 2018'), higher: rate(21_759, 'gov.uk news, 6 Mar 2018') },
  2019: {
    standard: rate(18_031, 'gov.uk news, 30 Apr 2020 (backdated)'),
    higher: rate(24_806, 'gov.uk news, 30 Apr 2020 (backdated)'),
  },
  2020: { standard: rate(18_392, 'gov.uk news, 30 Apr 2020'), higher: rate(25_302, 'gov.uk news, 30 Apr 2020') },
  2021: { standard: rate(18_760, 'DHSC announcement (2% rise)'), higher: rate(25_808, 'DHSC announcement (2% rise)') },
  2022: null,
  2023: null,
  2024: {
    standard: rate(23_588, 'NHS.uk; gov.uk news, 4 Mar 2025'),
    higher: rate(32_450, 'NHS.uk; gov.uk news, 4 Mar 2025'),
  },
  2025: { standard: rate(25_406, 'gov.uk news, 4 Mar 2025'), higher: rate(34_950, 'gov.uk news, 4 Mar 2025') },
  2026: {
    standard: rate(26_768, 'DHSC press release, 9 Mar 2026'),
    higher: rate(36_824, 'DHSC press release, 9 Mar 2026'),
  },
}

/** The NHS-funded nursing care rate in force on a date, or a refusal naming the year and how to supply the amount. */
export function nursingCareRate(date: CalendarDate, band: 'standard' | 'higher'): Result<Rate> {
  const year = date.slice(5) >= '04-01' ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1
  const rates = NURSING_CARE_RATES[year]
  if (rates) return ok(rates[band])
  return fail(
    issue(
      'nursingCare.weeklyPence',
      `The NHS-funded nursing care ${band} rate for ${year}/${String((year + 1) % 100).padStart(2, '0')} (in force on ${formatLongDate(date)}) is not in the rate table (not yet gathered). The engine will not guess it: give the weekly amount the NHS pays (nursingCare.weeklyPence).`,
    ),
  )
}
