/** Money is integer pence throughout; these helpers are the only places that divide, and each says how it rounds. */

// Written out by hand rather than with Intl.NumberFormat: explanations format dozens of amounts per assessment.
const withCommas = (whole: number): string => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** 12345 -> "£123.45"; -500 -> "minus £5.00". Amounts are integer pence. */
export function formatPounds(pence: number): string {
  const abs = Math.abs(pence)
  const text = `£${withCommas(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`
  return pence < 0 ? `minus ${text}` : text
}

/** Whole pounds without pence, for capital limits and tariff steps: 2325000 -> "£23,250". */
export function formatWholePounds(pence: number): string {
  return pence % 100 === 0 && pence >= 0 ? `£${withCommas(pence / 100)}` : formatPounds(pence)
}

/** Nearest penny, halves rounded up (away from zero for the non-negative amounts used here). */
export const roundToPenny = (exactPence: number): number => Math.round(exactPence)

export type Period = 'week' | 'month' | 'year'

/**
 * A monthly amount becomes weekly as x 12 / 52 and a yearly one as / 52 (charging.md), each rounded to the
 * nearest penny per item: Devon's £10 a month -> £2.31 and £25 a month -> £5.77.
 */
export function weeklyFrom(amountPence: number, per: Period): number {
  if (per === 'week') return amountPence
  if (per === 'month') return roundToPenny((amountPence * 12) / 52)
  return roundToPenny(amountPence / 52)
}

export const periodWords: Record<Period, string> = { week: 'a week', month: 'a month', year: 'a year' }

/** A share of an amount, rounded down to the penny so that rounding never counts against the person. */
export const shareOf = (pence: number, percent: number): number => Math.floor((pence * percent) / 100 + 1e-9)
