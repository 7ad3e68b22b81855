import { withArrival } from '../_work+/work-arrival.server'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import type { Viewer } from '~/.server/auth/session'
import { readProtectedForm } from '~/.server/auth/csrf'
import { outcomeOf } from './charging.server'
import type { AppContext } from '~/.server/context'
import { EVIDENCE_CATEGORY_LABELS } from './evidence.server'
import { costOfCareFrom, editableDraft, financialSetting, workOutCharge } from './financial-assessment.server'
import { formatPence } from '@open-sds/kernel'
import { answerText, checkedFields, stepSpecs, storedFinancialAnswers } from './financial-form.server'
import { requireActingFor, todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { auditedChange } from '~/.server/audited-change'
import { refuse, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Check your answers')

const ROUTE = 'routes/_charging+/people_.$personId.financial-assessment.check' as const

async function load(context: AppContext, viewer: Viewer, personId: string) {
  const actingFor = await requireActingFor(context, viewer, personId)
  const repo = context.database.repos.financialAssessments
  const draft = await editableDraft(context, actingFor.personId)
  if (!draft) throw redirect(`/people/${actingFor.personId}/financial-assessment`)
  const setting = await financialSetting(context, actingFor.personId)
  return {
    actingFor,
    draft,
    setting,
    answers: storedFinancialAnswers(draft.answers),
    evidence: await repo.listEvidence([draft.id]),
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { actingFor, setting, answers, evidence, draft } = await load(context, viewer, params.personId ?? '')
  await auditRead(context, viewer, request, {
    action: 'financial-assessment.read',
    personId: actingFor.personId,
    resource: `financial-assessment:${draft.id}`,
  })
  const base = `/people/${actingFor.personId}/financial-assessment`
  return json({
    personId: actingFor.personId,
    costOfCare: setting.costOfCare
      ? `${formatPence(setting.costOfCare.weeklyPence)} a week (${setting.costOfCare.source})`
      : null,
    sections: stepSpecs(setting).map((step) => ({
      id: step.id,
      title: step.title,
      answered: answers[step.id] !== undefined,
      rows: checkedFields(step, answers[step.id]).map((field) => ({
        key: field.label,
        value: answerText(field, answers[step.id]),
        href: `${base}/${step.id}?change=1#${field.name}`,
      })),
    })),
    evidence: evidence.map((file) => `${file.fileName}: ${EVIDENCE_CATEGORY_LABELS[file.category]}`),
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  await readProtectedForm(request, context)
  const { actingFor, draft, setting, answers } = await load(context, viewer, params.personId ?? '')
  const base = `/people/${actingFor.personId}/financial-assessment`
  const missing = stepSpecs(setting).filter((step) => answers[step.id] === undefined)
  const worked =
    missing.length > 0
      ? undefined
      : workOutCharge(setting, answers, costOfCareFrom(setting, answers), todayInEngland(new Date()))
  const now = new Date()
  // Either way it is sent, it enters the finance team's queue (issue 18).
  const sentForFinance = () => ({
    kind: 'financial-assessment' as const,
    personId: actingFor.personId,
    subject: `financial-assessment:${draft.id}`,
    actorUserId: viewer.id,
  })
  if (worked && !worked.ok && worked.byHand) {
    // No dead end (issue 19): the council's data stops the engine, not the person's answers. They are sent as they
    // are, and a finance officer works the charge out by hand.
    const reason = worked.reasons.join(' ')
    const sent = await auditedChange(
      context,
      (repos) =>
        withArrival(
          context,
          repos.financialAssessments.sendForChargeByHand(draft.id, reason, viewer.id, now),
          sentForFinance,
          now,
        ),
      () => ({
        at: now,
        actorUserId: viewer.id,
        action: 'financial-assessment.send-for-charge-by-hand',
        personId: actingFor.personId,
        resource: `financial-assessment:${draft.id}`,
        detail: { reason },
      }),
    )
    if (!sent.ok)
      throw new Error(`The financial assessment could not be sent: ${sent.errors.map((e) => e.message).join('; ')}`)
    return redirect(`${base}/result`)
  }
  if (!worked || !worked.ok) {
    const errors = worked
      ? worked.problems.map((problem, index) => ({
          field: `problem-${index}`,
          message: problem.message,
          href: problem.step ? `${base}/${problem.step}?change=1` : undefined,
        }))
      : missing.map((step) => ({
          field: step.id,
          message: `Answer the questions in ${step.title}`,
          href: `${base}/${step.id}`,
        }))
    return refuse({ request, context, requestState: requestContext.requestState }, { errors })
  }
  const sent = await auditedChange(
    context,
    (repos) =>
      withArrival(
        context,
        repos.financialAssessments.submitDraft(draft.id, outcomeOf(worked.result), viewer.id, now),
        sentForFinance,
        now,
      ),
    () => ({
      at: now,
      actorUserId: viewer.id,
      action: 'financial-assessment.submit',
      personId: actingFor.personId,
      resource: `financial-assessment:${draft.id}`,
      detail: { weeklyChargePence: worked.result.weeklyChargePence },
    }),
  )
  if (!sent.ok)
    throw new Error(`The financial assessment could not be sent: ${sent.errors.map((e) => e.message).join('; ')}`)
  return redirect(`${base}/result`)
}

export default function CheckFinancialAnswers() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const base = `/people/${data.personId}/financial-assessment`
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={`${base}/evidence`} className="govuk-back-link">
          Back
        </a>
        <ErrorSummary errors={result?.errors} />
        <h1 className="govuk-heading-l">Check your answers before sending your financial assessment</h1>
        {data.costOfCare ? <p className="govuk-body">Weekly cost of your care: {data.costOfCare}.</p> : null}
        {data.sections.map((section) => (
          <div key={section.id}>
            <h2 className="govuk-heading-m">{section.title}</h2>
            {section.answered ? (
              <dl className="govuk-summary-list govuk-!-margin-bottom-9">
                {section.rows.map((row) => (
                  <div className="govuk-summary-list__row" key={row.key}>
                    <dt className="govuk-summary-list__key">{row.key}</dt>
                    <dd className="govuk-summary-list__value">{row.value}</dd>
                    <dd className="govuk-summary-list__actions">
                      <a className="govuk-link" href={row.href}>
                        Change<span className="govuk-visually-hidden"> {row.key.toLowerCase()}</span>
                      </a>
                    </dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="govuk-body">
                Not answered yet.{' '}
                <a className="govuk-link" href={`${base}/${section.id}`}>
                  Answer these questions
                  <span className="govuk-visually-hidden"> about {section.title.toLowerCase()}</span>
                </a>
              </p>
            )}
          </div>
        ))}
        <h2 className="govuk-heading-m">Evidence</h2>
        {data.evidence.length > 0 ? (
          <ul className="govuk-list govuk-list--bullet">
            {data.evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">You have not sent any evidence. A finance officer may ask you for it.</p>
        )}
        <h2 className="govuk-heading-m">Now send your financial assessment</h2>
        <p className="govuk-body">
          We will work out your weekly charge and show you how. A finance officer will check it against your evidence
          and confirm it, or correct it and tell you why. If we cannot work it out straight away, your answers are still
          sent and the council works your charge out by hand.
        </p>
        <Form method="post">
          <CsrfInput />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Send and see my charge
          </button>
        </Form>
      </div>
    </div>
  )
}
