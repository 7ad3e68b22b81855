import type { PersonFound, PersonSearchInput } from '@open-sds/db'
import { dateFromParts } from '~/.server/date-parts'

/** The fields of "Find a person", as typed, to put back in the form. */
export const SEARCH_FIELDS = [
  'name',
  'dateOfBirthDay',
  'dateOfBirthMonth',
  'dateOfBirthYear',
  'postcode',
  'nhsNumber',
  'reference',
] as const

export type SearchValues = Partial<Record<(typeof SEARCH_FIELDS)[number], string>>

/**
 * What was typed, as the search reads it. A date of birth partly typed is its own error, in GOV.UK's words; left
 * empty it is simply not part of the search.
 */
export function readSearchForm(form: FormData): {
  values: SearchValues
  input: PersonSearchInput
  dateError?: string
} {
  const values: SearchValues = Object.fromEntries(
    SEARCH_FIELDS.map((field) => [field, String(form.get(field) ?? '').slice(0, 200)]),
  )
  const parts = {
    day: values.dateOfBirthDay ?? '',
    month: values.dateOfBirthMonth ?? '',
    year: values.dateOfBirthYear ?? '',
  }
  const typedDate = Boolean(parts.day.trim() || parts.month.trim() || parts.year.trim())
  const date = typedDate ? dateFromParts('the date of birth', parts) : undefined
  return {
    values,
    input: {
      name: values.name,
      dateOfBirth: date?.ok ? date.date : undefined,
      postcode: values.postcode,
      nhsNumber: values.nhsNumber,
      reference: values.reference,
    },
    ...(date && !date.ok ? { dateError: date.message } : {}),
  }
}

/** A result as the list shows it: the name, the date of birth and the first part of the postcode. */
export const shownResult = (person: PersonFound) => ({
  id: person.id,
  displayName: person.displayName,
  dateOfBirth: person.dateOfBirth,
  postcodeArea: person.postcodeArea,
})
