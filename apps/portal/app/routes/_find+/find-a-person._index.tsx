import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { SEARCH_SHOWS } from '@open-sds/db'
import { todayInEngland } from '@open-sds/kernel'
import { CsrfInput } from '~/components/CsrfInput'
import { DateInput } from '~/components/DateInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { PeopleQueue } from '~/components/PeopleQueue'
import { TextInput } from '~/components/TextInput'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { readSearchForm, shownResult } from './find-a-person.server'

const ROUTE = 'routes/_find+/find-a-person._index' as const

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

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Find a person')

export async function loader({ request }: LoaderFunctionArgs) {
  await authoriseSignedIn(request, ROUTE)
  return json({})
}

// The search is sent by POST, so names and NHS numbers stay out of addresses, browser history and server logs.
export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const now = new Date()
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
  // Every search is written down, found or refused: which fields were used, never what was typed in them.
  if (errors.length > 0 || !searched.ok) {
    await audit.append({
      at: now,
      actorUserId: viewer.id,
      action: 'person.search.refused',
      resource: 'people',
      detail: { fields: errors.map((error) => error.field) },
    })
    requestContext.requestState.formHasErrors = true
    return json({ errors, values, results: null }, { status: 400 })
  }
  const { people, more, fields } = searched.value
  await audit.append({
    at: now,
    actorUserId: viewer.id,
    action: 'person.search',
    resource: 'people',
    detail: { fields, found: people.length, more },
  })
  return json({ errors: null, values, results: { people: people.map(shownResult), more, shows: SEARCH_SHOWS } })
}

export default function FindAPerson() {
  const result = useActionData<typeof action>()
  const errors = result?.errors ?? undefined
  const values = result?.values ?? {}
  const results = result?.results
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Find a person</h1>
        <p className="govuk-body">
          Fill in what you know: a person found has all of it. Names are found without their accents and with a letter
          wrong. Each search, and each record you open from it, is written down.
        </p>
        <Form method="post" noValidate>
          <CsrfInput />
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
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Search
          </button>
        </Form>
        {results ? (
          <>
            <h2 className="govuk-heading-m">
              {results.people.length === 0
                ? 'No one found'
                : results.more
                  ? `The ${String(results.shows)} nearest of more people found`
                  : `${String(results.people.length)} ${results.people.length === 1 ? 'person' : 'people'} found`}
            </h2>
            {results.more ? (
              <div className="govuk-inset-text">
                More people match than are shown. Refine your search: add a date of birth, a postcode or more of the
                name.
              </div>
            ) : null}
            {results.people.length === 0 ? (
              <p className="govuk-body">
                Check the spelling, or search with less: the start of a name, or only the postcode.
              </p>
            ) : (
              <PeopleQueue
                caption="People found"
                columns={['Date of birth', 'Postcode area']}
                rows={results.people.map((person) => ({
                  key: person.id,
                  person: person.displayName,
                  href: `/find-a-person/${person.id}`,
                  cells: [
                    person.dateOfBirth ? formatDate(person.dateOfBirth) : 'Not known',
                    person.postcodeArea ?? 'Not known',
                  ],
                }))}
              />
            )}
          </>
        ) : null}
      </div>
    </div>
  )
}
