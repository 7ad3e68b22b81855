import { withArrival } from '../_work+/work-arrival.server'
import { tellPerson } from '~/.server/notify/person-notices'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { progress } from '@open-sds/questionnaire'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { answerSections } from './answer-text.server'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import {
  openDraft,
  requireActingFor,
  requireSelfAssessment,
  storedAnswers,
  todayInEngland,
  workOutBudget,
} from './self-assessment.server'
import { auditedChange } from '~/.server/audited-change'
import { refuse, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Check your answers')

const ROUTE = 'routes/_self-assessment+/people_.$personId.self-assessment.check' as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const actingFor = await requireActingFor(context, viewer, params.personId ?? '')
  const { definition } = await requireSelfAssessment(context)
  const draft = await openDraft(context, actingFor.personId, definition.id)
  if (!draft) throw redirect(`/people/${actingFor.personId}/self-assessment`)
  await auditRead(context, viewer, request, {
    action: 'assessment.read',
    personId: actingFor.personId,
    resource: `assessment:${draft.id}`,
  })
  const answers = storedAnswers(draft)
  const state = progress(definition, answers)
  const base = `/people/${actingFor.personId}/self-assessment`
  return json({
    base,
    onBehalfOf: actingFor.onBehalf ? actingFor.displayName : null,
    complete: state.complete,
    next: state.nextQuestionId,
    sections: answerSections(definition, answers),
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  await readProtectedForm(request, context)
  const actingFor = await requireActingFor(context, viewer, params.personId ?? '')
  const setup = await requireSelfAssessment(context)
  const draft = await openDraft(context, actingFor.personId, setup.definition.id)
  if (!draft) throw redirect(`/people/${actingFor.personId}/self-assessment`)
  const now = new Date()
  const outcome = workOutBudget(setup, storedAnswers(draft), todayInEngland(now))
  const refusing = { request, context, requestState: requestContext.requestState }
  if (outcome.kind === 'problems') return refuse(refusing, { problems: outcome.problems })
  // Sent either way, the self-assessment enters the practitioners' team queue (issue 18) in the same transaction.
  const arrival = () => ({
    kind: 'self-assessment' as const,
    personId: actingFor.personId,
    subject: `assessment:${draft.id}`,
    actorUserId: viewer.id,
  })
  // Already sent (a second tab) or refused by the repository: said on the page, nothing changed.
  const refused = (errors: readonly { message: string }[]) =>
    refuse(refusing, { problems: errors.map((error) => ({ questionId: '', message: error.message })) }, 409)
  if (outcome.kind === 'by-hand') {
    // No dead end (issue 19): the answers go to the council, and a practitioner works the budget out.
    const { reason } = outcome
    const sent = await auditedChange(
      context,
      (repos) =>
        withArrival(
          context,
          repos.assessments
            .sendForBudgetByHand(draft.id, { userId: viewer.id, onBehalf: actingFor.onBehalf, reason }, now)
            .then(async (result) => {
              if (result.ok) await tellPerson(context, repos, actingFor.personId, 'self-assessment-received', now)
              return result
            }),
          arrival,
          now,
        ),
      () => ({
        at: now,
        actorUserId: viewer.id,
        action: 'assessment.send-for-budget-by-hand',
        personId: actingFor.personId,
        resource: `assessment:${draft.id}`,
        detail: { reason },
      }),
    )
    if (!sent.ok) return refused(sent.errors)
    return redirect(`/people/${actingFor.personId}/self-assessment`)
  }
  const { budget } = outcome
  const submitted = await auditedChange(
    context,
    (repos) =>
      withArrival(
        context,
        repos.assessments
          .submit(
            draft.id,
            {
              userId: viewer.id,
              onBehalf: actingFor.onBehalf,
              budget,
              rasConfigId: budget.configId,
              rasConfigVersion: budget.configVersion,
              weeklyPence: budget.weeklyPence,
            },
            now,
          )
          .then(async (result) => {
            // Told in the same transaction as the self-assessment is stored (issue 15).
            if (result.ok) await tellPerson(context, repos, actingFor.personId, 'self-assessment-received', now)
            return result
          }),
        arrival,
        now,
      ),
    () => ({
      at: now,
      actorUserId: viewer.id,
      action: 'assessment.submit',
      personId: actingFor.personId,
      resource: `assessment:${draft.id}`,
      detail: { rasConfigId: budget.configId, rasConfigVersion: budget.configVersion },
    }),
  )
  if (!submitted.ok) return refused(submitted.errors)
  return redirect(`/people/${actingFor.personId}/budget`)
}

export default function CheckAnswers() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary
          errors={result?.problems.map((problem) => ({
            field: problem.questionId || 'form',
            message: problem.message,
            href: problem.questionId ? `${data.base}/${problem.questionId}?change=1` : '#main-content',
          }))}
        />
        <h1 className="govuk-heading-l">Check your answers</h1>
        {data.onBehalfOf ? (
          <p className="govuk-body">These are the answers you gave on behalf of {data.onBehalfOf}.</p>
        ) : null}
        {data.sections.map((section) => (
          <div key={section.title}>
            <h2 className="govuk-heading-m">{section.title}</h2>
            <dl className="govuk-summary-list govuk-!-margin-bottom-9">
              {section.rows.map((row) => (
                <div className="govuk-summary-list__row" key={row.id}>
                  <dt className="govuk-summary-list__key">{row.label}</dt>
                  <dd className="govuk-summary-list__value">{row.answer}</dd>
                  <dd className="govuk-summary-list__actions">
                    <a className="govuk-link" href={`${data.base}/${row.id}?change=1`}>
                      Change<span className="govuk-visually-hidden"> {row.label.toLowerCase()}</span>
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
        {data.complete ? (
          <>
            <h2 className="govuk-heading-m">Now send your self-assessment</h2>
            <p className="govuk-body">
              When you send it, we will work out an indicative personal budget and show you how. A practitioner will
              then talk it through with you.
            </p>
            <Form method="post" noValidate>
              <CsrfInput />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Send and see the indicative budget
              </button>
            </Form>
          </>
        ) : (
          <p className="govuk-body">
            Some questions still need an answer.{' '}
            <a className="govuk-link" href={`${data.base}/${data.next ?? ''}`}>
              Answer the next question
            </a>
          </p>
        )}
      </div>
    </div>
  )
}
