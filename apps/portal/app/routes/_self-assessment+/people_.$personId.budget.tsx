import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { easyReadExplanation, type IndicativeBudget } from '@open-sds/ras'
import { formatPence } from '@open-sds/kernel'
import { careActEligibilityOutcomes, fluctuationForThePerson, storedFluctuation } from '@open-sds/outcomes'
import { budgetStage, budgetWords } from '@open-sds/support-planning'
import { pageTitle } from '~/components/page-title'
import { WordingSwitch } from '~/components/WordingSwitch'
import { wordingChosen } from '~/.server/wording'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { requireActingFor } from './self-assessment.server'
import { eligibilityLetterSubject } from '~/.server/letters/letters.server'
import { BudgetShares } from './__BudgetShares'
import { sharesOfBudget } from '~/routes/_charging+/budget-shares.server'
import { costOfCareFor } from '~/routes/_charging+/charging.server'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data?.words.heading ?? 'Your personal budget')

const outcomeTitles = new Map(careActEligibilityOutcomes.items.map((item) => [item.id, item.title]))

/** What the practitioner found about needs that fluctuate, in the person's words (none for older decisions). */
function fluctuationWords(determination: unknown): string[] {
  const fluctuation = storedFluctuation(determination)
  return fluctuation ? fluctuationForThePerson(fluctuation, (code) => outcomeTitles.get(code) ?? code) : []
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_self-assessment+/people_.$personId.budget')
  const actingFor = await requireActingFor(context, viewer, params.personId ?? '')
  const { assessments, audit } = context.database.repos
  const latest = (await assessments.listForPerson(actingFor.personId)).find(
    (assessment) => assessment.status === 'submitted',
  )
  // No budget yet: the way to one is the self-assessment.
  if (!latest || !latest.budget) throw redirect(`/people/${actingFor.personId}/self-assessment`)
  await audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'budget.read',
    personId: actingFor.personId,
    resource: `assessment:${latest.id}`,
  })
  // The budget is shown exactly as it was stored when the self-assessment was sent, whatever the RAS says today.
  const budget = latest.budget as IndicativeBudget
  const decision = await context.database.repos.eligibilityDecisions.latestForAssessment(latest.id)
  const letter = decision
    ? await context.database.repos.decisionLetters.findBySubject(eligibilityLetterSubject(decision.id))
    : undefined
  const charge = await context.database.repos.financialAssessments.current(actingFor.personId)
  const plan = await context.database.repos.supportPlans.findOpenForPerson(actingFor.personId)
  const inForce = plan?.versions.find((version) => version.version === plan.inForceVersion)
  const agreedWeeklyPence =
    decision?.eligible && decision.agreedWeeklyPence !== null ? decision.agreedWeeklyPence : null
  // One truth (issue 19): the stage and its one budget are the support-planning package's; the cost of care shared
  // is the charging package's (the plan in force, up to its budget), the same figure the financial assessment uses.
  const at = budgetStage({
    indicativeWeeklyPence: budget.weeklyPence,
    agreedWeeklyPence,
    plan: plan && { state: plan.status, inForceBudgetWeeklyPence: inForce?.budgetWeeklyPence ?? null },
  })
  const costOfCare = await costOfCareFor(context, actingFor.personId)
  const wording = wordingChosen(request)
  return json(
    {
      easyRead: wording.easyRead,
      stage: at.stage,
      words: budgetWords(
        at.stage,
        { onBehalf: actingFor.onBehalf, name: actingFor.displayName },
        { easyRead: wording.easyRead },
      ),
      budgetWeekly: formatPence(at.weeklyPence),
      budgetAnnual: formatPence(at.weeklyPence * 52),
      displayName: actingFor.displayName,
      onBehalf: actingFor.onBehalf,
      completedOnBehalf: latest.completedOnBehalf,
      weekly: formatPence(budget.weeklyPence),
      annual: formatPence(budget.annualPence),
      steps: wording.easyRead ? easyReadExplanation(budget.explanation) : budget.explanation.map((step) => step.text),
      illustrative: budget.illustrative,
      decision: decision
        ? {
            eligible: decision.eligible,
            agreed: decision.agreedWeeklyPence === null ? null : formatPence(decision.agreedWeeklyPence),
            reason: decision.changeReason,
            fluctuation: fluctuationWords(decision.determination),
          }
        : null,
      submittedAt: latest.submittedAt?.toISOString() ?? null,
      // The decision letter, kept as it was made (issue 15, decision 052).
      letter: letter
        ? {
            href: `/people/${actingFor.personId}/letters/${letter.id}`,
            size: `${Math.max(1, Math.round(letter.sizeBytes / 1024))} KB`,
          }
        : null,
      personId: actingFor.personId,
      shares: sharesOfBudget(
        at.weeklyPence,
        agreedWeeklyPence !== null,
        charge,
        costOfCare?.basis === 'support-plan' ? costOfCare : undefined,
      ),
    },
    { headers: wording.headers },
  )
}

export default function BudgetPage() {
  const data = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <WordingSwitch easyRead={data.easyRead} />
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">{data.words.heading}</h1>
          <div className="govuk-panel__body" id="budget-weekly">
            {data.budgetWeekly} a week
            <br />
            <strong>{data.budgetAnnual} a year</strong>
          </div>
        </div>
        {data.illustrative ? (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              This figure comes from an illustrative resource allocation system, not a real council&apos;s.
            </strong>
          </div>
        ) : null}
        {data.decision && (data.stage === 'agreed' || data.stage === 'indicative' || !data.decision.eligible) ? (
          <div className="govuk-inset-text" id="decision">
            {data.decision.eligible ? (
              <>
                Your practitioner has confirmed you are eligible for support and agreed a budget of{' '}
                <strong>{data.decision.agreed} a week</strong>.
                {data.decision.reason ? <> The amount was changed because: {data.decision.reason}</> : null}{' '}
                <a className="govuk-link" href={`/people/${data.personId}/plan`}>
                  Plan how to use your budget
                </a>
              </>
            ) : (
              <>
                Your practitioner found that your needs do not meet the national eligibility criteria. They will explain
                why and tell you about other help and advice.
              </>
            )}
          </div>
        ) : null}
        {data.letter ? (
          <p className="govuk-body">
            <a className="govuk-link" href={data.letter.href} download>
              Download the decision letter (PDF, {data.letter.size})
            </a>
          </p>
        ) : null}
        {data.decision && data.decision.fluctuation.length > 0 ? (
          <>
            <h2 className="govuk-heading-m" id="fluctuating-needs">
              How your changing needs were looked at
            </h2>
            {data.decision.fluctuation.map((sentence) => (
              <p className="govuk-body" key={sentence}>
                {sentence}
              </p>
            ))}
          </>
        ) : null}
        {data.completedOnBehalf ? (
          <p className="govuk-body">
            This self-assessment was completed by a representative on behalf of {data.displayName}.
          </p>
        ) : null}
        <h2 className="govuk-heading-m">
          {data.stage === 'indicative' ? 'How this was worked out' : 'How your indicative budget was first worked out'}
        </h2>
        {data.stage === 'indicative' ? null : (
          <p className="govuk-body">
            Your self-assessment gave an indicative budget of {data.weekly} a week. It was a first estimate: the budget
            above replaces it.
          </p>
        )}
        <ol className="govuk-list govuk-list--number">
          {data.steps.map((step, index) => (
            <li key={index}>{step}</li>
          ))}
        </ol>
        <BudgetShares personId={data.personId} shares={data.shares} />
        <h2 className="govuk-heading-m">What happens next</h2>
        <div id="what-happens-next">
          {data.words.whatHappensNext.map((sentence) => (
            <p className="govuk-body" key={sentence}>
              {sentence}
            </p>
          ))}
        </div>
      </div>
    </div>
  )
}
