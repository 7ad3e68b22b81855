import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { ConcernSchema } from '@open-sds/safeguarding'
import { ErrorSummary } from '~/components/ErrorSummary'
import { LinkToRecordForms } from '~/components/LinkToRecordForms'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { readLinkStep } from '~/.server/link-to-record'
import { newRecordStartingValues } from '~/.server/new-person-record'
import { linkConcernTo } from './concern-link.server'
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
    newRecord: newRecordStartingValues({ name: adult.name, dateOfBirth: record.dateOfBirth, address: adult.address }),
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
  const read = await readLinkStep(context, viewer, form)
  if (read.step === 'searched') {
    if (read.search.errors) return refuse({ search: read.search })
    return json({ intent, refused: null, search: read.search, newErrors: null, newValues: null })
  }
  if (read.step === 'refused') return refuse({ newErrors: read.newErrors, newValues: read.newValues })
  const target = read.target
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
            <LinkToRecordForms
              searchName={data.says.name ?? ''}
              search={search}
              newValues={newValues}
              newErrors={result?.newErrors}
              from="the concern"
            />
          </>
        )}
      </div>
    </div>
  )
}
