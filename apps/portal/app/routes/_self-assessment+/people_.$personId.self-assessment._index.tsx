import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { progress, visibleQuestions } from '@open-sds/questionnaire'
import { CsrfInput } from '~/components/CsrfInput'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import {
  budgetByHandWithinFor,
  openDraft,
  requireActingFor,
  requireSelfAssessment,
  storedAnswers,
} from './self-assessment.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Your self-assessment')

const ROUTE = 'routes/_self-assessment+/people_.$personId.self-assessment._index' as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const actingFor = await requireActingFor(context, viewer, params.personId ?? '')
  const { definition, rasConfigs } = await requireSelfAssessment(context)
  const { assessments } = context.database.repos
  const draft = await assessments.findDraft(actingFor.personId, definition.id)
  // Sent for a practitioner to work out the budget (no RAS could price it): nothing more for the person to answer.
  const byHand = draft ? await assessments.budgetByHand(draft.id) : undefined
  await auditRead(context, viewer, request, {
    action: 'assessment.read',
    personId: actingFor.personId,
    resource: draft ? `assessment:${draft.id}` : `person:${actingFor.personId}:self-assessment`,
  })
  const submitted = (await assessments.listForPerson(actingFor.personId)).find(
    (assessment) => assessment.status === 'submitted',
  )
  const answers = draft ? storedAnswers(draft) : {}
  const state = progress(definition, answers)
  const firstQuestion = visibleQuestions(definition, answers)[0]?.id ?? null
  return json({
    personId: actingFor.personId,
    displayName: actingFor.displayName,
    onBehalf: actingFor.onBehalf,
    title: definition.title,
    description: definition.description ?? null,
    illustrative: rasConfigs.some((config) => config.illustrative),
    draft: draft
      ? {
          answered: state.answered,
          total: state.total,
          complete: state.complete,
          next: state.nextQuestionId ?? firstQuestion,
        }
      : null,
    submittedAt: submitted?.submittedAt?.toISOString() ?? null,
    sentByHand: byHand
      ? { sentAt: byHand.sentAt.toISOString(), reason: byHand.reason, within: budgetByHandWithinFor(context) }
      : null,
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  await readProtectedForm(request, context)
  const actingFor = await requireActingFor(context, viewer, params.personId ?? '')
  const { definition } = await requireSelfAssessment(context)
  await openDraft(context, actingFor.personId, definition.id)
  const now = new Date()
  const draft = await context.database.withAudit(
    (repos) =>
      repos.assessments.startDraft(
        {
          personId: actingFor.personId,
          questionnaireId: definition.id,
          questionnaireVersion: definition.version,
          userId: viewer.id,
          onBehalf: actingFor.onBehalf,
        },
        now,
      ),
    (started) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'assessment.start',
      personId: actingFor.personId,
      resource: `assessment:${started.id}`,
    }),
  )
  const answers = storedAnswers(draft)
  const next = progress(definition, answers).nextQuestionId ?? visibleQuestions(definition, answers)[0]?.id
  return redirect(`/people/${actingFor.personId}/self-assessment/${next ?? 'check'}`)
}

export default function SelfAssessmentOverview() {
  const data = useLoaderData<typeof loader>()
  const base = `/people/${data.personId}/self-assessment`
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{data.onBehalf ? `For ${data.displayName}` : 'Your care and support'}</span>
        <h1 className="govuk-heading-l">{data.title}</h1>
        {data.onBehalf ? (
          <div className="govuk-inset-text">
            You are completing this on behalf of {data.displayName}. Answer as they would, and talk it through with them
            if you can.
          </div>
        ) : null}
        {data.illustrative ? (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              The questions and the way the budget is worked out are illustrative examples, not a real council&apos;s.
            </strong>
          </div>
        ) : null}
        {data.description ? <p className="govuk-body">{data.description}</p> : null}
        {/* Once sent for a practitioner to work out the budget, the promise of a budget at the end no longer holds. */}
        {data.sentByHand ? null : (
          <p className="govuk-body">
            You will be asked about the parts of daily life where you might need support, one question at a time. Your
            answers are saved every time you continue, so you can stop and come back later. At the end you can check and
            change your answers, then see an indicative personal budget and how it was worked out.
          </p>
        )}
        {data.submittedAt ? (
          <p className="govuk-body">
            You sent a self-assessment on {formatDate(data.submittedAt)}.{' '}
            <a className="govuk-link" href={`/people/${data.personId}/budget`}>
              See the indicative budget
            </a>
          </p>
        ) : null}
        {data.sentByHand ? (
          <>
            <div className="govuk-panel govuk-panel--confirmation">
              <h2 className="govuk-panel__title">Your answers have been sent</h2>
              <div className="govuk-panel__body">Sent on {formatDate(data.sentByHand.sentAt)}</div>
            </div>
            <h2 className="govuk-heading-m">What happens next</h2>
            <p className="govuk-body">
              The council could not work out an indicative personal budget from these answers straight away.{' '}
              {data.sentByHand.reason}
            </p>
            <p className="govuk-body">
              A practitioner will work out the budget from your answers and contact{' '}
              {data.onBehalf ? data.displayName : 'you'} {data.sentByHand.within}. You do not need to do anything else,
              and your answers cannot be changed now.
            </p>
          </>
        ) : data.draft ? (
          <>
            <p className="govuk-body">
              You have answered {data.draft.answered} of {data.draft.total} questions.
            </p>
            <a
              className="govuk-button"
              role="button"
              draggable="false"
              href={data.draft.complete ? `${base}/check` : `${base}/${data.draft.next ?? 'check'}`}
            >
              {data.draft.complete ? 'Check your answers' : 'Continue'}
            </a>
          </>
        ) : (
          <Form method="post">
            <CsrfInput />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {data.submittedAt ? 'Start a new self-assessment' : 'Start now'}
            </button>
          </Form>
        )}
      </div>
    </div>
  )
}
