import { scaledInteger } from '@open-sds/kernel'

/**
 * Regulation 11 of SI 2014/2672 ("Rounding of fractions"): where a calculation gives a fraction of a penny, it is
 * rounded up to a whole penny if that favours the adult, and otherwise ignored. So every division here says which
 * way favours the person: an allowance, a disregard or a deduction rounds up; income, a cost of care or a charge
 * rounds down. (charging.md: the regulation's heading is verified, its operative wording is not.)
 */
export const REGULATION_11 = 'Care and Support (Charging and Assessment of Resources) Regulations 2014, regulation 11'

/** Which way a fraction of a penny goes: `up` for amounts the person keeps or has allowed, `down` for amounts that count against them. */
export type InFavour = 'up' | 'down'

/** n / d for whole, non-negative n and positive whole d, rounded as asked. Integer arithmetic only. */
export function divide(n: number, d: number, rounding: InFavour): number {
  const whole = Math.floor(n / d)
  const remainder = n - whole * d
  return rounding === 'up' && remainder > 0 ? whole + 1 : whole
}

/**
 * A percentage of an amount, rounded under regulation 11 as asked. Percentages may have decimals (a 90.5% taper), so
 * the percentage is read as the decimal it is written as, in whole hundredths of a percent (basis points: 90.5 is
 * 9050), and the product is formed on whole numbers: pence x basis points / 10,000, the fraction of a penny rounded
 * `up` or `down`. Policies are validated to at most two decimal places; a percentage with more is a programming
 * error and throws a RangeError.
 */
export function percentOf(pence: number, percent: number, rounding: InFavour): number {
  // A whole percentage (a 50% share, a 90% taper) is already whole basis points; reading the decimal as written is
  // exact but far slower, and this runs for every person in a county at once.
  const basisPoints = Number.isSafeInteger(percent) ? percent * 100 : scaledInteger(percent, 2)
  if (basisPoints === undefined) throw new RangeError(`percentOf needs at most two decimal places, not ${percent}`)
  return divide(pence * basisPoints, 10_000, rounding)
}

/** How often an amount is paid or spent. Benefits are often paid every 4 weeks; pensions monthly or yearly. */
export const PERIODS = ['week', 'four-weeks', 'month', 'year'] as const
export type Period = (typeof PERIODS)[number]

/**
 * A monthly amount becomes weekly as x 12 / 52, a four-weekly one as / 4 and a yearly one as / 52 (charging.md), per
 * item, with the fraction of a penny rounded under regulation 11: Devon's £10 a month of disability-related cost is
 * £2.31 a week (2.307... rounded up, in the person's favour), and Reading's £1,700 a year of respite costs £32.69 a
 * week (rounded down). Income counts against the person, so its fraction is left out too.
 */
export function weeklyFrom(amountPence: number, per: Period, rounding: InFavour): number {
  if (per === 'week') return amountPence
  if (per === 'four-weeks') return divide(amountPence, 4, rounding)
  if (per === 'month') return divide(amountPence * 12, 52, rounding)
  return divide(amountPence, 52, rounding)
}

export const periodWords: Record<Period, string> = {
  week: 'a week',
  'four-weeks': 'every 4 weeks',
  month: 'a month',
  year: 'a year',
}

const HOW: Record<Period, string> = { week: '', 'four-weeks': ' / 4', month: ' x 12 / 52', year: ' / 52' }

/** How a conversion is described in an explanation: " (£10.00 a month x 12 / 52, rounded up in your favour)". */
export function conversionText(amountText: string, per: Period, rounding: InFavour): string {
  if (per === 'week') return ''
  return ` (${amountText} ${periodWords[per]}${HOW[per]}, any fraction of a penny ${rounding === 'up' ? 'rounded up' : 'left out'} in your favour)`
}
