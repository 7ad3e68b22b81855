import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import {
  endingReasonWords,
  explainAgreementTo,
  endingWords,
  rateOn,
  recoveryOptionWords,
  returnFindingsTo,
  statusOn,
  type Reconciliation,
  type ReturnCheck,
  type SurplusDecision,
} from '@open-sds/direct-payments'
import { formatPence } from '@open-sds/kernel'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios, Select, Textarea, choicesFrom } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import { formatDate, formatDateTime } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { auditRead } from '~/.server/audit-read'
import { typedFields, type FieldError } from '~/.server/forms'
import { todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { recordDecision, type DecisionIntent } from './decisions.server'
import {
  ACCOUNT_LABELS,
  RECIPIENT_LABELS,
  statusWordsOn,
  agreementOf,
  fieldErrors,
  notFound,
} from './direct-payments.server'
import { WholeCode } from '~/components/WholeCode'
import { DecisionForm } from './__DecisionForm'
import { PaymentsTable } from './__PaymentsTable'
import { DocumentsTable } from './__ReturnDocuments'
import { documentRow } from './return-documents.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Direct payment')

const ROUTE = 'routes/_direct-payments+/finance_.direct-payments.$agreementId' as const
const INTENTS: readonly DecisionIntent[] = ['check-return', 'change', 'one-off', 'suspend', 'resume', 'end']

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { directPayments, people } = context.database.repos
  const record = await directPayments.findAgreement(params.agreementId ?? '')
  if (!record) throw notFound()
  const agreement = agreementOf(record)
  const today = todayInEngland(new Date())
  const person = await people.findById(record.personId)
  const payments = await directPayments.paymentsFor(record.id)
  const adjustments = await directPayments.adjustmentsFor(record.id)
  const returns = await directPayments.returnsFor(record.id)
  const decisions = await directPayments.listDecisions(record.id)
  const documents = await directPayments.returnDocuments(returns.map((sent) => sent.id))
  await auditRead(context, viewer, request, {
    action: 'direct-payment.read',
    personId: record.personId,
    resource: `direct-payment:${record.id}`,
  })
  const ending = decisions.findLast((decision) => decision.kind === 'ending')
  const reader = { name: person?.displayName ?? 'the person' }
  return json({
    refusal: await takeRefusal<ActionData>(request, context),
    id: record.id,
    seen: record.decisionCount,
    person: person?.displayName ?? 'Unknown person',
    status: statusOn(agreement, today),
    summary: [
      ['Receives the payments', `${agreement.recipient.name} (${RECIPIENT_LABELS[agreement.recipient.role]})`],
      [
        'How it is held',
        `${ACCOUNT_LABELS[agreement.account.type]}${'provider' in agreement.account ? `: ${agreement.account.provider}` : ''}`,
      ],
      ['Charge', agreement.basis === 'net' ? 'Paid net of the assessed charge' : 'Paid gross; the charge is invoiced'],
      ['Starts', formatDate(agreement.startDate)],
      ['A week now', formatPence(rateOn(agreement, today)?.paymentWeeklyPence ?? record.weeklyPaymentPence)],
      ['Cost centre', record.costCentre],
      ['Now', statusWordsOn(agreement, today)],
    ] as [string, string][],
    // Said to the council about the person by name: "Priya Shah pays it into the account".
    explanation: explainAgreementTo(agreement, reader).map((line) => line.text),
    rulesVersion: agreement.rulesVersion,
    payments: payments.map((payment) => ({
      reference: payment.reference,
      paidOn: payment.paidOn,
      covers: `${formatDate(payment.periodStart)} to ${formatDate(payment.periodEnd)}`,
      amount: formatPence(payment.pence),
      how: (payment.explanation as { text: string }[]).map((line) => line.text),
    })),
    adjustments: adjustments.map((adjustment) => ({
      reference: adjustment.reference,
      paidOn: adjustment.paidOn,
      covers: `${formatDate(adjustment.periodStart)} to ${formatDate(adjustment.periodEnd)}`,
      amount:
        adjustment.kind === 'recovery'
          ? `${formatPence(adjustment.pence)} recovered`
          : `${formatPence(adjustment.pence)} arrears paid`,
      how: (adjustment.explanation as { text: string }[]).map((line) => line.text),
    })),
    rates: agreement.rates.map((rate) => ({
      from: formatDate(rate.from),
      weekly: formatPence(rate.paymentWeeklyPence),
      reason: rate.reason,
    })),
    returns: returns.map((sent) => {
      const check = sent.result as ReturnCheck
      return {
        id: sent.id,
        period: `${formatDate(sent.periodStart)} to ${formatDate(sent.periodEnd)}`,
        source: sent.source === 'card-statement' ? `Card statement ${sent.statementFileName ?? ''}` : 'Sent by form',
        closing: formatPence(sent.closingBalancePence),
        surplusPence: sent.surplusPence,
        surplus: formatPence(sent.surplusPence),
        options: check.recoveryOptions.map((option) => ({ value: option, label: recoveryOptionWords[option] })),
        findings: returnFindingsTo(check, reader).map((finding) => finding.text),
        explanation: check.explanation.map((line) => line.text),
        checkedAt: sent.checkedAt?.toISOString() ?? null,
        documents: documents
          .filter((document) => document.returnId === sent.id)
          .map((document) => documentRow(document, `/finance/direct-payments/documents/${document.id}`)),
      }
    }),
    decisions: decisions.map((decision) => ({
      id: decision.id,
      kind: decision.kind,
      // The stored reason of an ending starts with its code word: the package says it in words, with the note.
      reason: decision.kind === 'ending' ? endingReasonWords(decision.reason) : decision.reason,
      at: decision.decidedAt.toISOString(),
      surplus:
        decision.kind === 'surplus'
          ? `${recoveryOptionWords[(decision.detail as SurplusDecision).option as keyof typeof recoveryOptionWords] ?? 'Keep it'}: ${formatPence((decision.detail as SurplusDecision).pence)}`
          : null,
    })),
    reconciliation: ending
      ? {
          owed: (ending.detail as Reconciliation).owedToPersonPence,
          explanation: (ending.detail as Reconciliation).explanation.map((line) => line.text),
        }
      : null,
    endingReasons: Object.fromEntries(Object.entries(endingWords).map(([key, words]) => [key, sentence(words)])),
  })
}

type ActionData = { intent: string; errors: FieldError[]; values: Record<string, string> }

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const values = typedFields(form)
  const intent = INTENTS.find((known) => known === values.intent)
  const refuse = (errors: FieldError[]) => {
    return refuseForm<ActionData>(
      { request, context, requestState: requestContext.requestState },
      { intent: values.intent ?? '', errors, values },
    )
  }
  if (!intent) return refuse([{ field: 'form', message: 'Choose what to do from the page' }])
  const now = new Date()
  const done = await recordDecision(context, viewer, params.agreementId ?? '', intent, values, todayInEngland(now), now)
  if (!done.ok) return refuse(fieldErrors(done.errors))
  return redirect(`/finance/direct-payments/${params.agreementId ?? ''}`)
}

const sentence = (words: string) => `${words[0]?.toUpperCase() ?? ''}${words.slice(1)}`

const DECISION_WORDS: Record<string, string> = {
  suspension: 'Suspended',
  resumption: 'Payments started again',
  ending: 'Ended',
  surplus: 'Surplus decided',
  'return-checked': 'Return checked',
  change: 'Amount changed',
  review: 'Review held',
}

export default function AgreementPage() {
  const data = useLoaderData<typeof loader>()
  const failed = useActionData<typeof action>() ?? data.refusal
  const errorsFor = (intent: string) => (failed?.intent === intent ? failed.errors : undefined)
  const valuesFor = (intent: string) => (failed?.intent === intent ? failed.values : {})
  const formFor = (intent: string) => ({
    intent,
    seen: data.seen,
    values: valuesFor(intent),
    errors: errorsFor(intent),
  })
  const hidden = (intent: string) => (
    <>
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="seen" value={data.seen} />
    </>
  )
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary
          errors={failed?.errors.map((error) => ({
            ...error,
            href: ['suspendFrom', 'resumeFrom', 'endDate'].includes(error.field)
              ? `#${error.field}Day`
              : `#${error.field}`,
          }))}
        />
        <span className="govuk-caption-l">{data.person}</span>
        <h1 className="govuk-heading-l">Direct payment</h1>
        <dl className="govuk-summary-list">
          {data.summary.map(([key, value]) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">
                {key === 'Cost centre' ? <WholeCode code={value} /> : value}
              </dd>
            </div>
          ))}
        </dl>
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">How the payment was worked out</span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list">
              {data.explanation.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="govuk-body-s">Rules version {data.rulesVersion}</p>
          </div>
        </details>
        <p className="govuk-body">
          <a className="govuk-link" href={`/finance/direct-payments/${data.id}/evidence`}>
            Employment evidence (insurance, payroll, pension and DBS)
          </a>
        </p>
        <h2 className="govuk-heading-m">Payments made</h2>
        <PaymentsTable payments={data.payments} />
        {data.rates.length > 1 ? (
          <>
            <h2 className="govuk-heading-m">Changes of amount</h2>
            <ul className="govuk-list">
              {data.rates.map((rate) => (
                <li key={`${rate.from}-${rate.reason}`}>
                  From {rate.from}: {rate.weekly} a week. {rate.reason}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {data.adjustments.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Adjustments</h2>
            <p className="govuk-body">
              Arrears paid and overpayments recovered by payment runs after a change from an effective date. The
              payments made above are never changed.
            </p>
            <PaymentsTable payments={data.adjustments} caption="Adjustments" />
          </>
        ) : null}
        <h2 className="govuk-heading-m">Returns</h2>
        {data.returns.length === 0 ? <p className="govuk-body">No returns have been sent.</p> : null}
        {data.returns
          .map((sent) => ({ sent, first: sent.id === data.returns.find((entry) => !entry.checkedAt)?.id }))
          .map(({ sent, first }) => (
            <section key={sent.id} id={`return-${sent.id}`} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s">
                {sent.period}: {sent.source}
              </h3>
              <ul className="govuk-list">
                {sent.explanation.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {sent.findings.length > 0 ? (
                <>
                  <p className="govuk-body govuk-!-font-weight-bold">To ask about</p>
                  <ul className="govuk-list govuk-list--bullet">
                    {sent.findings.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {sent.documents.length > 0 ? (
                <DocumentsTable documents={sent.documents} caption="Documents sent with this return" />
              ) : null}
              {sent.checkedAt ? (
                <p className="govuk-body">Checked on {formatDateTime(sent.checkedAt)}.</p>
              ) : !first ? (
                <p className="govuk-body">Check the earlier return first.</p>
              ) : (
                <Form method="post" noValidate>
                  {hidden('check-return')}
                  <input type="hidden" name="returnId" value={sent.id} />
                  {sent.surplusPence > 0 ? (
                    <>
                      <Radios
                        name="option"
                        legend={`Decide on the surplus of ${sent.surplus}`}
                        choices={[...sent.options, { value: 'keep', label: 'Let the person keep it' }]}
                        value={valuesFor('check-return').option}
                        error={errorFor(errorsFor('check-return'), 'option')}
                      />
                      <TextInput
                        name="amount"
                        label="Amount to recover, in pounds"
                        defaultValue={valuesFor('check-return').amount}
                        widthClass="govuk-input--width-10"
                        error={errorFor(errorsFor('check-return'), 'amount')}
                      />
                    </>
                  ) : null}
                  <Textarea
                    name="checkReason"
                    label={sent.surplusPence > 0 ? 'The reason for the decision' : 'What you checked and found'}
                    value={valuesFor('check-return').checkReason}
                    error={errorFor(errorsFor('check-return'), 'checkReason')}
                    rows={3}
                  />
                  <button type="submit" className="govuk-button" data-module="govuk-button">
                    {sent.surplusPence > 0 ? 'Record the decision' : 'Record the check'}
                  </button>
                </Form>
              )}
            </section>
          ))}
        <h2 className="govuk-heading-m">Decisions</h2>
        {data.decisions.length === 0 ? <p className="govuk-body">No decisions yet.</p> : null}
        <ul className="govuk-list">
          {data.decisions.map((decision) => (
            <li key={decision.id}>
              {formatDateTime(decision.at)}: {DECISION_WORDS[decision.kind]}
              {decision.surplus ? ` (${decision.surplus})` : ''}. {decision.reason}
            </li>
          ))}
        </ul>
        {data.reconciliation ? (
          <>
            <h2 className="govuk-heading-m">Final reconciliation</h2>
            <p className="govuk-body">
              {data.reconciliation.owed > 0
                ? `The council owes ${formatPence(data.reconciliation.owed)}.`
                : data.reconciliation.owed < 0
                  ? `${formatPence(-data.reconciliation.owed)} was overpaid and is owed back to the council.`
                  : 'Nothing is owed either way.'}
            </p>
            <ul className="govuk-list">
              {data.reconciliation.explanation.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
        {data.status !== 'ended' ? (
          <DecisionForm
            {...formFor('change')}
            heading="Change the amount"
            date={{ name: 'changeFrom', legend: 'The change takes effect from' }}
            reason={{ name: 'changeReason', label: 'The reason for the change' }}
            button="Record the change"
            intro="When the plan or the assessed charge changes. The change may take effect from a date already paid: the next payment run pays the arrears or recovers the overpayment."
          >
            <TextInput
              name="changeBudget"
              label="New weekly amount from the plan, in pounds (leave empty if it has not changed)"
              defaultValue={valuesFor('change').changeBudget}
              widthClass="govuk-input--width-10"
              error={errorFor(errorsFor('change'), 'changeBudget')}
            />
            <TextInput
              name="changeCharge"
              label="New weekly assessed charge, in pounds (leave empty if it has not changed)"
              defaultValue={valuesFor('change').changeCharge}
              widthClass="govuk-input--width-10"
              error={errorFor(errorsFor('change'), 'changeCharge')}
            />
          </DecisionForm>
        ) : null}
        {data.status !== 'ended' ? (
          <DecisionForm
            {...formFor('one-off')}
            heading="Add a one-off payment"
            intro="For something the plan pays for once, such as equipment or a deposit. It is paid by the next payment run whose period ends on or after its date."
            date={{ name: 'oneOffDate', legend: 'The date it is paid on' }}
            reason={{ name: 'oneOffFor', label: 'What it is for' }}
            button="Add the one-off payment"
          >
            <TextInput
              name="oneOffAmount"
              label="Amount, in pounds"
              defaultValue={valuesFor('one-off').oneOffAmount}
              widthClass="govuk-input--width-10"
              error={errorFor(errorsFor('one-off'), 'oneOffAmount')}
            />
          </DecisionForm>
        ) : null}
        {data.status === 'active' || data.status === 'not-started' ? (
          <DecisionForm
            {...formFor('suspend')}
            heading="Suspend payments"
            date={{ name: 'suspendFrom', legend: 'Payments stop from' }}
            reason={{ name: 'suspendReason', label: 'The reason for suspending' }}
            button="Suspend payments"
          />
        ) : null}
        {data.status === 'suspended' ? (
          <DecisionForm
            {...formFor('resume')}
            heading="Start payments again"
            date={{ name: 'resumeFrom', legend: 'Payments start again from' }}
            button="Start payments again"
          />
        ) : null}
        {data.status !== 'ended' ? (
          <DecisionForm
            {...formFor('end')}
            heading="End the direct payment"
            date={{ name: 'endDate', legend: 'The last day of the direct payment' }}
            reason={{ name: 'endNote', label: 'A note (optional)' }}
            button="End it and reconcile"
            warning
          >
            <Select
              name="endingReason"
              label="Why it ends"
              choices={choicesFrom(data.endingReasons)}
              placeholder="Choose a reason"
              value={valuesFor('end').endingReason}
              error={errorFor(errorsFor('end'), 'endingReason')}
            />
          </DecisionForm>
        ) : null}
      </div>
    </div>
  )
}
