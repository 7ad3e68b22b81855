import { DateInput } from '~/components/DateInput'
import { errorFor } from '~/components/ErrorSummary'
import { TextInput } from '~/components/TextInput'
import type { FieldError } from '~/.server/forms'

// The fields after the name and date of birth: typed as they are written on a letter or a referral.
const OTHER_FIELDS = [
  {
    name: 'postcode',
    label: 'Postcode',
    hint: 'All of it, or its first part, like NM1',
    widthClass: 'govuk-input--width-10',
  },
  { name: 'nhsNumber', label: 'NHS number', hint: '10 digits, like 999 000 0018', widthClass: 'govuk-input--width-10' },
  {
    name: 'reference',
    label: 'Reference',
    hint: 'At least its first 8 characters, like 0b7e4f7c',
    widthClass: 'govuk-input--width-20',
  },
] as const

/**
 * The fields of "Find a person", wherever a member of staff searches for someone: on its own page, or to link a
 * safeguarding concern to a record. One set of fields, so the search reads and is refused the same way everywhere.
 */
export function PersonSearchFields({
  values,
  errors,
}: {
  values: Partial<Record<string, string>>
  errors: FieldError[] | undefined
}) {
  return (
    <>
      <TextInput
        name="name"
        label="Name"
        hint="All or the start of any of their names, at least 2 letters"
        defaultValue={values.name}
        error={errorFor(errors, 'name')}
        spellCheck={false}
        autoComplete="off"
      />
      <DateInput
        name="dateOfBirth"
        legend="Date of birth"
        hint="For example, 27 3 1950"
        values={values}
        error={errorFor(errors, 'dateOfBirthDay')}
      />
      {OTHER_FIELDS.map((field) => (
        <TextInput
          key={field.name}
          {...field}
          defaultValue={values[field.name]}
          error={errorFor(errors, field.name)}
          autoComplete="off"
        />
      ))}
    </>
  )
}

/** What a search found, in words: none, how many, or the nearest of more than can be shown. */
export function searchFoundHeading(results: { people: unknown[]; more: boolean; shows: number }): string {
  return results.people.length === 0
    ? 'No one found'
    : results.more
      ? `The ${String(results.shows)} nearest of more people found`
      : `${String(results.people.length)} ${results.people.length === 1 ? 'person' : 'people'} found`
}
