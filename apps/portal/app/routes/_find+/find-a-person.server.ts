import { SEARCH_SHOWS, type PersonFound, type PersonSearchInput } from '@open-sds/db'
import { todayInEngland } from '@open-sds/kernel'
import type { Viewer } from '~/.server/auth/session'
import type { AppContext } from '~/.server/context'
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

/**
 * One search from the "Find a person" fields of a form, wherever it is asked (the page of its own, or linking a
 * concern to a record): the same minimum and the same audit. Every search is written down, found or refused, with
 * which fields were used and never what was typed in them.
 */
export async function searchFromForm(context: AppContext, viewer: Viewer, form: FormData, now: Date) {
  const { values, input, dateError } = readSearchForm(form)
  const searched = await context.database.repos.people.search(input, todayInEngland(now))
  const errors = [
    ...(dateError ? [{ field: 'dateOfBirthDay', message: dateError }] : []),
    ...(searched.ok
      ? []
      : searched.errors
          .filter((error) => !(dateError && error.path === 'name'))
          .map((error) => ({
            field: error.path === 'dateOfBirth' ? 'dateOfBirthDay' : error.path,
            message: error.message,
          }))),
  ]
  const { audit } = context.database.repos
  if (errors.length > 0 || !searched.ok) {
    await audit.append({
      at: now,
      actorUserId: viewer.id,
      action: 'person.search.refused',
      resource: 'people',
      detail: { fields: errors.map((error) => error.field) },
    })
    return { errors, values, results: null }
  }
  const { people, more, fields } = searched.value
  await audit.append({
    at: now,
    actorUserId: viewer.id,
    action: 'person.search',
    resource: 'people',
    detail: { fields, found: people.length, more },
  })
  return { errors: null, values, results: { people: people.map(shownResult), more, shows: SEARCH_SHOWS } }
}
