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
import type { Account } from './agreement-schema.js'
import type { Agreement } from './agreement.js'
import { step, type Step } from './explanation.js'
import { frequencyWords, type DirectPaymentPolicy } from './policy.js'
import { cyclePeriodOf, paymentSchedule, type CyclePeriod, type ScheduledPayment } from './schedule.js'
import { RULES_VERSION } from './version.js'

/** A payment a run makes: one scheduled payment of one agreement. */
export type RunPayment = ScheduledPayment & { agreementId: string }

export type PaymentRun = {
  period: CyclePeriod
  payments: RunPayment[]
  totalPence: number
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
  options: { on: CalendarDate; paidReferences: ReadonlySet<string> },
): Result<PaymentRun> {
  if (calendarParts(options.on) === undefined)
    return fail(issue('period', `The period must be given by a real date written YYYY-MM-DD, not "${options.on}"`))
  const period = cyclePeriodOf(policy, options.on)
  const payments: RunPayment[] = []
  let alreadyPaid = 0
  for (const agreement of agreements) {
    const schedule = paymentSchedule(agreement, policy, { to: period.end })
    if (!schedule.ok) return schedule
    for (const payment of schedule.value.payments) {
      if (payment.dueDate > period.end) continue
      if (options.paidReferences.has(payment.reference)) alreadyPaid += 1
      else payments.push({ ...payment, agreementId: agreement.id })
    }
  }
  const totalPence = payments.reduce((sum, payment) => sum + payment.pence, 0)
  return ok({
    period,
    payments,
    totalPence,
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
    ],
    rulesVersion: RULES_VERSION,
  })
}

/** Client Level Data's delivery mechanism, in @open-sds/statutory-returns' codes. */
export type DeliveryMechanism = 'direct-payment' | 'cassr-managed-personal-budget'

/**
 * How the services an agreement pays for are delivered, for Client Level Data: money the person (or a nominated or
 * authorised person) holds, on their own account, a prepaid card or through a managed account acting for them, is a
 * Direct Payment; an individual service fund, which a provider holds and the council pays, is a CASSR Managed
 * Personal Budget (statutory-returns.md; direct-payments.md section 3).
 */
export function deliveryMechanismOf(account: Account): DeliveryMechanism {
  return account.type === 'individual-service-fund' ? 'cassr-managed-personal-budget' : 'direct-payment'
}
