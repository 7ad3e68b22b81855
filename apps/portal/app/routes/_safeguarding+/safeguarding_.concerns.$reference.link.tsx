import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { ConcernSchema } from '@open-sds/safeguarding'
import { CsrfInput } from '~/components/CsrfInput'
import { DateInput } from '~/components/DateInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { PersonSearchFields, searchFoundHeading } from '~/components/PersonSearchFields'
import { TextInput } from '~/components/TextInput'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { searchFromForm } from '../_find+/find-a-person.server'
import { linkConcernTo, postcodeIn, readNewRecord } from './concern-link.server'
import { loadConcern } from './safeguarding.server'

const ROUTE = 'routes/_safeguarding+/safeguarding_.concerns.$reference.link' as const

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Link concern ${data.reference} to a record` : 'Link a concern to a record')

/**
 * Issue 18, "Find a person": a concern about someone not on record when it came in is linked to their record, found
 * by the same search as "Find a person" (its minimum and its audit), or to a new record made from what the concern
 * says. Once linked it names the person everywhere a concern about them shows; it can be linked only once.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const record = await loadConcern(context, viewer, request, params.reference ?? '')
  const adult = ConcernSchema.parse(record.concern).adultAtRisk
  const linkedTo = record.personId ? await context.database.repos.people.findById(record.personId) : undefined
  const [year = '', month = '', day = ''] = (record.dateOfBirth ?? '').split('-')
  return json({
    reference: record.reference,
    linkedTo: linkedTo?.displayName ?? null,
    says: {
      name: adult.name ?? null,
      dateOfBirth: record.dateOfBirth,
      address: adult.address ?? null,
      other: adult.otherIdentifyingDetails ?? null,
    },
    // The new record's fields start as the concern gives them, for the worker to check.
    newRecord: {
      newName: adult.name ?? '',
      newBirthDay: day ? String(Number(day)) : '',
      newBirthMonth: month ? String(Number(month)) : '',
      newBirthYear: year,
      newPostcode: postcodeIn(adult.address) ?? '',
    },
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const record = await loadConcern(context, viewer, request, params.reference ?? '', 'safeguarding-concern.read')
  const back = `/safeguarding/concerns/${record.reference}`
  const intent = form.get('intent')
  const refuse = (body: Record<string, unknown>, status = 400) => {
    requestContext.requestState.formHasErrors = true
    return json({ intent, refused: null, search: null, newErrors: null, newValues: null, ...body }, { status })
  }
  if (intent === 'search') {
    const search = await searchFromForm(context, viewer, form, new Date())
    if (search.errors) return refuse({ search })
    return json({ intent, refused: null, search, newErrors: null, newValues: null })
  }
  let target: Parameters<typeof linkConcernTo>[3]
  if (intent === 'create') {
    const read = readNewRecord(form)
    const newValues = Object.fromEntries(
      ['newName', 'newBirthDay', 'newBirthMonth', 'newBirthYear', 'newPostcode'].map((field) => [
        field,
        String(form.get(field) ?? '').slice(0, 200),
      ]),
    )
    if (!read.ok) return refuse({ newErrors: read.errors, newValues })
    target = { create: read.record }
  } else {
    target = { found: String(form.get('personId') ?? '') }
  }
  const linked = await linkConcernTo(context, viewer, record, target)
  if (!linked.ok) return refuse({ refused: linked.message }, 409)
  return redirect(back)
}

export default function LinkConcern() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const back = `/safeguarding/concerns/${data.reference}`
  const search = result?.search
  const newValues: Record<string, string> = result?.newValues ?? data.newRecord
  const errors = [
    ...(search?.errors ?? []),
    ...(result?.newErrors ?? []),
    ...(result?.refused ? [{ field: 'link', message: result.refused, href: back }] : []),
  ]
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={back} className="govuk-back-link">
          Back to the concern
        </a>
        <ErrorSummary errors={errors.length > 0 ? errors : undefined} />
        <span className="govuk-caption-l">Safeguarding concern {data.reference}</span>
        <h1 className="govuk-heading-l">Link the concern to a person&apos;s record</h1>
        {data.linkedTo ? (
          <p className="govuk-body">
            This concern is already linked to {data.linkedTo}&apos;s record.{' '}
            <a className="govuk-link" href={back}>
              Go back to the concern
            </a>
          </p>
        ) : (
          <>
            <h2 className="govuk-heading-m">What the concern says about them</h2>
            <dl className="govuk-summary-list">
              {[
                ['Name', data.says.name ?? 'Not given'],
                ['Date of birth', data.says.dateOfBirth ? formatDate(data.says.dateOfBirth) : 'Not given'],
                ['Where they can be found', data.says.address ?? 'Not given'],
                ...(data.says.other ? [['Other details', data.says.other]] : []),
              ].map(([label, value]) => (
                <div className="govuk-summary-list__row" key={label}>
                  <dt className="govuk-summary-list__key">{label}</dt>
                  <dd className="govuk-summary-list__value">{value}</dd>
                </div>
              ))}
            </dl>
            <p className="govuk-body">
              Linking cannot be undone: the concern will name this person from then on, and show on their record to
              those who may see it. Each search is written down.
            </p>
            <h2 className="govuk-heading-m">Search for their record</h2>
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="intent" value="search" />
              <PersonSearchFields
                values={search?.values ?? { name: data.says.name ?? '' }}
                errors={search?.errors ?? undefined}
              />
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
            <h2 className="govuk-heading-m">Or create a new record from the concern</h2>
            <p className="govuk-body">Only if a search does not find them. Check each detail against the concern.</p>
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="intent" value="create" />
              <TextInput
                name="newName"
                label="Their name"
                defaultValue={newValues.newName}
                error={errorFor(result?.newErrors ?? undefined, 'newName')}
                spellCheck={false}
                autoComplete="off"
              />
              <DateInput
                name="newBirth"
                legend="Their date of birth (if known)"
                hint="For example, 27 3 1950"
                values={newValues}
                error={errorFor(result?.newErrors ?? undefined, 'newBirthDay')}
              />
              <TextInput
                name="newPostcode"
                label="Their postcode (if known)"
                hint="From the address the concern gives, like NM1 2AB"
                widthClass="govuk-input--width-10"
                defaultValue={newValues.newPostcode}
                error={errorFor(result?.newErrors ?? undefined, 'newPostcode')}
                autoComplete="off"
              />
              <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                Create the record and link the concern
              </button>
            </Form>
          </>
        )}
      </div>
    </div>
  )
}
