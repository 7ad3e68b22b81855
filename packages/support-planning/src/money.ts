/** £1,234.56 from 123456 pence; negative amounts keep their sign in front of the pound sign. */
export function formatPence(pence: number): string {
  const sign = pence < 0 ? '-' : ''
  const whole = Math.abs(Math.trunc(pence))
  const pennies = whole % 100
  return `${sign}£${groupThousands(String((whole - pennies) / 100))}.${pennies < 10 ? '0' : ''}${pennies}`
}

// Every explanation line formats several amounts, so this avoids a regular expression.
function groupThousands(digits: string): string {
  let grouped = ''
  let end = digits.length
  while (end > 3) {
    grouped = `,${digits.slice(end - 3, end)}${grouped}`
    end -= 3
  }
  return digits.slice(0, end) + grouped
}

/** A year is counted as 52 weeks, as in most councils' weekly personal budgets. */
export const weeksPerYear = 52

/** Weekly pence from yearly pence, to the nearest penny; half a penny rounds up. Amounts are never negative here. */
export function weeklyFromAnnual(annualPence: number): number {
  return Math.floor((annualPence + weeksPerYear / 2) / weeksPerYear)
}

