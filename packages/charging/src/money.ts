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
