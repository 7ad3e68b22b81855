/**
 * One CSV field (RFC 4180, section 2): quoted only when it must be, and defused against spreadsheet formulas. A field
 * that starts with =, +, -, @, a tab or a carriage return would be run as a formula by a spreadsheet that opens the
 * file, so it is written with a leading apostrophe, which spreadsheets show as text (OWASP, "CSV injection").
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** One line of a CSV file: its fields, each through `csvField`, and the CRLF line end RFC 4180 gives. */
export const csvLine = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`
