import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { cyclePeriodOf } from '@open-sds/direct-payments'
import { addDays, formatPence, isCalendarDate } from '@open-sds/kernel'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, type SummaryError } from '~/components/ErrorSummary'
import { Select } from '~/components/FormFields'
import { ScrollableTable } from '~/components/ScrollableTable'
import { TableHead } from '~/components/TableHead'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'
import type { AppContext } from '~/.server/context'
import type { FieldError } from '~/.server/forms'
import { todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { confirmRun, fieldErrors, policyOf, previewRun } from './direct-payments.server'
import { WholeCode } from '~/components/WholeCode'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Payment run')

const ROUTE = 'routes/_direct-payments+/finance_.direct-payments.run' as const

/** The periods an officer may choose: the three before this one, this one and the next. */
function periodChoices(context: AppContext, today: string) {
  const policy = policyOf(context)
  let period = cyclePeriodOf(policy, today)
  for (let back = 0; back < 3; back += 1) period = cyclePeriodOf(policy, addDays(period.start, -1))
  const choices = []
  for (let n = 0; n < 5; n += 1) {
    choices.push({ value: period.start, label: `${formatDate(period.start)} to ${formatDate(period.end)}` })
    period = cyclePeriodOf(policy, addDays(period.end, 1))
  }
  return choices
}

/** Whether `date` falls in one of the periods offered (the page and its tests name a period by any day in it). */
function isOffered(context: AppContext, choices: readonly { value: string }[], date: string): boolean {
  const first = choices[0]?.value
  const last = choices.at(-1)?.value
  if (first === undefined || last === undefined || !isCalendarDate(date)) return false
  return date >= first && date <= cyclePeriodOf(policyOf(context), last).end
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const refusal = await takeRefusal<SerializeFrom<typeof action>>(request, context)
  const today = todayInEngland(new Date())
  const asked = new URL(request.url).searchParams.get('period')
  const choices = periodChoices(context, today)
  const { directPayments, people, audit } = context.database.repos
  // A period offered, or one already paid (its page is linked once paid); any other date, typed into the address, is
  // neither previewed nor worked out (a date centuries away cannot be).
  const known =
    asked === null || isOffered(context, choices, asked) || (await directPayments.findRunForPeriod(asked)) !== undefined
  if (!known)
    return json({
      refusal,
      choices,
      chosen: '',
      errors: [{ field: 'period', message: 'Choose the period to pay from the list' }] as FieldError[],
      preview: null,
      paid: null,
    })
  const on = asked ?? today
  const period = cyclePeriodOf(policyOf(context), on)
  const earlier = await directPayments.findRunForPeriod(period.start)
  if (earlier) {
    return json({
      refusal,
      choices,
      chosen: period.start,
      errors: [] as FieldError[],
      preview: null,
      paid: {
        id: earlier.id,
        period: `${formatDate(earlier.periodStart)} to ${formatDate(earlier.periodEnd)}`,
        paidOn: formatDate(earlier.paidOn),
        count: earlier.paymentCount,
        total: formatPence(earlier.totalPence),
      },
    })
  }
  const run = await previewRun(context, on)
  if (!run.ok)
    return json({ refusal, choices, chosen: period.start, errors: fieldErrors(run.errors), preview: null, paid: null })
  const names = new Map<string, string>()
  const rows = []
  for (const payment of run.value.payments) {
    const record = run.value.records.get(payment.agreementId)
    const personId = record?.personId ?? ''
    if (!names.has(personId)) names.set(personId, (await people.findById(personId))?.displayName ?? 'Unknown person')
    rows.push({
      reference: payment.reference,
      person: names.get(personId) ?? '',
      covers: `${formatDate(payment.periodStart)} to ${formatDate(payment.periodEnd)}`,
      amount: formatPence(payment.pence),
      costCentre: record?.costCentre ?? '',
      how: payment.explanation.map((line) => line.text),
    })
  }
  for (const adjustment of run.value.adjustments) {
    const record = run.value.records.get(adjustment.agreementId)
    const personId = record?.personId ?? ''
    if (!names.has(personId)) names.set(personId, (await people.findById(personId))?.displayName ?? 'Unknown person')
    rows.push({
      reference: adjustment.reference,
      person: names.get(personId) ?? '',
      covers: `${formatDate(adjustment.periodStart)} to ${formatDate(adjustment.periodEnd)}`,
      amount:
        adjustment.kind === 'recovery'
          ? `−${formatPence(adjustment.pence)} (overpayment recovered)`
          : `${formatPence(adjustment.pence)} (arrears)`,
      costCentre: record?.costCentre ?? '',
      how: adjustment.explanation.map((line) => line.text),
    })
  }
  await audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'direct-payment.run-preview',
    resource: `direct-payment-run-preview:${run.value.period.start}`,
    detail: { count: rows.length, totalPence: run.value.totalPence },
  })
  return json({
    refusal,
    choices,
    chosen: run.value.period.start,
    errors: [],
    paid: null,
    preview: {
      period: `${formatDate(run.value.period.start)} to ${formatDate(run.value.period.end)}`,
      start: run.value.period.start,
      total: formatPence(run.value.totalPence),
      explanation: run.value.explanation.map((line) => line.text),
      rows,
    },
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const period = String(form.get('period') ?? '')
  const refuse = (message: string) => {
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors: [{ field: 'period', message }] },
    )
  }
  const now = new Date()
  // Only a period the page offers is paid: a date posted by hand could pay months ahead.
  if (!isOffered(context, periodChoices(context, todayInEngland(now)), period))
    return refuse('Choose the period to pay from the list')
  const made = await confirmRun(context, viewer, period, todayInEngland(now), now)
  if (!made.ok) return refuse(made.errors.map((found) => found.message).join(' '))
  return redirect(`/finance/direct-payments/run?period=${made.value.periodStart}`)
}

export default function PaymentRun() {
  const { choices, chosen, errors, preview, paid, refusal } = useLoaderData<typeof loader>()
  const refused = useActionData<typeof action>() ?? refusal
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary errors={(refused?.errors ?? errors) as SummaryError[]} />
        <span className="govuk-caption-l">Direct payments</span>
        <h1 className="govuk-heading-l">Payment run</h1>
        <Form method="get" noValidate>
          <Select name="period" label="Period to pay" choices={choices} value={chosen} />
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Show the payments
          </button>
        </Form>
        {paid ? (
          <div className="govuk-inset-text">
            <p className="govuk-body">
              The period {paid.period} was paid on {paid.paidOn}: {paid.count} payments, {paid.total}. A period is paid
              once; any difference is paid as an adjustment.
            </p>
            <p className="govuk-body">
              <a className="govuk-link" href={`/finance/direct-payments/runs/${paid.id}.csv`} download>
                Download the CSV for the finance system
              </a>
            </p>
          </div>
        ) : null}
        {preview ? (
          <>
            <h2 className="govuk-heading-m">Payments for {preview.period}</h2>
            <ul className="govuk-list">
              {preview.explanation.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {preview.rows.length > 0 ? (
              <ScrollableTable label="Payments in this run">
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-visually-hidden">Payments in this run</caption>
                  <TableHead headings={['Person', 'Covers', 'Amount', 'Cost centre', 'How it was worked out']} />
                  <tbody className="govuk-table__body">
                    {preview.rows.map((row) => (
                      <tr className="govuk-table__row" key={row.reference}>
                        <td className="govuk-table__cell">{row.person}</td>
                        <td className="govuk-table__cell">{row.covers}</td>
                        <td className="govuk-table__cell">{row.amount}</td>
                        <td className="govuk-table__cell">
                          <WholeCode code={row.costCentre} />
                        </td>
                        <td className="govuk-table__cell">
                          {row.how.map((line) => (
                            <p className="govuk-body-s govuk-!-margin-bottom-1" key={line}>
                              {line}
                            </p>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollableTable>
            ) : null}
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="period" value={preview.start} />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Confirm and pay {preview.total}
              </button>
            </Form>
          </>
        ) : null}
      </div>
    </div>
  )
}
