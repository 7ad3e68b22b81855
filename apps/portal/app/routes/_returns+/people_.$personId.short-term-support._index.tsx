import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { SuccessBanner } from '~/components/SuccessBanner'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { auditedChange } from '~/.server/audited-change'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { ShortTermFields } from './__ShortTermFields'
import { readShortTermForm, requirePersonForReturns, shortTermSummary } from './returns.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

const ROUTE = 'routes/_returns+/people_.$personId.short-term-support._index' as const

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Short-term support: ${data.person}` : 'Short-term support')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const person = await requirePersonForReturns(context, viewer, params.personId ?? '')
  const { shortTermSupport, audit } = context.database.repos
  await audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'short-term-support.list',
    personId: person.id,
    resource: `person:${person.id}`,
  })
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    person: person.displayName,
    personId: person.id,
    saved: new URL(request.url).searchParams.has('saved'),
    records: (await shortTermSupport.listForPerson(person.id)).map((record) => ({
      id: record.id,
      what: shortTermSummary(record),
      startedOn: record.startedOn,
      endedOn: record.endedOn,
    })),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const person = await requirePersonForReturns(context, viewer, params.personId ?? '')
  const read = readShortTermForm(form, person.id)
  if (!read.ok) {
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors: read.errors, values: read.values },
    )
  }
  const now = new Date()
  // The record and its audit entry in one transaction.
  const recorded = await auditedChange(
    context,
    (repos) => repos.shortTermSupport.record(read.data, { actorUserId: viewer.id, now }),
    (stored) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'short-term-support.record',
      personId: stored.personId,
      resource: `short-term-support:${stored.id}`,
    }),
  )
  if (!recorded.ok) {
    requestContext.requestState.formHasErrors = true
    const errors = recorded.errors.map((error) => ({ field: error.path, message: error.message }))
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors, values: Object.fromEntries(form.entries()) as Record<string, string> },
    )
  }
  return new Response(null, { status: 303, headers: { Location: `/people/${person.id}/short-term-support?saved` } })
}

export default function ShortTermSupportList() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={`/people/${data.personId}/return-details`} className="govuk-back-link">
          Back to the details for the national returns
        </a>
        {data.saved && !result ? <SuccessBanner>The short-term support has been recorded.</SuccessBanner> : null}
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">{data.person}</span>
        <h1 className="govuk-heading-l">Short-term support</h1>
        {data.records.length === 0 ? (
          <p className="govuk-body">None recorded.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Recorded short-term support</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  What
                </th>
                <th scope="col" className="govuk-table__header">
                  From
                </th>
                <th scope="col" className="govuk-table__header">
                  To
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.records.map((record) => (
                <tr className="govuk-table__row" key={record.id}>
                  <td className="govuk-table__cell">
                    <a className="govuk-link" href={`/people/${data.personId}/short-term-support/${record.id}`}>
                      {record.what}
                      <span className="govuk-visually-hidden"> from {formatDate(record.startedOn)}: change</span>
                    </a>
                  </td>
                  <td className="govuk-table__cell">{formatDate(record.startedOn)}</td>
                  <td className="govuk-table__cell">{record.endedOn ? formatDate(record.endedOn) : 'Goes on'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2 className="govuk-heading-m">Record short-term support</h2>
        <Form method="post" noValidate>
          <CsrfInput />
          <ShortTermFields values={result?.values ?? {}} errors={result?.errors} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Record it
          </button>
        </Form>
      </div>
    </div>
  )
}
