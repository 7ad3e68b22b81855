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
