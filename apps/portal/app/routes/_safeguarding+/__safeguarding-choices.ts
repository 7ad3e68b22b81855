import { abuseTypes, locationsOfRisk, sourcesOfRisk } from '@open-sds/safeguarding'

/** The national coded lists as form choices, for the safeguarding pages. */
export const abuseTypeChoices = abuseTypes.entries.map((entry) => ({
  value: entry.id,
  label: entry.label,
  hint: entry.includes ? `Includes ${entry.includes}` : undefined,
}))
export const locationChoices = [
  { value: '', label: 'Not known' },
  ...locationsOfRisk.entries.map((entry) => ({ value: entry.id, label: entry.label })),
]
export const sourceChoices = [
  { value: '', label: 'Not known' },
  ...sourcesOfRisk.entries.map((entry) => ({ value: entry.id, label: entry.label })),
]

/** The "who is it about" choice for a concern about someone the reporter cannot pick from their own list. */
export const SOMEONE_ELSE = 'someone-else'
