import {
  calendarParts,
  fail,
  formatLongDate,
  formatPence,
  issue,
  ok,
  type CalendarDate,
  type Result,
} from '@open-sds/kernel'
import type { Agreement } from './agreement.js'
import { step, type Step } from './explanation.js'
import { frequencyWords, type DirectPaymentPolicy } from './policy.js'
import { reconcile, type PaymentMadeInput } from './reconcile.js'
import { cyclePeriodOf, paymentSchedule, type CyclePeriod, type ScheduledPayment } from './schedule.js'
import { RULES_VERSION } from './version.js'

/** A payment a run makes: one scheduled payment of one agreement. */
export type RunPayment = ScheduledPayment & { agreementId: string }

/**
 * A correction a run makes to a payment already made, after a change of rate from an effective date (or a suspension
 * or ending back-dated over paid days): arrears paid to the person, or an overpayment recovered from what the run pays
 * them. Its own `reference` is the corrected payment's with the run's period; the payment it corrects is never edited.
 */
export type RunAdjustment = {
  agreementId: string
  reference: string
  /** The scheduled payment it corrects. */
  adjustsReference: string
  kind: 'arrears' | 'recovery'
  /** Always above 0: paid to the person for arrears, taken off their payments for a recovery. */
  pence: number
  periodStart: CalendarDate
  periodEnd: CalendarDate
  explanation: Step[]
}

export type PaymentRun = {
  period: CyclePeriod
  payments: RunPayment[]
  adjustments: RunAdjustment[]
  /** What the run pays: its payments and arrears, less what it recovers. */
  totalPence: number
  /** Overpayments left to recover by a later run, because this run pays the person too little to take them from. */
  carriedForwardPence: number
  /** Payments due by the period's end that an earlier run already made: left out, so nobody is paid twice. */
  alreadyPaid: number
  explanation: Step[]
  rulesVersion: string
}

/**
 * The payments a run for the cycle period holding `on` makes: every scheduled payment of every agreement due by the
 * period's last day whose reference has not been paid (`paidReferences`), so a late agreement's earlier periods are
 * caught up and a payment is never made twice. Suspended days and days after an ending pay nothing (the schedule
 * leaves them out); differences after a change of rate are the reconciliation's adjustment lines, not a second payment.
 */
export function paymentRun(
  agreements: readonly Agreement[],
  policy: DirectPaymentPolicy,
  options: {
    on: CalendarDate
    paidReferences: ReadonlySet<string>
    /**
     * What was paid (and recovered) so far against each agreement's scheduled references, adjustments included, by
     * agreement id: a difference from what is due now becomes an adjustment. Leave it out to make no adjustments.
     */
    paymentsMade?: ReadonlyMap<string, readonly PaymentMadeInput[]>
  },
): Result<PaymentRun> {
  if (calendarParts(options.on) === undefined)
    return fail(issue('period', `The period must be given by a real date written YYYY-MM-DD, not "${options.on}"`))
  const period = cyclePeriodOf(policy, options.on)
  const payments: RunPayment[] = []
  const adjustments: RunAdjustment[] = []
  let alreadyPaid = 0
  let carriedForwardPence = 0
  for (const agreement of agreements) {
    const schedule = paymentSchedule(agreement, policy, { to: period.end })
    if (!schedule.ok) return schedule
    const ours: RunPayment[] = []
    for (const payment of schedule.value.payments) {
      if (payment.dueDate > period.end) continue
      if (options.paidReferences.has(payment.reference)) alreadyPaid += 1
      else ours.push({ ...payment, agreementId: agreement.id })
    }
    payments.push(...ours)
    const made = options.paymentsMade?.get(agreement.id) ?? []
    if (made.length === 0) continue
    const corrections = adjustmentsFor(agreement, policy, made, period, ours)
    if (!corrections.ok) return corrections
    adjustments.push(...corrections.value.adjustments)
    carriedForwardPence += corrections.value.carriedForwardPence
  }
  const arrears = adjustments.filter((line) => line.kind === 'arrears').reduce((sum, line) => sum + line.pence, 0)
  const recovered = adjustments.filter((line) => line.kind === 'recovery').reduce((sum, line) => sum + line.pence, 0)
  const totalPence = payments.reduce((sum, payment) => sum + payment.pence, 0) + arrears - recovered
  return ok({
    period,
    payments,
    adjustments,
    totalPence,
    carriedForwardPence,
    alreadyPaid,
    explanation: [
      step(
        'period',
        `The run is for the period ${formatLongDate(period.start)} to ${formatLongDate(period.end)} (payments are made ${frequencyWords[policy.frequency]}): it pays what is due by its last day.`,
      ),
      step(
        'payment',
        `${String(payments.length)} ${payments.length === 1 ? 'payment' : 'payments'} to make, ${formatPence(totalPence)} in all.`,
        { pence: totalPence },
      ),
      ...(alreadyPaid > 0
        ? [step('note', `${String(alreadyPaid)} due by then were paid by an earlier run and are left out.`)]
        : []),
      ...(adjustments.length > 0
        ? [
            step(
              'adjustment',
              `${String(adjustments.length)} ${adjustments.length === 1 ? 'adjustment' : 'adjustments'} to payments already made, after a change from an effective date: ${formatPence(arrears)} of arrears paid and ${formatPence(recovered)} of overpayments recovered from this run's payments.`,
              { pence: arrears - recovered },
            ),
          ]
        : []),
      ...(carriedForwardPence > 0
        ? [
            step(
              'adjustment',
              `${formatPence(carriedForwardPence)} overpaid is left to recover from later runs: this run pays too little to take it from.`,
              { pence: -carriedForwardPence },
            ),
          ]
        : []),
    ],
    rulesVersion: RULES_VERSION,
  })
}

/**
 * One agreement's corrections in a run: each paid reference whose amount due now differs from what was paid (and
 * adjusted) against it. Arrears are paid; an overpayment is recovered from what this run pays the person, oldest
 * first, and whatever this run cannot cover is carried to the next (so a run never pays anyone less than nothing).
 */
function adjustmentsFor(
  agreement: Agreement,
  policy: DirectPaymentPolicy,
  made: readonly PaymentMadeInput[],
  period: CyclePeriod,
  paidThisRun: readonly RunPayment[],
): Result<{ adjustments: RunAdjustment[]; carriedForwardPence: number }> {
  const reconciled = reconcile(agreement, policy, made, { upTo: period.end })
  if (!reconciled.ok) return reconciled
  const madeAgainst = new Set(made.map((payment) => payment.reference))
  const lines = reconciled.value.lines.filter((line) => madeAgainst.has(line.reference))
  const adjustments: RunAdjustment[] = []
  const base = (line: (typeof lines)[number]) => ({
    agreementId: agreement.id,
    reference: `${line.reference}/adjusted/${period.start}`,
    adjustsReference: line.reference,
    periodStart: line.periodStart,
    periodEnd: line.periodEnd,
  })
  for (const line of lines.filter((candidate) => candidate.kind === 'arrears'))
    adjustments.push({ ...base(line), kind: 'arrears', pence: line.differencePence, explanation: line.explanation })
  let room =
    paidThisRun.reduce((sum, payment) => sum + payment.pence, 0) +
    adjustments.reduce((sum, adjustment) => sum + adjustment.pence, 0)
  let carriedForwardPence = 0
  for (const line of lines.filter((candidate) => candidate.kind === 'overpayment')) {
    const owed = -line.differencePence
    const pence = Math.min(owed, room)
    room -= pence
    carriedForwardPence += owed - pence
    if (pence === 0) continue
    adjustments.push({
      ...base(line),
      kind: 'recovery',
      pence,
      explanation: [
        ...line.explanation,
        step(
          'adjustment',
          pence === owed
            ? `${formatPence(pence)} is taken off this run's payments to ${agreement.recipient.name}.`
            : `${formatPence(pence)} is taken off this run's payments to ${agreement.recipient.name}; the other ${formatPence(owed - pence)} is left for later runs.`,
          { pence: -pence },
        ),
      ],
    })
  }
  return ok({ adjustments, carriedForwardPence })
}
