import type { CldFile } from './build.js'

/**
 * A CSV field, quoted when it must be. Free text that a spreadsheet would run as a formula is prefixed with an
 * apostrophe; coded values, dates and amounts never start with those characters.
 */
function field(value: string): string {
  // Most fields of most rows are empty: skip the checks for them.
  if (value === '') return value
  const safe = /^[=+@\t\r]|^-\D/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** The file as CSV with a header row of the CLD column names, lines ending CRLF. */
export function cldCsv(file: Pick<CldFile, 'columns' | 'rows'>): string {
  const lines = [file.columns.join(',')]
  for (const row of file.rows) lines.push(file.columns.map((column) => field(row[column])).join(','))
  return `${lines.join('\r\n')}\r\n`
}
