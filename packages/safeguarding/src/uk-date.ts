/**
 * Statutory counts run on the calendar in England, not in UTC: a concern received at 23:30 UTC on
 * 31 March during British Summer Time arrives on 1 April. BST runs from 01:00 UTC on the last Sunday
 * of March to 01:00 UTC on the last Sunday of October (Summer Time Order 2002), so it is worked out
 * here by arithmetic rather than by reading time-zone data from the environment.
 */
const hourMs = 3_600_000

function lastSundayUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0))
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - lastDay.getUTCDay(), 1)
}

export function isBritishSummerTime(instant: Date): boolean {
  const year = instant.getUTCFullYear()
  const time = instant.getTime()
  return time >= lastSundayUtc(year, 2) && time < lastSundayUtc(year, 9)
}

/** The date in England (YYYY-MM-DD) at an instant. */
export function ukDateOf(instant: Date): string {
  const local = new Date(instant.getTime() + (isBritishSummerTime(instant) ? hourMs : 0))
  return local.toISOString().slice(0, 10)
}

/** Whole years of age on `onDate`; both are YYYY-MM-DD. A 29 February birthday is reached on 1 March. */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [birthYear, birthMonth, birthDay] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const [year, month, day] = onDate.split('-').map(Number) as [number, number, number]
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay)
  return year - birthYear - (hadBirthday ? 0 : 1)
}

/** The reporting year that starts on 1 April of `startYear`, as the SAC publishes it (e.g. 2024-25). */
export function financialYear(startYear: number): { from: string; to: string; label: string } {
  return {
    from: `${String(startYear)}-04-01`,
    to: `${String(startYear + 1)}-03-31`,
    label: `${String(startYear)}-${String((startYear + 1) % 100).padStart(2, '0')}`,
  }
}

/**
 * The reporting year a UK date falls in, by its starting year: the Safeguarding Adults Collection counts from 1 April
 * to 31 March, so 2026-03-31 is in 2025 (2025-26) and 2026-04-01 in 2026.
 */
export function reportingYearOf(ukDate: string): number {
  const year = Number(ukDate.slice(0, 4))
  return ukDate.slice(5) >= '04-01' ? year : year - 1
}
