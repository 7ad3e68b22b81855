import {
  addDays,
  fail,
  formatLongDate,
  formatPence,
  issue,
  ok,
  parse,
  type CalendarDate,
  type Result,
} from '@open-sds/kernel'
import { z } from 'zod'
import { dateSchema, penceSchema, textSchema } from './amounts.js'
import { lastDayOf, type Agreement } from './agreement.js'
import { endingWords } from './agreement-changes.js'
import { SOURCES, step, type Step } from './explanation.js'
import type { DirectPaymentPolicy } from './policy.js'
import { paymentSchedule, type ScheduledPayment } from './schedule.js'
import { RULES_VERSION } from './version.js'

/**
 * A payment already made (or money already recovered), as the finance system recorded it: the schedule's reference
 * it was made against, the amount, and the day. Recorded payments are never edited; a correction is a new line.
 */
export const PaymentMadeSchema = z.strictObject({
  reference: textSchema('The payment reference', 300),
  pence: penceSchema('The amount paid'),
  paidOn: dateSchema('The date paid'),
  kind: z.enum(['payment', 'recovered']).default('payment'),
})
export type PaymentMade = z.infer<typeof PaymentMadeSchema>
export type PaymentMadeInput = z.input<typeof PaymentMadeSchema>

export type AdjustmentLine = {
  reference: string
  periodStart: CalendarDate
  periodEnd: CalendarDate
  duePence: number
  paidPence: number
  /** Due minus paid: above 0 the council owes the person (arrears), below 0 the person owes the council (overpaid). */
  differencePence: number
  kind: 'arrears' | 'overpayment'
  explanation: Step[]
}

export type Reconciliation = {
  upTo: CalendarDate
  duePence: number
  paidPence: number
  /** Above 0: the council owes this much; below 0: this much was overpaid and is owed back. */
  owedToPersonPence: number
  lines: AdjustmentLine[]
  explanation: Step[]
  rulesVersion: string
}

const netPaid = (made: readonly PaymentMade[]) =>
  made.reduce((sum, payment) => sum + (payment.kind === 'recovered' ? -payment.pence : payment.pence), 0)

/**
 * What is owed either way, up to a date, once the agreement has changed (a new rate from an effective date, a
 * suspension, an ending): every payment due by then is worked out afresh and set against what was paid against its
 * reference. Each difference becomes a new adjustment line (arrears or overpayment); no payment is edited.
 */
export function reconcile(
  agreement: Agreement,
  policy: DirectPaymentPolicy,
  paymentsMade: readonly unknown[],
  options: { upTo: CalendarDate; includeNotYetDue?: boolean },
): Result<Reconciliation> {
  const made = parse(z.array(PaymentMadeSchema), paymentsMade, 'paymentsMade')
  if (!made.ok) return made
  const schedule = paymentSchedule(agreement, policy, { to: options.upTo })
  if (!schedule.ok) return schedule
  const due = schedule.value.payments.filter(
    (payment) => options.includeNotYetDue === true || payment.dueDate <= options.upTo,
  )
  const byReference = new Map<string, PaymentMade[]>()
  for (const payment of made.value)
    byReference.set(payment.reference, [...(byReference.get(payment.reference) ?? []), payment])
  const lines: AdjustmentLine[] = []
  const seen = new Set<string>()
  for (const payment of due) {
    seen.add(payment.reference)
    const paid = netPaid(byReference.get(payment.reference) ?? [])
    if (paid !== payment.pence) lines.push(line(payment, paid))
  }
  for (const [reference, payments] of byReference) {
    if (seen.has(reference)) continue
    const paid = netPaid(payments)
    if (paid === 0) continue
    const first = payments[0]?.paidOn ?? options.upTo
    lines.push({
      reference,
      periodStart: first,
      periodEnd: first,
      duePence: 0,
      paidPence: paid,
      differencePence: -paid,
      kind: 'overpayment',
      explanation: [
        step(
          'adjustment',
          `${formatPence(paid)} was paid against ${reference}, for which nothing is due now: overpaid.`,
          { pence: -paid },
        ),
      ],
    })
  }
  const duePence = due.reduce((sum, payment) => sum + payment.pence, 0)
  const paidPence = netPaid(made.value)
  const owed = duePence - paidPence
  const explanation = [
    step(
      'payment',
      `Due up to ${formatLongDate(options.upTo)}: ${formatPence(duePence)}. Paid: ${formatPence(paidPence)}.`,
    ),
    step(
      'adjustment',
      owed === 0
        ? 'Nothing is owed either way.'
        : owed > 0
          ? `The council owes ${formatPence(owed)} (arrears).`
          : `${formatPence(-owed)} was overpaid and is owed back to the council.`,
      { pence: owed },
    ),
  ]
  return ok({
    upTo: options.upTo,
    duePence,
    paidPence,
    owedToPersonPence: owed,
    lines,
    explanation,
    rulesVersion: RULES_VERSION,
  })
}

function line(payment: ScheduledPayment, paid: number): AdjustmentLine {
  const difference = payment.pence - paid
  const words = `${formatLongDate(payment.periodStart)} to ${formatLongDate(payment.periodEnd)}: ${formatPence(payment.pence)} is due and ${formatPence(paid)} was paid`
  return {
    reference: payment.reference,
    periodStart: payment.periodStart,
    periodEnd: payment.periodEnd,
    duePence: payment.pence,
    paidPence: paid,
    differencePence: difference,
    kind: difference > 0 ? 'arrears' : 'overpayment',
    explanation: [
      ...payment.explanation,
      step(
        'adjustment',
        difference > 0
          ? `${words}, so ${formatPence(difference)} is still to be paid.`
          : `${words}, so ${formatPence(-difference)} was overpaid.`,
        { pence: difference },
      ),
    ],
  }
}

/**
 * The final reconciliation of an ended direct payment: everything due to its last day set against everything paid.
 * After a death, wages and notice owed to personal assistants are settled from the account before the balance is
 * reclaimed (St Helens); this works out the payments only, not the account's balance.
 */
export function finalReconciliation(
  agreement: Agreement,
  policy: DirectPaymentPolicy,
  paymentsMade: readonly unknown[],
): Result<Reconciliation> {
  const last = lastDayOf(agreement)
  if (agreement.ending === undefined || last === undefined)
    return fail(issue('ending', 'The direct payment has not ended: end it first, with a date and a reason'))
  const reconciled = reconcile(agreement, policy, paymentsMade, { upTo: addDays(last, 1), includeNotYetDue: true })
  if (!reconciled.ok) return reconciled
  return ok({
    ...reconciled.value,
    upTo: last,
    explanation: [
      step('ending', `The direct payment ended on ${formatLongDate(last)}: ${endingWords[agreement.ending.reason]}.`, {
        source: SOURCES.section33,
      }),
      step(
        'payment',
        `Due to the last day: ${formatPence(reconciled.value.duePence)}. Paid: ${formatPence(reconciled.value.paidPence)}.`,
      ),
      ...reconciled.value.explanation.slice(1),
    ],
  })
}
