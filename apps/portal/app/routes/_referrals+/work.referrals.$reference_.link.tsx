import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { ReferralSchema } from '@open-sds/support-planning'
import { ErrorSummary } from '~/components/ErrorSummary'
import { LinkToRecordForms } from '~/components/LinkToRecordForms'
import { SummaryCard } from '~/components/SummaryCard'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { readLinkStep } from '~/.server/link-to-record'
import { newRecordStartingValues } from '~/.server/new-person-record'
import { loadReferral } from './referral-access.server'
import { linkReferralTo } from './referral-work.server'

const ROUTE = 'routes/_referrals+/work.referrals.$reference_.link' as const

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Link request ${data.reference} to a record` : 'Link a request for help to a record')

/**
 * Issue 18: before a request for help can be closed, the worker names whom it is about: a record found by the same
 * search as "Find a person" (its minimum and its audit), or a new record made from what the request says. Once
 * linked, the request is counted against that person in the national return; it can be linked only once.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const record = await loadReferral(context, viewer, params.reference ?? '')
  const asked = ReferralSchema.parse(record.details)
  const linkedTo = record.link ? await context.database.repos.people.findById(record.link.personId) : undefined
  return json({
    reference: record.reference,
    linkedTo: linkedTo?.displayName ?? null,
    says: { name: asked.personName, dateOfBirth: asked.dateOfBirth ?? null, address: asked.address ?? null },
    newRecord: newRecordStartingValues({
      name: asked.personName,
      dateOfBirth: asked.dateOfBirth,
      address: asked.address,
    }),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const record = await loadReferral(context, viewer, params.reference ?? '', { opening: false })
  const refuse = (body: Record<string, unknown>, status = 400) => {
    requestContext.requestState.formHasErrors = true
    return json({ refused: null, search: null, newErrors: null, newValues: null, ...body }, { status })
  }
  const read = await readLinkStep(context, viewer, form)
  if (read.step === 'searched') {
    if (read.search.errors) return refuse({ search: read.search })
    return json({ refused: null, search: read.search, newErrors: null, newValues: null })
  }
  if (read.step === 'refused') return refuse({ newErrors: read.newErrors, newValues: read.newValues })
  const linked = await linkReferralTo(context, viewer, record, read.target)
  if (!linked.ok) return refuse({ refused: linked.message }, 409)
  return redirect(`/work/referrals/${record.reference}`)
}

export default function LinkReferral() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const back = `/work/referrals/${data.reference}`
  const search = result?.search
  const errors = [
    ...(search?.errors ?? []),
    ...(result?.newErrors ?? []),
    ...(result?.refused ? [{ field: 'link', message: result.refused, href: back }] : []),
  ]
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={back} className="govuk-back-link">
          Back to the request
        </a>
        <ErrorSummary errors={errors.length > 0 ? errors : undefined} />
        <span className="govuk-caption-l">Request for help {data.reference}</span>
        <h1 className="govuk-heading-l">Link the request to a person&apos;s record</h1>
        {data.linkedTo ? (
          <p className="govuk-body">
            This request is already linked to {data.linkedTo}&apos;s record.{' '}
            <a className="govuk-link" href={back}>
              Go back to the request
            </a>
          </p>
        ) : (
          <>
            <SummaryCard
              title="What the request says about them"
              rows={[
                ['Name', data.says.name],
                ['Date of birth', data.says.dateOfBirth ? formatDate(data.says.dateOfBirth) : 'Not given'],
                ['Address', data.says.address ?? 'Not given'],
              ]}
            />
            <p className="govuk-body">
              Linking cannot be undone: the request will be counted against this person from then on. Each search is
              written down.
            </p>
            <LinkToRecordForms
              searchName={data.says.name}
              search={search}
              newValues={result?.newValues ?? data.newRecord}
              newErrors={result?.newErrors}
              from="the request"
            />
          </>
        )}
      </div>
    </div>
  )
}
