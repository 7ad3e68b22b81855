import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { PersonSearchFields, searchFoundHeading } from '~/components/PersonSearchFields'
import { PeopleQueue } from '~/components/PeopleQueue'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { searchFromForm } from './find-a-person.server'

const ROUTE = 'routes/_find+/find-a-person._index' as const

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Find a person')

export async function loader({ request }: LoaderFunctionArgs) {
  await authoriseSignedIn(request, ROUTE)
  return json({})
}

// The search is sent by POST, so names and NHS numbers stay out of addresses, browser history and server logs.
export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const searched = await searchFromForm(context, viewer, form, new Date())
  if (searched.errors) {
    requestContext.requestState.formHasErrors = true
    return json(searched, { status: 400 })
  }
  return json(searched)
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
          <PersonSearchFields values={values} errors={errors} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Search
          </button>
        </Form>
        {results ? (
          <>
            <h2 className="govuk-heading-m">{searchFoundHeading(results)}</h2>
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
