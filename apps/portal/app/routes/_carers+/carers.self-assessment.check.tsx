import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { progress, validateAnswers } from '@open-sds/questionnaire'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { auditedChange } from '~/.server/audited-change'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { answerSections } from '../_self-assessment+/answer-text.server'
import { withArrival } from '../_work+/work-arrival.server'
import { carerAnswers, carerAssessmentSubject, carersPolicyOf, requireCarer } from './carers.server'
import { refuse, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Check your answers')

const ROUTE = 'routes/_carers+/carers.self-assessment.check' as const
const BASE = '/carers/self-assessment'

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const carer = await requireCarer(context, viewer)
  const definition = carersPolicyOf(context).selfAssessment
  const draft = await context.database.repos.carers.findDraft(carer.personId, definition.id)
  if (!draft) throw redirect('/carers')
  await auditRead(context, viewer, request, {
    action: 'carer-assessment.read',
    personId: carer.personId,
    resource: `carer-assessment:${draft.id}`,
  })
  const answers = carerAnswers(draft)
  const state = progress(definition, answers)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    complete: state.complete,
    next: state.nextQuestionId,
    sections: answerSections(definition, answers),
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  await readProtectedForm(request, context)
  const carer = await requireCarer(context, viewer)
  const definition = carersPolicyOf(context).selfAssessment
  const { carers } = context.database.repos
  const draft = await carers.findDraft(carer.personId, definition.id)
  if (!draft) throw redirect('/carers')
  const problems = (list: { questionId: string; message: string }[]) => {
    return refuse({ request, context, requestState: requestContext.requestState }, { problems: list })
  }
  const checked = validateAnswers(definition, carerAnswers(draft))
  if (!checked.ok)
    return problems(
      checked.errors.map((error) => ({ questionId: error.path.split('.')[0] ?? '', message: error.message })),
    )
  if ((await carers.listCaredFor(carer.personId)).length === 0)
    return problems([{ questionId: '', message: 'Tell us whom you care for before you send your self-assessment' }])
  const now = new Date()
  // The assessment, fixed, and its place in the team's queue (issue 18), with both audit entries: all or nothing.
  const sent = await auditedChange(
    context,
    (repos) =>
      withArrival(
        context,
        repos.carers.send(draft.id, viewer.id, now),
        (assessment) => ({
          kind: 'carer-assessment' as const,
          personId: carer.personId,
          subject: carerAssessmentSubject(assessment.id),
          actorUserId: viewer.id,
        }),
        now,
      ),
    (assessment) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'carer-assessment.send',
      personId: carer.personId,
      resource: `carer-assessment:${assessment.id}`,
    }),
  )
  if (!sent.ok) return problems([{ questionId: '', message: sent.errors[0]?.message ?? 'It could not be sent' }])
  return redirect('/carers')
}

export default function CheckCarerAnswers() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary
          errors={result?.problems.map((problem) => ({
            field: problem.questionId || 'form',
            message: problem.message,
            href: problem.questionId ? `${BASE}/${problem.questionId}?change=1` : '/carers/cares-for',
          }))}
        />
        <span className="govuk-caption-l">Support for you as a carer</span>
        <h1 className="govuk-heading-l">Check your answers</h1>
        {data.sections.map((section) => (
          <div key={section.title}>
            <h2 className="govuk-heading-m">{section.title}</h2>
            <dl className="govuk-summary-list govuk-!-margin-bottom-9">
              {section.rows.map((row) => (
                <div className="govuk-summary-list__row" key={row.id}>
                  <dt className="govuk-summary-list__key">{row.label}</dt>
                  <dd className="govuk-summary-list__value">{row.answer}</dd>
                  <dd className="govuk-summary-list__actions">
                    <a className="govuk-link" href={`${BASE}/${row.id}?change=1`}>
                      Change<span className="govuk-visually-hidden"> {row.label.toLowerCase()}</span>
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
        {data.complete ? (
          <Form method="post" noValidate>
            <CsrfInput />
            <p className="govuk-body">When you send it, a practitioner will look at your answers and contact you.</p>
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Send your self-assessment
            </button>
          </Form>
        ) : (
          <p className="govuk-body">
            Some questions still need an answer.{' '}
            <a className="govuk-link" href={`${BASE}/${data.next ?? ''}`}>
              Answer the next question
            </a>
          </p>
        )}
      </div>
    </div>
  )
}
