import type { Period } from '@open-sds/charging'

// Shared by the form's server code and the page that draws the radios (which may not import server modules).

/** How often an income is paid, as the radios beside its amount offer it. */
export const PERIOD_OPTIONS: readonly { value: Period; label: string }[] = [
  { value: 'week', label: 'Every week' },
  { value: 'four-weeks', label: 'Every 4 weeks' },
  { value: 'month', label: 'Every month' },
  { value: 'year', label: 'Every year' },
]

/** The answer that says how often an amount is paid: `statePensionPer` beside `statePension`, as the package names it. */
export const periodField = (name: string) => `${name}Per`
