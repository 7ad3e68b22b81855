import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import {
  readReferralClosing,
  referralOutcomeHints,
  referralOutcomeLabels,
  referralOutcomes,
} from '@open-sds/support-planning'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios, Textarea } from '~/components/FormFields'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { loadReferral } from './referral-access.server'
import { closeReferral } from './referral-work.server'

const ROUTE = 'routes/_referrals+/work.referrals.$reference_.close' as const

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Close request ${data.reference}` : 'Close a request for help')

const CHOICES = referralOutcomes.map((outcome) => ({
  value: outcome,
  label: referralOutcomeLabels[outcome],
  hint: referralOutcomeHints[outcome],
}))

/**
 * Issue 18: every request reaches an end. The worker says what happened (an assessment started, information and
 * advice only, passed to the NHS, ...) with a note, which closes its work item; the outcome is what the Client Level
 * Data return counts (issue 17: information and advice only is counted as such). Only once its person is known.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const record = await loadReferral(context, viewer, params.reference ?? '')
  const person = record.link ? await context.database.repos.people.findById(record.link.personId) : undefined
  return json({
    reference: record.reference,
    personName: person?.displayName ?? null,
    closed: record.closing !== null,
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const record = await loadReferral(context, viewer, params.reference ?? '', { opening: false })
  const values = { outcome: String(form.get('outcome') ?? ''), note: String(form.get('note') ?? '').slice(0, 2100) }
  const refuse = (errors: { field: string; message: string; href?: string }[], status = 400) => {
    requestContext.requestState.formHasErrors = true
    return json({ errors, values }, { status })
  }
  const read = readReferralClosing(values)
  if (!read.ok) return refuse(read.errors.map((error) => ({ field: error.path, message: error.message })))
  const closed = await closeReferral(context, viewer, record, read.value)
  if (!closed.ok) return refuse([{ field: 'outcome', message: closed.message }], 409)
  return redirect(`/work/referrals/${record.reference}`)
}

export default function CloseReferral() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const back = `/work/referrals/${data.reference}`
  const errors = result?.errors
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={back} className="govuk-back-link">
          Back to the request
        </a>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Request for help {data.reference}</span>
        <h1 className="govuk-heading-l">Close the request with what happened</h1>
        {data.closed ? (
          <p className="govuk-body">
            This request is already closed.{' '}
            <a className="govuk-link" href={back}>
              See how it ended
            </a>
          </p>
        ) : data.personName === null ? (
          <p className="govuk-body">
            Before closing it,{' '}
            <a className="govuk-link" href={`/work/referrals/${data.reference}/link`}>
              link the request to a person&apos;s record
            </a>
            : a request is counted against the person it was about.
          </p>
        ) : (
          <Form method="post" noValidate>
            <CsrfInput />
            <p className="govuk-body">For {data.personName}. Closing it takes it off the team&apos;s work.</p>
            <Radios
              name="outcome"
              legend="What happened?"
              legendSize="m"
              choices={CHOICES}
              value={result?.values.outcome}
              error={errorFor(errors, 'outcome')}
            />
            <Textarea
              name="note"
              label="Note of what was done and why"
              hint="For example, which information or service they were given, or who the request was passed to"
              value={result?.values.note}
              error={errorFor(errors, 'note')}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Close the request
            </button>
          </Form>
        )}
      </div>
    </div>
  )
}
