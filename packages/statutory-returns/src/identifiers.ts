/**
 * An NHS number is ten digits, the last a modulus 11 check digit: weights 10 down to 2 on the first nine digits,
 * 11 minus the remainder, 11 becoming 0; a result of 10 means the number is not valid (NHS Data Dictionary).
 */
export function isNhsNumber(value: string): boolean {
  const digits = value.replace(/\s/g, '')
  if (!/^\d{10}$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < 9; index += 1) sum += Number(digits[index]) * (10 - index)
  const check = 11 - (sum % 11)
  const expected = check === 11 ? 0 : check
  return expected !== 10 && expected === Number(digits[9])
}

/** A UK postcode in capitals with one space before the inward code, or null if it is not one. */
export function normalisePostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, '').toUpperCase()
  const match = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/.exec(compact)
  return match ? `${match[1] ?? ''} ${match[2] ?? ''}` : null
}
