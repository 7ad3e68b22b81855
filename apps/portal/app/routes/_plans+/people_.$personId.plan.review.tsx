import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
  SerializeFrom,
} from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { RatingFields } from './__OutcomeRatings'
import { pageTitle } from '~/components/page-title'
import { readProtectedForm } from '~/.server/auth/csrf'
import {
  occasionReviewId,
  ratingOccasion,
  ratingsByOutcome,
  readRatings,
  saveRatings,
  type RatingOccasion,
} from './plan-reviews.server'
import { issuesAsErrors, loadOwnPlan, planAuditEntry } from './plan-routes.server'
import { currentPlan } from './support-plans.server'
import type { Plan } from '@open-sds/support-planning'
import planStyles from '~/styles/support-plan.css?url'
import { auditedChange } from '~/.server/audited-change'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

const ROUTE = 'routes/_plans+/people_.$personId.plan.review' as const

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: planStyles }]
const headings = { review: 'How well has your plan worked?', baseline: 'Where are you now with each outcome?' } as const

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, headings[data?.occasion ?? 'review'])

/** The outcomes asked about: all of them at a review; at the start, those with no starting point yet. */
const toRate = <P extends Plan>(plan: P, occasion: RatingOccasion | undefined): P =>
  occasion?.kind === 'baseline' ? { ...plan, outcomes: occasion.outcomes } : plan

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, stored, record, view, base, reader } = await loadOwnPlan(
    request,
    ROUTE,
    params.personId ?? '',
    'support-plan.read',
  )
  const plan = currentPlan(record)
  const occasion = await ratingOccasion(context, stored, plan)
  const rows = occasion ? await context.database.repos.supportPlans.listRatings(stored.id) : []
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    plan: view,
    base,
    occasion: occasion?.kind ?? null,
    raterRole: reader.relationship === 'self' ? 'person' : 'representative',
    outcomes: ratingsByOutcome(toRate(plan, occasion).outcomes, rows, occasionReviewId(occasion)),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer, stored, record, base, reader } = await loadOwnPlan(
    request,
    ROUTE,
    params.personId ?? '',
    'support-plan.read',
  )
  const form = await readProtectedForm(request, context)
  const plan = currentPlan(record)
  const occasion = await ratingOccasion(context, stored, plan)
  if (!occasion) throw redirect(base)
  const values = Object.fromEntries(
    [...form.entries()].filter(([key, value]) => key !== 'csrf' && typeof value === 'string'),
  ) as Record<string, string>
  const read = readRatings(toRate(plan, occasion), form)
  const refuse = (errors: { field: string; message: string }[]) => {
    return refuseForm({ request, context, requestState: requestContext.requestState }, { errors, values })
  }
  if (!read.ok) return refuse(read.errors)
  const now = new Date()
  const saved = await auditedChange(
    context,
    (repos) =>
      saveRatings(
        repos,
        viewer,
        stored,
        occasion,
        plan,
        reader.relationship === 'self' ? 'person' : 'representative',
        read.ratings,
        now,
      ),
    () =>
      planAuditEntry({ viewer, reader, stored }, 'support-plan.rate', now, {
        occasion: occasion.kind,
        reviewId: occasionReviewId(occasion),
      }),
  )
  if (!saved.ok) return refuse(issuesAsErrors(saved.errors, () => 'form'))
  return redirect(base)
}

export default function PersonReview() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={data.base} className="govuk-back-link">
          Back to the plan
        </a>
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">Support plan for {data.plan.person}</span>
        <h1 className="govuk-heading-l">{headings[data.occasion ?? 'review']}</h1>
        {data.occasion ? (
          <Form method="post" noValidate>
            <CsrfInput />
            {data.occasion === 'baseline' ? (
              <p className="govuk-body">
                This is your starting point. For each outcome, say how far it is met today: fully, partly or not yet. At
                each review you say again, so you and the council can see what has changed.
              </p>
            ) : (
              <p className="govuk-body">
                For each outcome, say whether it has been fully, partly or not achieved. Your view is recorded first,
                before the practitioner’s.
              </p>
            )}
            <RatingFields
              outcomes={data.outcomes}
              raterRole={data.raterRole}
              values={result?.values}
              errors={result?.errors}
              showBaseline={data.occasion === 'review'}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Save my ratings
            </button>
          </Form>
        ) : (
          <p className="govuk-body">
            {data.plan.state === 'active'
              ? 'Your plan is not being reviewed just now, and your starting point for each outcome is already recorded: it stays with your plan when you change it. Once a review starts you can say how well each outcome has been met.'
              : 'Your plan is not being reviewed just now. Once it is agreed and in force you can record where you are with each outcome.'}
          </p>
        )}
      </div>
    </div>
  )
}
