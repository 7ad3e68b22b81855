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
