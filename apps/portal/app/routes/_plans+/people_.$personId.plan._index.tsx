import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
  SerializeFrom,
} from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { formatPence } from '@open-sds/support-planning'
import { BudgetCheckPanel } from './__BudgetCheckPanel'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { PlanHistory, PlanSummary } from './__PlanSummary'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { movePlan } from './plan-changes.server'
import { ratingOccasion } from './plan-reviews.server'
import { recordedRisks } from './plan-risks.server'
import { issuesAsErrors, loadOwnPlan, planAuditEntry } from './plan-routes.server'
import { agreedBudgetFor, budgetCheckOf, currentPlan, requirePlanReader, startPlan } from './support-plans.server'
import planStyles from '~/styles/support-plan.css?url'
import { SuccessBanner } from '~/components/SuccessBanner'
import { auditedChange } from '~/.server/audited-change'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

const ROUTE = 'routes/_plans+/people_.$personId.plan._index' as const

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: planStyles }]

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data && 'plan' in data && data.plan ? `Support plan for ${data.plan.person}` : 'Your support plan')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const reader = await requirePlanReader(context, viewer, params.personId ?? '', ['self', 'representative'])
  const stored = await context.database.repos.supportPlans.findOpenForPerson(reader.personId)
  if (!stored) {
    const budget = await agreedBudgetFor(context, reader.personId)
    // No plan yet, but the page still shows the person's name and agreed budget: a read of their record.
    await auditRead(context, viewer, request, {
      action: 'support-plan.read',
      personId: reader.personId,
      resource: `person:${reader.personId}:plan`,
    })
    return json({
      refusal: null,
      plan: null,
      displayName: reader.displayName,
      onBehalf: reader.relationship === 'representative',
      budget: budget === undefined ? null : formatPence(budget),
      personId: reader.personId,
    })
  }
  const { view, record } = await loadOwnPlan(request, ROUTE, reader.personId, 'support-plan.read')
  // An agreed plan in force with an outcome that has no starting point yet: ask for the baseline the reviews are
  // compared with. It belongs to the plan, so a change or a revision does not ask again for outcomes already rated.
  const baselineWanted = (await ratingOccasion(context, stored, currentPlan(record)))?.kind === 'baseline'
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    plan: view,
    displayName: reader.displayName,
    onBehalf: reader.relationship === 'representative',
    budget: view.money.budget,
    personId: reader.personId,
    baselineWanted,
    recordedRisks: await recordedRisks(context, viewer, request, reader.personId, false),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const reader = await requirePlanReader(context, viewer, params.personId ?? '', ['self', 'representative'])
  const base = `/people/${reader.personId}/plan`
  const now = new Date()
  if (form.get('intent') === 'start') {
    const budget = await agreedBudgetFor(context, reader.personId)
    if (budget === undefined) throw redirect(base)
    await context.database.withAudit(
      (repos) => startPlan(context, repos, viewer, reader, budget, now),
      (stored) => ({
        at: now,
        actorUserId: viewer.id,
        action: 'support-plan.create',
        personId: reader.personId,
        resource: `support-plan:${stored.id}`,
      }),
    )
    return redirect(`${base}/people`)
  }
  const { stored, record } = await loadOwnPlan(request, ROUTE, reader.personId, 'support-plan.read')
  const refuse = (errors: { field: string; message: string }[]) =>
    refuseForm({ request, context, requestState: requestContext.requestState }, { errors })
  const check = budgetCheckOf(currentPlan(record))
  if (check.status === 'over') {
    return refuse([
      {
        field: 'budget-check',
        message: `The plan costs ${formatPence(check.differenceWeeklyPence)} a week more than the budget. Change or remove supports until it is within the budget, or talk to your practitioner about the budget, before sending it.`,
      },
    ])
  }
  const expectedVersion = Number(form.get('expectedVersion'))
  const submitted = await auditedChange(
    context,
    (repos) => movePlan(context, repos, viewer, reader, stored, 'submit', { now, expectedVersion }),
    () => planAuditEntry({ viewer, reader, stored }, 'support-plan.submit', now),
  )
  if (!submitted.ok) return refuse(issuesAsErrors(submitted.errors, () => 'submit'))
  return redirect(base)
}

export default function PlanPage() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const base = `/people/${data.personId}/plan`
  const whose = data.onBehalf ? `${data.displayName}'s support plan` : 'Your support plan'
  if (!data.plan) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{whose}</h1>
          {data.budget ? (
            <>
              <p className="govuk-body">
                The council has agreed a personal budget of <strong>{data.budget} a week</strong>. Your support plan
                says what matters to you, what support will help, what it costs and how the money is held. You can save
                as you go and come back later.
              </p>
              <Form method="post">
                <CsrfInput />
                <button type="submit" className="govuk-button" data-module="govuk-button" name="intent" value="start">
                  Start your support plan
                </button>
              </Form>
            </>
          ) : (
            <p className="govuk-body">
              You can plan your support once a practitioner has agreed your personal budget.{' '}
              <a className="govuk-link" href={`/people/${data.personId}/budget`}>
                See your budget
              </a>
              .
            </p>
          )}
        </div>
      </div>
    )
  }
  const plan = data.plan
  const { editable, canSubmit } = plan
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary
          errors={result?.errors.map((error) => ({
            ...error,
            href: error.field === 'budget-check' ? '#budget-check' : '#submit',
          }))}
        />
        <span className="govuk-caption-l">{plan.stateLabel}</span>
        <h1 className="govuk-heading-l">{whose}</h1>
        {plan.returnReason ? (
          <div
            className="govuk-notification-banner"
            role="region"
            aria-labelledby="returned-title"
            data-module="govuk-notification-banner"
          >
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="returned-title">
                Returned by the council
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-body">The council returned your plan and said: {plan.returnReason}</p>
              <p className="govuk-body">Everything you wrote is still here. Make the changes, then send it again.</p>
            </div>
          </div>
        ) : null}
        {plan.lastFlexible ? (
          <SuccessBanner title="Change recorded">
            <p className="govuk-notification-banner__heading">
              Your change was recorded straight away, without waiting for approval.
            </p>
            <p className="govuk-body">
              You moved money between supports for an outcome the council has already agreed, and the plan costs no more
              than before, so you can make this change yourself.
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {plan.lastFlexible.changes.map((change, index) => (
                <li key={index}>{change}</li>
              ))}
            </ul>
          </SuccessBanner>
        ) : null}
        {plan.state === 'revised' ? (
          <div className="govuk-inset-text">
            This is a revised plan, not yet sent to the council.
            {plan.inForce ? ` Your plan from ${plan.inForce.since} stays in force until the council agrees it.` : ''}
          </div>
        ) : null}
        {plan.state === 'submitted' ? (
          <div className="govuk-inset-text">
            {plan.inForce
              ? `You sent your change to the council. Your plan from ${plan.inForce.since} is still in force while the change is reviewed.`
              : 'You sent this plan to the council. A practitioner will agree it or tell you what to change.'}
          </div>
        ) : null}
        {'baselineWanted' in data && data.baselineWanted ? (
          <div className="govuk-inset-text">
            Your plan is agreed.{' '}
            <a className="govuk-link" href={`${base}/review`}>
              Say where you are now with each outcome
            </a>
            : this starting point is what your reviews are compared with.
          </div>
        ) : null}
        {plan.state === 'under-review' ? (
          <div className="govuk-inset-text">
            Your plan is being reviewed.{' '}
            <a className="govuk-link" href={`${base}/review`}>
              Say how well each outcome has been met
            </a>
            : your view is recorded first.
          </div>
        ) : null}
        <BudgetCheckPanel plan={plan} />
        {editable ? (
          <>
            <h2 className="govuk-heading-m app-no-print">
              {plan.state === 'active' ? 'Change how you use your budget' : 'Build your plan'}
            </h2>
            <ol className="govuk-list govuk-list--number app-no-print">
              <li>
                <a className="govuk-link" href={`${base}/people`}>
                  Who is involved
                </a>
              </li>
              <li>
                <a className="govuk-link" href={`${base}/outcomes`}>
                  What matters to you: your outcomes
                </a>
              </li>
              <li>
                <a className="govuk-link" href={`${base}/supports`}>
                  Supports for each outcome
                </a>
              </li>
              <li>
                <a className="govuk-link" href={`${base}/money`}>
                  How the money is held
                </a>
              </li>
              <li>
                <a className="govuk-link" href={`${base}/contingency`}>
                  If things go wrong, and the review date
                </a>
              </li>
            </ol>
          </>
        ) : null}
        <PlanSummary
          plan={plan}
          changeBase={editable ? base : null}
          recordedRisks={'recordedRisks' in data ? data.recordedRisks : []}
        />
        {canSubmit ? (
          <Form method="post" className="app-no-print" id="submit">
            <CsrfInput />
            <input type="hidden" name="expectedVersion" value={plan.recordVersion} />
            <h2 className="govuk-heading-m">Send your plan to the council</h2>
            <p className="govuk-body">
              A practitioner will agree it, or return it saying what to change. Nothing you have written will be lost.
            </p>
            <button type="submit" className="govuk-button" data-module="govuk-button" name="intent" value="submit">
              Send the plan for agreement
            </button>
          </Form>
        ) : null}
        <p className="govuk-body app-no-print">
          <a className="govuk-link" href={`${base}.json`} download>
            Download the plan as JSON
          </a>{' '}
          (for other systems; it follows the published support plan JSON Schema). To print it, use your browser’s print
          command: the printout leaves out the navigation and buttons.
        </p>
        <PlanHistory plan={plan} />
        <p className="govuk-body-s">Plan next reviewed by {formatDate(plan.reviewDate)}.</p>
      </div>
    </div>
  )
}
