import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { auditedChange } from '~/.server/audited-change'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import type { AppContext } from '~/.server/context'
import type { Viewer } from '~/.server/auth/session'
import { ShortTermFields } from './__ShortTermFields'
import { readShortTermForm, requirePersonForReturns, shortTermValues } from './returns.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

const ROUTE = 'routes/_returns+/people_.$personId.short-term-support.$supportId' as const

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Change short-term support: ${data.person}` : 'Change short-term support')

/** The record, if it is this person's and the viewer may reach the person; anything else is not found. */
async function loadRecord(context: AppContext, viewer: Viewer, personId: string, supportId: string) {
  const person = await requirePersonForReturns(context, viewer, personId)
  const record = await context.database.repos.shortTermSupport.findById(supportId)
  if (!record || record.personId !== person.id)
    throw new Response('There is no record at this address that you can see.', { status: 404, statusText: 'Not Found' })
  return { person, record }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { person, record } = await loadRecord(context, viewer, params.personId ?? '', params.supportId ?? '')
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'short-term-support.read',
    personId: person.id,
    resource: `short-term-support:${record.id}`,
  })
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    person: person.displayName,
    personId: person.id,
    values: shortTermValues(record),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const { person, record } = await loadRecord(context, viewer, params.personId ?? '', params.supportId ?? '')
  const read = readShortTermForm(form, person.id)
  if (!read.ok) {
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors: read.errors, values: read.values },
    )
  }
  const now = new Date()
  // The change and its audit entry, naming the fields changed, in one transaction.
  const updated = await auditedChange(
    context,
    (repos) => repos.shortTermSupport.update(record.id, read.data),
    ({ fields }) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'short-term-support.update',
      personId: person.id,
      resource: `short-term-support:${record.id}`,
      detail: { fields },
    }),
  )
  if (!updated.ok) {
    requestContext.requestState.formHasErrors = true
    const errors = updated.errors.map((error) => ({ field: error.path, message: error.message }))
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors, values: Object.fromEntries(form.entries()) as Record<string, string> },
    )
  }
  return new Response(null, { status: 303, headers: { Location: `/people/${person.id}/short-term-support?saved` } })
}

export default function ChangeShortTermSupport() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={`/people/${data.personId}/short-term-support`} className="govuk-back-link">
          Back to short-term support
        </a>
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">{data.person}</span>
        <h1 className="govuk-heading-l">Change short-term support</h1>
        <Form method="post" noValidate>
          <CsrfInput />
          <ShortTermFields values={result?.values ?? data.values} errors={result?.errors} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save the changes
          </button>
        </Form>
      </div>
    </div>
  )
}
