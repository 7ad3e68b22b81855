import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { nextDirectPaymentReview, reviewOutcomeWords, type ReviewHeld } from '@open-sds/direct-payments'
import { formatPence } from '@open-sds/kernel'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { DateInput } from '~/components/DateInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios, Textarea, choicesFrom } from '~/components/FormFields'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'
import { auditRead } from '~/.server/audit-read'
import { typedFields, type FieldError } from '~/.server/forms'
import { todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { ACCOUNT_LABELS, agreementOf, fieldErrors, notFound } from './direct-payments.server'
import { reachesCarer } from '../_work+/work.server'
import type { AppContext } from '~/.server/context'
import { recordReview, reviewsHeldOn } from './reviews.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Direct-payment review')

const ROUTE = 'routes/_direct-payments+/practitioner_.direct-payments.$agreementId.review' as const

/**
 * The agreement of someone on this practitioner's caseload, or a carer's (issue 16) for those who may reach the carer's
 * records (decision 058); a 404 to anyone else.
 */
async function agreementFor(context: AppContext, viewerId: string, agreementId: string) {
  const record = await context.database.repos.directPayments.findAgreement(agreementId)
  if (!record) throw notFound()
  const reaches = record.carerPlanId
    ? await reachesCarer(context, viewerId, record.personId)
    : (await context.database.repos.people.relationshipOf(viewerId, record.personId)) === 'practitioner'
  if (!reaches) throw notFound()
  return record
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { directPayments, people } = context.database.repos
  const record = await agreementFor(context, viewer.id, params.agreementId ?? '')
  const agreement = agreementOf(record)
  const person = await people.findById(record.personId)
  const [first] = await directPayments.paymentsFor(record.id)
  const decisions = await directPayments.listDecisions(record.id)
  const today = todayInEngland(new Date())
  await auditRead(context, viewer, request, {
    action: 'direct-payment.read',
    personId: record.personId,
    resource: `direct-payment:${record.id}`,
  })
  const due = first
    ? nextDirectPaymentReview({ firstPaymentOn: first.paidOn, reviewsHeldOn: reviewsHeldOn(decisions), on: today })
    : undefined
  return json({
    refusal: await takeRefusal<ActionData>(request, context),
    id: record.id,
    personId: record.personId,
    person: person?.displayName ?? 'Unknown person',
    seen: record.decisionCount,
    account: ACCOUNT_LABELS[agreement.account.type],
    weekly: formatPence(record.weeklyPaymentPence),
    firstPaid: first ? formatDate(first.paidOn) : null,
    due: due?.ok
      ? {
          by: formatDate(due.value.dueBy),
          overdue: due.value.overdue,
          how: due.value.explanation.map((line) => line.text),
        }
      : null,
    held: decisions
      .filter((decision) => decision.kind === 'review')
      .map((decision) => {
        const held = decision.detail as ReviewHeld
        return {
          id: decision.id,
          heldOn: formatDate(held.heldOn),
          outcome: reviewOutcomeWords[held.outcome],
          notes: held.notes,
          next: formatDate(held.nextDueBy),
        }
      })
      .reverse(),
    outcomes: reviewOutcomeWords,
  })
}

type ActionData = { errors: FieldError[]; values: Record<string, string> }

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  await agreementFor(context, viewer.id, params.agreementId ?? '')
  const values = typedFields(form)
  const now = new Date()
  const done = await recordReview(context, viewer, params.agreementId ?? '', values, todayInEngland(now), now)
  if (!done.ok) {
    return refuseForm<ActionData>(
      { request, context, requestState: requestContext.requestState },
      { errors: fieldErrors(done.errors), values },
    )
  }
  return redirect(`/practitioner/direct-payments/${params.agreementId ?? ''}/review`)
}

export default function DirectPaymentReview() {
  const data = useLoaderData<typeof loader>()
  const failed = useActionData<typeof action>() ?? data.refusal
  const values = failed?.values ?? {}
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary
          errors={failed?.errors.map((error) => ({
            ...error,
            href: error.field === 'heldOn' ? '#heldOnDay' : `#${error.field}`,
          }))}
        />
        <span className="govuk-caption-l">{data.person}</span>
        <h1 className="govuk-heading-l">Direct-payment review</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">How the money is held</dt>
            <dd className="govuk-summary-list__value">{data.account}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">The council pays</dt>
            <dd className="govuk-summary-list__value">{data.weekly} a week</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">First payment</dt>
            <dd className="govuk-summary-list__value">{data.firstPaid ?? 'Not paid yet'}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Next review</dt>
            <dd className="govuk-summary-list__value">
              {data.due ? `By ${data.due.by}${data.due.overdue ? ' (overdue)' : ''}` : 'After the first payment'}
            </dd>
          </div>
        </dl>
        {data.due ? (
          <ul className="govuk-list govuk-body-s">
            {data.due.how.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
        <h2 className="govuk-heading-m">Reviews held</h2>
        {data.held.length === 0 ? <p className="govuk-body">No direct-payment review has been recorded.</p> : null}
        <ul className="govuk-list">
          {data.held.map((held) => (
            <li key={held.id}>
              {held.heldOn}: {held.outcome}. {held.notes} Next due by {held.next}.
            </li>
          ))}
        </ul>
        {data.firstPaid ? (
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="seen" value={data.seen} />
            <h2 className="govuk-heading-m">Record a review held</h2>
            <DateInput
              name="heldOn"
              legend="The date the review was held"
              values={values}
              error={errorFor(failed?.errors, 'heldOn')}
            />
            <Radios
              name="outcome"
              legend="The outcome"
              choices={choicesFrom(data.outcomes)}
              value={values.outcome}
              error={errorFor(failed?.errors, 'outcome')}
            />
            <Textarea
              name="notes"
              label="What the review found"
              hint="Whether the money meets the needs in the plan, how the person or their representative manages it, and any risks."
              value={values.notes}
              error={errorFor(failed?.errors, 'notes')}
              rows={5}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Record the review
            </button>
          </Form>
        ) : null}
        <p className="govuk-body">
          <a className="govuk-link" href="/work/due">
            Back to due and overdue
          </a>
        </p>
      </div>
    </div>
  )
}
