/** A year is counted as 52 weeks, as in most councils' weekly personal budgets. */
export const weeksPerYear = 52

/** Weekly pence from yearly pence, to the nearest penny; half a penny rounds up. Amounts are never negative here. */
export function weeklyFromAnnual(annualPence: number): number {
  return Math.floor((annualPence + weeksPerYear / 2) / weeksPerYear)
}
