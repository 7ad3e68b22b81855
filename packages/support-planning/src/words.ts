const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** "14:05 on 3 March 2025", in UK time, from an ISO timestamp. */
export function timeWords(iso: string): string {
  const parts = Object.fromEntries(londonTime.formatToParts(new Date(iso)).map((part) => [part.type, part.value]))
  return `${parts['hour']}:${parts['minute']} on ${parts['day']} ${parts['month']} ${parts['year']}`
}
