import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { BudgetCheckPanel } from './__BudgetCheckPanel'
import { DirectoryPrompts } from './__DirectoryPrompts'
import { directoryPromptsFor } from './plan-directory.server'
import { currentPlan } from './support-plans.server'
import { CsrfInput } from '~/components/CsrfInput'
import { errorFor, ErrorSummary } from '~/components/ErrorSummary'
import { Textarea } from '~/components/FormFields'
import { DateInput } from '~/components/DateInput'
import { agreedReviewDefaults, readAgreedReview } from './plan-review-date.server'
import { PlanHistory, PlanSummary } from './__PlanSummary'
import { pageTitle } from '~/components/page-title'
import { readProtectedForm } from '~/.server/auth/csrf'
import { movePlan } from './plan-changes.server'
import { revisionOf } from './plan-revision.server'
import { recordedRisks } from './plan-risks.server'
import { RevisionDifferences } from './__RevisionDifferences'
import { issuesAsErrors, loadCaseloadPlan, planAuditEntry } from './plan-routes.server'
import planStyles from '~/styles/support-plan.css?url'
import { auditedChange } from '~/.server/audited-change'

const ROUTE = 'routes/_plans+/practitioner_.plans.$planId' as const

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: planStyles }]
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Support plan for ${data.plan.person}` : 'Support plan')

/** The package's paths for the review date as the agreement form's fields. */
const reviewFields: Record<string, string> = { reviewDate: 'reviewDay', reviewDateReason: 'reviewDateReason' }

const intents = { approve: 'approve', return: 'return', activate: 'activate', 'start-review': 'start-review' } as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer, view, reader, stored, record } = await loadCaseloadPlan(
    request,
    ROUTE,
    params.planId ?? '',
    'support-plan.read',
  )
  return json({
    plan: view,
    personId: reader.personId,
    revision: revisionOf(record, stored.inForceVersion),
    recordedRisks: await recordedRisks(context, viewer, request, reader.personId, true),
    review: agreedReviewDefaults(record, new Date()),
    directoryPrompts: await directoryPromptsFor(context, currentPlan(record)),
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
  const intent = String(form.get('intent') ?? '')
  const reason = String(form.get('reason') ?? '')
  const review = readAgreedReview(form)
  const refuse = (errors: { field: string; message: string }[], status = 400) => {
    requestContext.requestState.formHasErrors = true
    return json({ errors, reason, review: review.values }, { status })
  }
  const action = intents[intent as keyof typeof intents]
  if (!action) return refuse([{ field: 'actions', message: 'Choose what to do with the plan' }])
  const expectedVersion = Number(form.get('expectedVersion'))
  const planVersion = Number(form.get('planVersion'))
  const latest = record.versions.at(-1)?.planVersion
  if (action === 'approve' && planVersion !== latest) {
    return refuse(
      [
        {
          field: 'actions',
          message: `You were looking at version ${planVersion} of the plan, but the plan is now at version ${latest}. Read it again before agreeing it.`,
        },
      ],
      409,
    )
  }
  // The date is asked for where a plan waits for agreement; any other approval is refused by the life cycle itself.
  const settingReview = action === 'approve' && record.state === 'submitted'
  if (settingReview && !review.ok) return refuse([{ field: 'reviewDay', message: review.message }])
  const now = new Date()
  const moved = await auditedChange(
    context,
    (repos) =>
      movePlan(context, repos, viewer, reader, stored, action, {
        now,
        expectedVersion,
        ...(action === 'return' ? { reason } : {}),
        ...(settingReview && review.ok ? { review: review.review } : {}),
      }),
    () => planAuditEntry({ viewer, reader, stored }, `support-plan.${action}`, now),
  )
  if (!moved.ok) {
    const stale = moved.errors.some((issue) => issue.path.startsWith('expected'))
    return refuse(
      issuesAsErrors(moved.errors, (path) => reviewFields[path] ?? (path === 'reason' ? 'reason' : 'actions')),
      stale ? 409 : 400,
    )
  }
  return redirect(action === 'start-review' ? `${base}/review` : base)
}

export default function PractitionerPlan() {
  const { plan, personId, revision, recordedRisks, review, directoryPrompts } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const errors = result?.errors
  const hidden = (
    <>
      <CsrfInput />
      <input type="hidden" name="expectedVersion" value={plan.recordVersion} />
      <input type="hidden" name="planVersion" value={plan.planVersion} />
    </>
  )
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href="/practitioner/plans" className="govuk-back-link">
          Back to support plans
        </a>
        <ErrorSummary errors={errors?.map((error) => ({ ...error, href: `#${error.field}` }))} />
        <span className="govuk-caption-l">
          {plan.stateLabel}, version {plan.planVersion}
        </span>
        <h1 className="govuk-heading-l">Support plan for {plan.person}</h1>
        <DirectoryPrompts prompts={directoryPrompts} />
        <BudgetCheckPanel plan={plan} />
        <div id="actions" className="app-no-print">
          {plan.state === 'submitted' ? (
            <>
              <h2 className="govuk-heading-m">Agree the plan or return it</h2>
              <p className="govuk-body">
                The default is to agree what the person wants. If you return it, say what to change: the person keeps
                everything they wrote.
              </p>
              <Form method="post" noValidate>
                {hidden}
                <DateInput
                  name="review"
                  legend="When will the plan be reviewed?"
                  hint={`No later than ${review.latest} (12 months), unless you say why. For example, ${review.example}`}
                  error={errorFor(errors, 'reviewDay')}
                  values={result?.review ?? review.values}
                />
                <Textarea
                  name="reviewDateReason"
                  label="If the review is later than 12 months, why?"
                  hint="Only needed for a later date. The person will see this with their plan."
                  value={result?.review.reviewDateReason ?? review.values.reviewDateReason}
                  error={errorFor(errors, 'reviewDateReason')}
                  rows={2}
                />
                <button type="submit" className="govuk-button" data-module="govuk-button" name="intent" value="approve">
                  Agree this plan (version {plan.planVersion})
                </button>
              </Form>
              <Form method="post" noValidate>
                {hidden}
                <Textarea
                  name="reason"
                  label="Why are you returning the plan?"
                  hint="The person will see this."
                  value={result?.reason}
                  error={errorFor(errors, 'reason')}
                  rows={3}
                />
                <button
                  type="submit"
                  className="govuk-button govuk-button--secondary"
                  data-module="govuk-button"
                  name="intent"
                  value="return"
                >
                  Return the plan with reasons
                </button>
              </Form>
            </>
          ) : null}
          {plan.state === 'approved' ? (
            <Form method="post">
              {hidden}
              <p className="govuk-body">The plan is agreed. Make it active when the money is ready to use.</p>
              <button type="submit" className="govuk-button" data-module="govuk-button" name="intent" value="activate">
                Make the plan active
              </button>
            </Form>
          ) : null}
          {plan.state === 'active' ? (
            <Form method="post">
              {hidden}
              <button
                type="submit"
                className="govuk-button govuk-button--secondary"
                data-module="govuk-button"
                name="intent"
                value="start-review"
              >
                Start a review
              </button>
            </Form>
          ) : null}
          {plan.state === 'under-review' ? (
            <p className="govuk-body">
              <a className="govuk-link" href={`/practitioner/plans/${plan.id}/review`}>
                Rate the outcomes and finish the review
              </a>
            </p>
          ) : null}
        </div>
        {revision ? <RevisionDifferences revision={revision} /> : null}
        <PlanSummary plan={plan} recordedRisks={recordedRisks} />
        <p className="govuk-body app-no-print">
          <a className="govuk-link" href={`/people/${personId}/plan.json`} download>
            Download the plan as JSON
          </a>
        </p>
        <PlanHistory plan={plan} />
      </div>
    </div>
  )
}
