import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { RatingFields, RatingsGiven } from './__OutcomeRatings'
import { pageTitle } from '~/components/page-title'
import { readProtectedForm } from '~/.server/auth/csrf'
import { movePlan } from './plan-changes.server'
import { openReview, ratingsByOutcome, readRatings, saveRatings } from './plan-reviews.server'
import { issuesAsErrors, loadCaseloadPlan, planAuditEntry } from './plan-routes.server'
import { currentPlan } from './support-plans.server'
import { nextReviewDate } from '@open-sds/support-planning'
import { todayInEngland } from '@open-sds/kernel'
import { formatDate } from '~/components/dates'
import planStyles from '~/styles/support-plan.css?url'
import { auditedChange } from '~/.server/audited-change'

const ROUTE = 'routes/_plans+/practitioner_.plans.$planId_.review' as const

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: planStyles }]
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Review of ${data.person}’s plan` : 'Review')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, stored, record, view, base } = await loadCaseloadPlan(
    request,
    ROUTE,
    params.planId ?? '',
    'support-plan.read',
  )
  const review = await openReview(context, stored)
  if (!review) throw redirect(base)
  const rows = await context.database.repos.supportPlans.listRatings(stored.id)
  return json({
    person: view.person,
    base,
    recordVersion: view.recordVersion,
    outcomes: ratingsByOutcome(currentPlan(record).outcomes, rows, review.id),
    reviewDate: formatDate(currentPlan(record).reviewDate),
    nextReviewDate: formatDate(nextReviewDate(todayInEngland(new Date()))),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer, reader, stored, record, base } = await loadCaseloadPlan(
    request,
    ROUTE,
    params.planId ?? '',
    'support-plan.read',
  )
  const form = await readProtectedForm(request, context)
  const review = await openReview(context, stored)
  if (!review) throw redirect(base)
  const plan = currentPlan(record)
  const values = Object.fromEntries(
    [...form.entries()].filter(([key, value]) => key !== 'csrf' && typeof value === 'string'),
  ) as Record<string, string>
  const refuse = (errors: { field: string; message: string }[], status = 400) => {
    requestContext.requestState.formHasErrors = true
    return json({ errors, values }, { status })
  }
  const now = new Date()
  const intent = form.get('intent')
  if (intent === 'keep' || intent === 'revise') {
    const moved = await auditedChange(
      context,
      (repos) =>
        movePlan(context, repos, viewer, reader, stored, intent === 'keep' ? 'complete-review' : 'revise', {
          now,
          expectedVersion: Number(form.get('expectedVersion')),
          ...(intent === 'revise' ? { plan } : {}),
        }),
      () =>
        planAuditEntry(
          { viewer, reader, stored },
          `support-plan.${intent === 'keep' ? 'complete-review' : 'revise'}`,
          now,
        ),
    )
    if (!moved.ok)
      return refuse(
        issuesAsErrors(moved.errors, () => 'finish'),
        409,
      )
    return redirect(base)
  }
  const read = readRatings(plan, form)
  if (!read.ok) return refuse(read.errors)
  const saved = await auditedChange(
    context,
    (repos) =>
      saveRatings(
        repos,
        viewer,
        stored,
        { kind: 'review', review, planVersion: review.planVersion },
        plan,
        'practitioner',
        read.ratings,
        now,
      ),
    () => planAuditEntry({ viewer, reader, stored }, 'support-plan.rate', now, { reviewId: review.id }),
  )
  if (!saved.ok) return refuse(issuesAsErrors(saved.errors, () => 'ratings'))
  return redirect(`${base}/review`)
}

export default function PractitionerReview() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={data.base} className="govuk-back-link">
          Back to the plan
        </a>
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">Support plan for {data.person}</span>
        <h1 className="govuk-heading-l">Review the outcomes</h1>
        <h2 className="govuk-heading-m">Ratings so far</h2>
        {data.outcomes.map((outcome) => (
          <div key={outcome.id}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">“{outcome.words}”</h3>
            <RatingsGiven outcome={outcome} />
          </div>
        ))}
        <h2 className="govuk-heading-m">Your rating</h2>
        <Form method="post" noValidate>
          <CsrfInput />
          <RatingFields
            outcomes={data.outcomes}
            raterRole="practitioner"
            values={result?.values}
            errors={result?.errors}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" name="intent" value="rate">
            Save your ratings
          </button>
        </Form>
        <h2 className="govuk-heading-m" id="finish">
          Finish the review
        </h2>
        <p className="govuk-body">
          The plan is due for review by {data.reviewDate}. If you keep it as it is, its next review will be due by{' '}
          {data.nextReviewDate}, a year from today. If you open a revised plan, the person changes it and sends it to
          the council to agree.
        </p>
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="expectedVersion" value={data.recordVersion} />
          <div className="govuk-button-group">
            <button
              type="submit"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
              name="intent"
              value="keep"
            >
              Keep the plan as it is
            </button>
            <button
              type="submit"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
              name="intent"
              value="revise"
            >
              Open a revised plan
            </button>
          </div>
        </Form>
      </div>
    </div>
  )
}
