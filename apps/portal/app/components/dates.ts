/**
 * GOV.UK style dates (12 April 1961) as people in England read them, whatever the server's time zone.
 * Accepts a timestamp or a plain YYYY-MM-DD date.
 */
export function formatDate(value: string, { month = 'long' }: { month?: 'long' | 'short' } = {}): string {
  const moment = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value
  return new Date(moment).toLocaleDateString('en-GB', {
    day: 'numeric',
    month,
    year: 'numeric',
    timeZone: 'Europe/London',
  })
}

/** A moment as GOV.UK writes one, in England's time: "2 December 2026 at 9:05am". */
export function formatDateTime(value: string | Date): string {
  const moment = typeof value === 'string' ? new Date(value) : value
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h12',
      timeZone: 'Europe/London',
    })
      .formatToParts(moment)
      .map(({ type, value: text }) => [type, text]),
  )
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${String(parts.dayPeriod).toLowerCase()}`
}
