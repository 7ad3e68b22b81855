import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { formatPence } from '@open-sds/kernel'
import { json, redirect } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { chargeBeingWorkedOut, editableDraft, financialSetting, STATUS_TEXT } from './financial-assessment.server'
import { nextUnanswered, storedFinancialAnswers, STEP_IDS } from './financial-form.server'
import { requireActingFor } from '~/routes/_self-assessment+/self-assessment.server'
import { auditedChange } from '~/.server/audited-change'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Your financial assessment')

const ROUTE = 'routes/_charging+/people_.$personId.financial-assessment._index' as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const actingFor = await requireActingFor(context, viewer, params.personId ?? '')
  const repo = context.database.repos.financialAssessments
  const [draft, current, setting, byHand] = await Promise.all([
    editableDraft(context, actingFor.personId),
    repo.current(actingFor.personId),
    financialSetting(context, actingFor.personId),
    chargeBeingWorkedOut(context, actingFor.personId),
  ])
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'financial-assessment.read',
    personId: actingFor.personId,
    resource: `person:${actingFor.personId}`,
  })
  const answers = draft ? storedFinancialAnswers(draft.answers) : {}
  return json({
    personId: actingFor.personId,
    displayName: actingFor.displayName,
    onBehalf: actingFor.onBehalf,
    policyName: setting.policy.name,
    costOfCare: setting.costOfCare
      ? { weekly: formatPence(setting.costOfCare.weeklyPence), source: setting.costOfCare.source }
      : null,
    draft: draft
      ? {
          answered: STEP_IDS.filter((id) => answers[id] !== undefined).length,
          total: STEP_IDS.length,
          next: nextUnanswered(answers) ?? 'evidence',
        }
      : null,
    byHand: byHand ?? null,
    current: current
      ? {
          weekly: formatPence(current.weeklyChargePence ?? 0),
          status: STATUS_TEXT[current.status],
          recordedAt: current.recordedAt.toISOString(),
        }
      : null,
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  await readProtectedForm(request, context)
  const actingFor = await requireActingFor(context, viewer, params.personId ?? '')
  const now = new Date()
  const started = await auditedChange(
    context,
    (repos) => repos.financialAssessments.startDraft({ personId: actingFor.personId, userId: viewer.id }, now),
    (stored) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'financial-assessment.start',
      personId: actingFor.personId,
      resource: `financial-assessment:${stored.id}`,
    }),
  )
  if (!started.ok)
    throw new Error(`The financial assessment could not be started: ${started.errors.map((e) => e.message).join('; ')}`)
  const next = nextUnanswered(storedFinancialAnswers(started.value.answers)) ?? 'evidence'
  return redirect(`/people/${actingFor.personId}/financial-assessment/${next}`)
}

export default function FinancialAssessmentOverview() {
  const data = useLoaderData<typeof loader>()
  const base = `/people/${data.personId}/financial-assessment`
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{data.onBehalf ? `For ${data.displayName}` : 'Your care and support'}</span>
        <h1 className="govuk-heading-l">Your financial assessment</h1>
        {data.onBehalf ? (
          <div className="govuk-inset-text">You are completing this on behalf of {data.displayName}.</div>
        ) : null}
        <p className="govuk-body">
          Most people pay something towards their care and support. A financial assessment works out what you can afford
          to pay each week under the national charging rules and {data.policyName}. You always keep enough for everyday
          living costs, and you never pay more than your care costs.
        </p>
        {data.current ? (
          <div className="govuk-inset-text" id="current-charge">
            Your weekly charge is <strong>{data.current.weekly}</strong>. {data.current.status} (
            {formatDate(data.current.recordedAt)}).{' '}
            <a className="govuk-link" href={`${base}/result`}>
              See how it was worked out
            </a>
          </div>
        ) : null}
        <h2 className="govuk-heading-m">What you will need</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            your savings, and your pensions and benefits as they are paid (every week, every 4 weeks, every month or
            every year)
          </li>
          <li>your rent, mortgage interest and Council Tax</li>
          <li>any extra costs you have because of your disability</li>
          <li>photos or scans of letters and statements as evidence, if you have them (PDF, JPEG or PNG)</li>
        </ul>
        <p className="govuk-body">
          {data.costOfCare
            ? `We will use ${data.costOfCare.weekly} a week as the cost of your care: ${data.costOfCare.source}.`
            : 'We will ask you for the weekly cost of your care, because you do not have a personal budget yet.'}{' '}
          Your answers are saved every time you continue, so you can stop and come back later.
        </p>
        {data.byHand ? (
          <div className="govuk-inset-text" id="charge-by-hand">
            You sent your financial assessment on {formatDate(data.byHand.sentAt)}. The council will work out your
            charge by hand {data.byHand.within}.{' '}
            <a className="govuk-link" href={`${base}/result`}>
              See what happens next
            </a>
          </div>
        ) : data.draft ? (
          <>
            <p className="govuk-body">
              You have answered {data.draft.answered} of {data.draft.total} sections.
            </p>
            <a className="govuk-button" data-module="govuk-button" href={`${base}/${data.draft.next}`}>
              Continue your financial assessment
            </a>
          </>
        ) : (
          <Form method="post">
            <CsrfInput />
            <button type="submit" className="govuk-button govuk-button--start" data-module="govuk-button">
              {data.current ? 'Start a new financial assessment' : 'Start now'}
            </button>
          </Form>
        )}
      </div>
    </div>
  )
}
