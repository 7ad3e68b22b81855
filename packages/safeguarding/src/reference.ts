/**
 * A concern's reference, e.g. `SG-2026-000123`. The caller owns the sequence (a database counter), so
 * this stays pure; sequences past 999,999 keep all their digits rather than wrap.
 * Throws RangeError on a sequence or year that no counter should produce: that is a programming error,
 * not a person's input.
 */
export function formatReference(sequence: number, year: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`Reference sequence must be a whole number from 1 upwards, not ${String(sequence)}`)
  }
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Reference year must be a four-digit year, not ${String(year)}`)
  }
  return `SG-${String(year)}-${String(sequence).padStart(6, '0')}`
}

const referencePattern = /^SG-(\d{4})-(\d{6,})$/

/** The parts of a reference made by formatReference, or undefined if it is not one. */
export function parseReference(reference: string): { year: number; sequence: number } | undefined {
  const match = referencePattern.exec(reference)
  if (!match) return undefined
  return { year: Number(match[1]), sequence: Number(match[2]) }
}
