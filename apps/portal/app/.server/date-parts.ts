/**
 * Reads a GOV.UK date input's day, month and year as YYYY-MM-DD, or says in GOV.UK's words which part is wrong:
 * "Enter the date it was raised", "The date it was raised must include a month", "... must be a real date".
 * `what` names the date as the question does, e.g. "the date the new rates take effect".
 */
export function dateFromParts(
  what: string,
  parts: { day: string; month: string; year: string },
): { ok: true; date: string } | { ok: false; message: string } {
  const day = parts.day.trim()
  const month = parts.month.trim()
  const year = parts.year.trim()
  const subject = `${what.charAt(0).toUpperCase()}${what.slice(1)}`
  if (!day && !month && !year) return { ok: false, message: `Enter ${what}` }
  const missing = [!day ? 'a day' : '', !month ? 'a month' : '', !year ? 'a year' : ''].filter(Boolean)
  if (missing.length > 0) return { ok: false, message: `${subject} must include ${missing.join(' and ')}` }
  if (!/^\d{4}$/.test(year)) return { ok: false, message: `The year of ${what} must be 4 numbers, like 2026` }
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month))
    return { ok: false, message: `${subject} must be a real date` }
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  const parsed = new Date(`${date}T12:00:00Z`)
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    return { ok: false, message: `${subject} must be a real date` }
  return { ok: true, date }
}
