import { Form } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { DateInput } from '~/components/DateInput'
import { errorFor } from '~/components/ErrorSummary'
import { PersonSearchFields, searchFoundHeading } from '~/components/PersonSearchFields'
import { TextInput } from '~/components/TextInput'
import { formatDate } from '~/components/dates'
import type { FieldError } from '~/.server/forms'

type Found = { id: string; displayName: string; dateOfBirth: string | null; postcodeArea: string | null }
type Search = {
  values: Record<string, string>
  errors: FieldError[] | null
  results: { people: Found[]; more: boolean; shows: number } | null
}

/**
 * The three forms that link a concern or a request for help to a person's record (issue 18): search for them, link
 * to one of the records found, or make a new record from what was sent, its fields filled in from it for the worker
 * to check.
 */
export function LinkToRecordForms({
  searchName,
  search,
  newValues,
  newErrors,
  from,
}: {
  searchName: string
  search: Search | null | undefined
  newValues: Record<string, string>
  newErrors: FieldError[] | null | undefined
  /** What the record would be made from: "the concern", "the request". */
  from: string
}) {
  return (
    <>
      <h2 className="govuk-heading-m">Search for their record</h2>
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="search" />
        <PersonSearchFields values={search?.values ?? { name: searchName }} errors={search?.errors ?? undefined} />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Search
        </button>
      </Form>
      {search?.results ? (
        <>
          <h3 className="govuk-heading-s">{searchFoundHeading(search.results)}</h3>
          {search.results.people.length === 0 ? (
            <p className="govuk-body">Search with less, or create a new record below.</p>
          ) : (
            <ul className="govuk-list">
              {search.results.people.map((person) => (
                <li key={person.id} className="govuk-!-margin-bottom-4">
                  <Form method="post" noValidate>
                    <CsrfInput />
                    <input type="hidden" name="intent" value="link" />
                    <input type="hidden" name="personId" value={person.id} />
                    <p className="govuk-body govuk-!-margin-bottom-1">
                      <strong>{person.displayName}</strong>, born{' '}
                      {person.dateOfBirth ? formatDate(person.dateOfBirth) : 'on a date not known'}, postcode area{' '}
                      {person.postcodeArea ?? 'not known'}
                    </p>
                    <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
                      Link to this record<span className="govuk-visually-hidden">: {person.displayName}</span>
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      <h2 className="govuk-heading-m">Or create a new record from {from}</h2>
      <p className="govuk-body">Only if a search does not find them. Check each detail against {from}.</p>
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="create" />
        <TextInput
          name="newName"
          label="Their name"
          defaultValue={newValues.newName}
          error={errorFor(newErrors ?? undefined, 'newName')}
          spellCheck={false}
          autoComplete="off"
        />
        <DateInput
          name="newBirth"
          legend="Their date of birth (if known)"
          hint="For example, 27 3 1950"
          values={newValues}
          error={errorFor(newErrors ?? undefined, 'newBirthDay')}
        />
        <TextInput
          name="newPostcode"
          label="Their postcode (if known)"
          hint={`From the address ${from} gives, like NM1 2AB`}
          widthClass="govuk-input--width-10"
          defaultValue={newValues.newPostcode}
          error={errorFor(newErrors ?? undefined, 'newPostcode')}
          autoComplete="off"
        />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Create the record and link {from}
        </button>
      </Form>
    </>
  )
}
