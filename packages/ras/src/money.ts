/** Pence as pounds for people: 123456 -> "£1,234.56", -50 -> "-£0.50". Exact for any safe integer. */
export function formatPence(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`formatPence needs a whole number of pence, not ${pence}`)
  const sign = pence < 0 ? '-' : ''
  const abs = Math.abs(pence)
  const pounds = Math.floor(abs / 100)
  const rest = abs % 100
  return `${sign}£${groupThousands(pounds)}.${rest.toString().padStart(2, '0')}`
}

function groupThousands(n: number): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

// Pounds as people write them: "245.50", "£1,245.5", "12". At most two decimal places; no sign.
const POUNDS_PATTERN = /^£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/

/**
 * Pounds written as text to whole pence without going through floating point, so "0.29" is exactly 29.
 * Returns undefined when the text is not an amount of pounds.
 */
export function poundsToPence(text: string): number | undefined {
  const match = POUNDS_PATTERN.exec(text.trim())
  if (match === null) return undefined
  const pounds = Number((match[1] ?? '').replaceAll(',', ''))
  const pence = Number((match[2] ?? '').padEnd(2, '0'))
  const total = pounds * 100 + pence
  return Number.isSafeInteger(total) ? total : undefined
}

/** "1 point", "54 points". */
export function pointsText(points: number): string {
  return points === 1 ? '1 point' : `${points} points`
}
