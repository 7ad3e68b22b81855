import { withClosing, withCorrection } from '../_work+/work-arrival.server'
import { thenTell } from '~/.server/notify/person-notices'
import { chargeLetterFor, thenKeepLetter } from '~/.server/letters/letters.server'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { penceToPounds } from '@open-sds/kernel'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { answersSectionOf, assessFinancialAnswers } from '@open-sds/charging'
import { financialVersionReplacedMessage } from '@open-sds/db'
import { ChargeExplanation } from './__ChargeExplanation'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorMessage } from '~/components/ErrorMessage'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { FinancialField } from './__FinancialField'
import { PoundsInput } from '~/routes/_plans+/__PoundsInput'
import { Textarea } from '~/components/FormFields'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { chargeView, chargingPolicyOf, outcomeOf, storedCharge, storedOutcome } from './charging.server'
import type { AppContext } from '~/.server/context'
import { EVIDENCE_CATEGORY_LABELS } from './evidence.server'
import {
  answerText,
  formValues,
  stepSpecs,
  storedFinancialAnswers,
  validateStep,
  type FinancialAnswers,
} from './financial-form.server'
import type { FieldError } from '~/.server/forms'
import { moneyField } from '~/.server/money-field'
import { auditedChange } from '~/.server/audited-change'
import { todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { formStrings, readChargeByHand } from './charge-by-hand.server'
import { costOfCareFrom, financialSetting } from './financial-assessment.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Review a financial assessment')

const ROUTE = 'routes/_charging+/finance_.assessments.$assessmentId' as const

async function load(context: AppContext, assessmentId: string) {
  const repo = context.database.repos.financialAssessments
  const version = await repo.findById(assessmentId)
  // A draft is the officer's only when the person sent it for the charge to be worked out by hand.
  const byHand = version ? await repo.chargeByHand(version.id) : undefined
  if (!version || (version.status === 'draft' && !byHand))
    throw new Response('There is no financial assessment at this address.', { status: 404, statusText: 'Not Found' })
  const current = await repo.current(version.personId)
  const person = await context.database.repos.people.findById(version.personId)
  const history = await repo.history(version.personId)
  const evidence = await repo.listEvidence(history.map((entry) => entry.id))
  const policy = chargingPolicyOf(context.site)
  // Corrections keep the cost of care as its own field, so the steps never ask for it.
  const steps = stepSpecs({ costOfCareKnown: true, policy })
  return {
    version,
    byHand: version.status === 'draft' ? byHand : undefined,
    isCurrent: current?.id === version.id,
    person,
    history,
    evidence,
    policy,
    steps,
    answers: storedFinancialAnswers(version.answers),
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { version, byHand, isCurrent, person, history, evidence, steps, answers } = await load(
    context,
    params.assessmentId ?? '',
  )
  const costOfCare = byHand
    ? costOfCareFrom(await financialSetting(context, version.personId), storedFinancialAnswers(version.answers))
    : undefined
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'financial-assessment.read',
    personId: version.personId,
    resource: `financial-assessment:${version.id}`,
  })
  return json({
    id: version.id,
    person: person?.displayName ?? 'Unknown person',
    status: version.status,
    isCurrent,
    charge: byHand ? null : chargeView(version.result),
    byHand: byHand ? { reason: byHand.reason, sentAt: byHand.sentAt.toISOString() } : null,
    sections: steps.map((step) => ({
      id: step.id,
      title: step.title,
      rows: step.fields.map((field) => ({
        key: field.label,
        value: answerText(field, answers[step.id]),
      })),
    })),
    steps,
    values: {
      ...Object.assign({}, ...steps.map((step) => formValues(step, answers[step.id]))),
      weeklyCostOfCare: penceToPounds(version.weeklyCostOfCarePence ?? costOfCare?.weeklyPence ?? 0),
    } as Record<string, string>,
    evidence: evidence.map((file) => ({
      id: file.id,
      name: file.fileName,
      category: EVIDENCE_CATEGORY_LABELS[file.category],
    })),
    history: history.map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      weekly: chargeView(entry.result).weekly,
      at: entry.recordedAt.toISOString(),
      reason: entry.reason,
    })),
  })
}

type ActionData = { errors: (FieldError & { href?: string })[]; values: Record<string, string> }

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const { version, byHand, policy, steps, person } = await load(context, params.assessmentId ?? '')
  const now = new Date()
  const refuse = (data: ActionData, status = 400) => {
    requestContext.requestState.formHasErrors = true
    return json(data, { status })
  }
  // The finance team's work on what the person sent is done once the charge is worked out by hand or confirmed.
  const financeDone = {
    subject: `financial-assessment:${version.id}`,
    personId: version.personId,
    actorUserId: viewer.id,
  }
  if (byHand) {
    const raw = formStrings(form)
    const recorded = readChargeByHand(raw, policy, byHand.reason, todayInEngland(now))
    if (!recorded.ok) return refuse({ errors: recorded.errors, values: raw })
    const sent = await auditedChange(
      context,
      (repos) =>
        withClosing(
          context,
          repos.financialAssessments.submitDraft(version.id, recorded.outcome, viewer.id, now),
          financeDone,
          now,
        ),
      (stored) => ({
        at: now,
        actorUserId: viewer.id,
        action: 'financial-assessment.charge-by-hand',
        personId: version.personId,
        resource: `financial-assessment:${stored.id}`,
        detail: { weeklyChargePence: recorded.outcome.weeklyChargePence, reason: raw.handReason ?? '' },
      }),
    )
    if (!sent.ok)
      return refuse(
        { errors: sent.errors.map((issue) => ({ field: 'weeklyCharge', message: issue.message })), values: raw },
        409,
      )
    return redirect(`/finance/assessments/${version.id}`)
  }
  // The charge letter is made before the transaction that keeps it (decision 052), from the charge as it is stored.
  const letterAbout = (decision: Parameters<typeof chargeLetterFor>[1]['decision'], charge: unknown) =>
    chargeLetterFor(
      context.site,
      {
        personName: person?.displayName ?? 'Sir or Madam',
        decidedOn: todayInEngland(now),
        decision,
        charge: storedCharge(charge),
      },
      now,
    )
  if (form.get('intent') === 'confirm') {
    const letter = await letterAbout({ kind: 'confirmed' }, version.result)
    const confirmed = await auditedChange(
      context,
      (repos) =>
        withClosing(
          context,
          repos.financialAssessments
            .recordVersion(
              {
                supersedesId: version.id,
                kind: 'confirmation',
                status: 'confirmed',
                answers: version.answers,
                outcome: storedOutcome(version),
                recordedByUserId: viewer.id,
              },
              now,
            )
            .then(thenKeepLetter(repos, 'charge', letter, viewer.id, now))
            .then(thenTell(context, repos, version.personId, 'financial-assessment-confirmed', now)),
          financeDone,
          now,
        ),
      (stored) => ({
        at: now,
        actorUserId: viewer.id,
        action: 'financial-assessment.confirm',
        personId: version.personId,
        resource: `financial-assessment:${stored.id}`,
      }),
    )
    if (!confirmed.ok)
      return refuse(
        { errors: confirmed.errors.map((issue) => ({ field: 'confirm', message: issue.message })), values: {} },
        409,
      )
    return redirect('/finance')
  }
  // A correction: every answer as the officer leaves it, the cost of care, and the reason.
  const raw = formStrings(form)
  const errors: ActionData['errors'] = []
  const answers: FinancialAnswers = {}
  for (const step of steps) {
    const checked = validateStep(step, form)
    if (checked.ok) answers[step.id] = checked.answers
    else errors.push(...checked.errors)
  }
  const cost = moneyField('the weekly cost of care').safeParse(raw.weeklyCostOfCare ?? '')
  if (!cost.success)
    errors.push({
      field: 'weeklyCostOfCare',
      message: cost.error.issues[0]?.message ?? 'Enter the weekly cost of care',
    })
  const reason = (raw.reason ?? '').trim()
  if (reason === '')
    errors.push({ field: 'reason', message: 'Enter the reason for the correction: the person will see it' })
  else if (reason.length > 2000)
    errors.push({ field: 'reason', message: 'The reason must be 2,000 characters or fewer' })
  if (errors.length > 0 || !cost.success) return refuse({ errors, values: raw })
  // Worked out for the same day as the version it corrects, so the same year's rates apply.
  const result = assessFinancialAnswers(
    { answers, costOfCareWeeklyPence: cost.data, costOfCareSource: 'as the finance officer recorded it' },
    policy,
    { now: version.assessedFor ?? '' },
  )
  if (!result.ok)
    return refuse({
      errors: result.errors.map((issue, index) => ({
        field: answersSectionOf(issue.path) === undefined ? `problem-${index}` : 'reason',
        message: issue.message,
      })),
      values: raw,
    })
  const letter = await letterAbout({ kind: 'corrected', reason }, result.value)
  const corrected = await auditedChange(
    context,
    (repos) =>
      withCorrection(
        context,
        repos.financialAssessments
          .recordVersion(
            {
              supersedesId: version.id,
              kind: 'correction',
              status: 'submitted',
              answers: answers as Record<string, unknown>,
              outcome: outcomeOf(result.value),
              reason,
              recordedByUserId: viewer.id,
            },
            now,
          )
          .then(thenKeepLetter(repos, 'charge', letter, viewer.id, now))
          .then(thenTell(context, repos, version.personId, 'financial-assessment-corrected', now)),
        financeDone,
        // The corrected version still waits to be confirmed: the finance team's work moves on to it (issue 18).
        (stored) => ({
          kind: 'financial-assessment',
          personId: stored.personId,
          subject: `financial-assessment:${stored.id}`,
          actorUserId: viewer.id,
        }),
        now,
      ),
    (stored) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'financial-assessment.correct',
      personId: version.personId,
      resource: `financial-assessment:${stored.id}`,
      detail: { reason },
    }),
  )
  if (!corrected.ok) {
    const replaced = corrected.errors.some((issue) => issue.message === financialVersionReplacedMessage)
    return refuse(
      {
        errors: corrected.errors.map((issue) => ({ field: replaced ? 'confirm' : issue.path, message: issue.message })),
        values: raw,
      },
      replaced ? 409 : 400,
    )
  }
  return redirect(`/finance/assessments/${corrected.value.id}`)
}

/** The charge the engine could not work out (issue 19): why, and the officer's form to record it by hand. */
function RecordChargeByHand({
  byHand,
  values,
  errors,
}: {
  byHand: { reason: string; sentAt: string }
  values: Record<string, string>
  errors: FieldError[] | undefined
}) {
  return (
    <div id="charge-by-hand">
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Needs a person: the charge could not be worked out automatically.
        </strong>
      </div>
      <p className="govuk-body">
        Sent on {formatDate(byHand.sentAt)}. Why: {byHand.reason}
      </p>
      <h2 className="govuk-heading-m">Record the charge worked out by hand</h2>
      <Form method="post" noValidate>
        <CsrfInput />
        <PoundsInput
          name="weeklyCharge"
          label="Weekly charge"
          value={values.weeklyCharge}
          error={errorFor(errors, 'weeklyCharge')}
        />
        <PoundsInput
          name="weeklyCostOfCare"
          label="Weekly cost of care"
          value={values.weeklyCostOfCare}
          error={errorFor(errors, 'weeklyCostOfCare')}
        />
        <Textarea
          name="handReason"
          label="How you worked it out"
          hint="The person will see this"
          rows={3}
          value={values.handReason}
          error={errorFor(errors, 'handReason')}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button" name="intent" value="by-hand">
          Record this charge
        </button>
      </Form>
    </div>
  )
}

export default function ReviewFinancialAssessment() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const values = result && Object.keys(result.values).length > 0 ? result.values : data.values
  const reasonError = errorFor(result?.errors, 'reason')
  const costError = errorFor(result?.errors, 'weeklyCostOfCare')
  const confirmError = errorFor(result?.errors, 'confirm')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href="/finance" className="govuk-back-link">
          Back to financial assessments
        </a>
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">{data.person}</span>
        <h1 className="govuk-heading-l">Review a financial assessment</h1>
        {data.charge ? (
          <>
            <div className="govuk-panel govuk-panel--confirmation govuk-!-text-align-left">
              <h2 className="govuk-panel__title govuk-!-font-size-36">Weekly charge: {data.charge.weekly}</h2>
              <div className="govuk-panel__body govuk-!-font-size-19">
                {data.status === 'confirmed' ? 'Confirmed' : 'Not yet confirmed'}
                {data.isCurrent ? '' : '. A newer version has replaced this one.'}
              </div>
            </div>
            <ChargeExplanation charge={data.charge} forStaff />
          </>
        ) : null}
        {data.byHand ? <RecordChargeByHand byHand={data.byHand} values={values} errors={result?.errors} /> : null}
        <h2 className="govuk-heading-m">Evidence</h2>
        {data.evidence.length > 0 ? (
          <ul className="govuk-list" id="evidence">
            {data.evidence.map((file) => (
              <li key={file.id}>
                <a className="govuk-link" href={`/finance/evidence/${file.id}`} download>
                  {file.name}
                </a>{' '}
                ({file.category})
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">No evidence has been sent.</p>
        )}
        {data.sections.map((section) => (
          <div key={section.id}>
            <h2 className="govuk-heading-m">{section.title}</h2>
            <dl className="govuk-summary-list">
              {section.rows.map((row) => (
                <div className="govuk-summary-list__row" key={row.key}>
                  <dt className="govuk-summary-list__key">{row.key}</dt>
                  <dd className="govuk-summary-list__value">{row.value}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
        <h2 className="govuk-heading-m">History</h2>
        <ul className="govuk-list">
          {data.history.map((entry) => (
            <li key={entry.id}>
              {formatDate(entry.at)}: {entry.kind}, {entry.weekly} a week
              {entry.reason ? `. Reason: ${entry.reason}` : ''}
            </li>
          ))}
        </ul>
        {data.isCurrent && data.status === 'submitted' ? (
          <>
            <h2 className="govuk-heading-m">Confirm the charge</h2>
            <p className="govuk-body">
              Confirm when the answers match the evidence. The person then sees the charge as confirmed, and their
              budget shows their share.
            </p>
            <Form method="post">
              <CsrfInput />
              <ErrorMessage id="confirm-error" error={confirmError} />
              <span id="confirm" />
              <button type="submit" className="govuk-button" data-module="govuk-button" name="intent" value="confirm">
                Confirm this charge
              </button>
            </Form>
          </>
        ) : null}
        {data.isCurrent ? (
          <details className="govuk-details" open={Boolean(result && result.errors.length > 0 && !confirmError)}>
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Correct the answers</span>
            </summary>
            <div className="govuk-details__text">
              <p className="govuk-body">
                A correction is recorded as a new version with your reason; the person sees both. You can confirm it
                afterwards.
              </p>
              <Form method="post" noValidate>
                <CsrfInput />
                <div className={`govuk-form-group${costError ? ' govuk-form-group--error' : ''}`}>
                  <label className="govuk-label govuk-label--s" htmlFor="weeklyCostOfCare">
                    Weekly cost of care
                  </label>
                  <ErrorMessage id="weeklyCostOfCare-error" error={costError} />
                  <div className="govuk-input__wrapper">
                    <div className="govuk-input__prefix" aria-hidden="true">
                      £
                    </div>
                    <input
                      className={`govuk-input govuk-input--width-10${costError ? ' govuk-input--error' : ''}`}
                      id="weeklyCostOfCare"
                      name="weeklyCostOfCare"
                      type="text"
                      inputMode="decimal"
                      defaultValue={values.weeklyCostOfCare}
                      aria-describedby={costError ? 'weeklyCostOfCare-error' : undefined}
                    />
                  </div>
                </div>
                {data.steps.map((step) => (
                  <fieldset className="govuk-fieldset" key={step.id}>
                    <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{step.title}</legend>
                    {step.fields.map((field) => (
                      <FinancialField key={field.name} field={field} values={values} errors={result?.errors} />
                    ))}
                  </fieldset>
                ))}
                <div className={`govuk-form-group${reasonError ? ' govuk-form-group--error' : ''}`}>
                  <label className="govuk-label govuk-label--s" htmlFor="reason">
                    Reason for the correction
                  </label>
                  <div id="reason-hint" className="govuk-hint">
                    The person will see this
                  </div>
                  <ErrorMessage id="reason-error" error={reasonError} />
                  <textarea
                    className={`govuk-textarea${reasonError ? ' govuk-textarea--error' : ''}`}
                    id="reason"
                    name="reason"
                    rows={3}
                    defaultValue={values.reason}
                    aria-describedby={`reason-hint${reasonError ? ' reason-error' : ''}`}
                  />
                </div>
                <button
                  type="submit"
                  className="govuk-button govuk-button--secondary"
                  data-module="govuk-button"
                  name="intent"
                  value="correct"
                >
                  Record the correction
                </button>
              </Form>
            </div>
          </details>
        ) : null}
      </div>
    </div>
  )
}
