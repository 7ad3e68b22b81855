import { RATE_KEYS } from './rate-keys.js'
import type { NationalRateTable, Rate, RateStatus, RatesYear, YearRates } from './rate-schema.js'

export const rate = (pence: number, source: string, status: RateStatus = 'confirmed'): Rate => ({
  pence,
  source,
  status,
})

// These have not changed since April 2010, but each year's table still carries them so that a future change
// is one edit to one year, never a constant buried in the rules.
export const unchangedSince2010 = {
  capitalUpperLimit: rate(2_325_000, 'LAC 2024-25 (gov.uk): upper capital limit £23,250 since April 2010'),
  capitalLowerLimit: rate(1_425_000, 'LAC 2024-25 (gov.uk): lower capital limit £14,250'),
  tariffCapitalStep: rate(25_000, 'Regulation 25, SI 2014/2672; Reading charging schedule: every £250 or part of £250'),
  tariffWeeklyPerStep: rate(100, 'Regulation 25, SI 2014/2672; Reading charging schedule: £1 a week per step'),
  warPensionDisregard: rate(
    1_000,
    "SI 2014/2672 schedule 1 and statutory guidance annex C: first £10 a week of war widow's or widower's pension (Wirral, 2025/26)",
  ),
} as const

/**
 * The most a person with a deferred payment agreement may keep of their income a week: £144 (Reading 2024-25
 * schedule, "up to £144.00 per week"); the notes say it has not changed since 2015, which is not yet confirmed.
 */
export const disposableIncomeAllowance = (confirmedThisYear: boolean) =>
  confirmedThisYear
    ? rate(14_400, 'Reading, Financial Assessment Allowances Schedule 2024-2025: "up to £144.00 per week"')
    : rate(
        14_400,
        'Care and Support (Deferred Payment) Regulations 2014; £144 a week, unchanged since 2015 (not yet confirmed)',
        'unverified',
      )

/** Where the personal expenses allowance figures were read for 2024/25 onwards (charging.md). */
export const peaSource = 'Lambeth and Wirral council pages'

/** Regulation 7(3) gives a lone parent the same amount as a single person aged 25 to pension credit age. */
export const loneParentSource = (singleSource: string) =>
  `Regulation 7(3), SI 2014/2672: the same amount as the single 25-to-pension-credit-age rate (${singleSource})`

/**
 * A year's table. A rate left out is not yet gathered ("-" in the notes) and stays null: an assessment that needs it
 * is refused, naming the rate, and a council can supply it through its plugin.
 */
export function yearTable(year: RatesYear, known: Partial<YearRates>): NationalRateTable {
  const rates = Object.fromEntries(RATE_KEYS.map((key) => [key, known[key] ?? null])) as YearRates
  return { year, rates }
}
