import { addDays } from '@open-sds/kernel'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  changeAgreement,
  directPaymentPolicy,
  endAgreement,
  finalReconciliation,
  paymentSchedule,
  reconcile,
  resumeAgreement,
  suspendAgreement,
  type DirectPaymentPolicy,
} from '../src/index.js'
import { adesAgreement, unwrap } from './fixtures.js'

const policies: DirectPaymentPolicy[] = (['weekly', 'four-weekly', 'monthly'] as const).flatMap((frequency) =>
  (['in-advance', 'in-arrears'] as const).map((timing) => unwrap(directPaymentPolicy({ frequency, timing }))),
)

/** An agreement starting on one of 400 days from 2 March 2026 (when Ade's plan was agreed), paying a weekly amount from 0 to £2,000.00. */
const agreements = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 400 }),
    weekly: fc.integer({ min: 0, max: 200_000 }),
    policy: fc.constantFrom(...policies),
  })
  .map(({ startOffset, weekly, policy }) => {
    const startDate = addDays('2026-03-02', startOffset)
    const agreement = unwrap(
      changeAgreement(
        adesAgreement({ startDate, assessedWeeklyChargePence: 0 }),
        { from: startDate, budgetWeeklyPence: weekly, reason: 'Test amount' },
        policy,
      ),
    )
    return { agreement, policy, startDate, weekly }
  })

const paidAsScheduled = (payments: readonly { reference: string; pence: number; dueDate: string }[]) =>
  payments.map((payment) => ({ reference: payment.reference, pence: payment.pence, paidOn: payment.dueDate }))

describe('invariants of the schedule and reconciliation', () => {
  it('a part period never pays more than a whole one, and a whole period pays exactly the whole', () => {
    fc.assert(
      fc.property(agreements, ({ agreement, policy, startDate, weekly }) => {
        const payments = unwrap(paymentSchedule(agreement, policy, { to: addDays(startDate, 120) })).payments
        const whole =
          policy.frequency === 'weekly'
            ? weekly
            : policy.frequency === 'four-weekly'
              ? 4 * weekly
              : Math.floor((weekly * 52 * 2 + 12) / 24)
        for (const payment of payments) {
          expect(payment.pence).toBeGreaterThanOrEqual(0)
          if (payment.kind === 'regular') expect(payment.pence).toBe(whole)
          if (payment.kind === 'pro-rata') expect(payment.pence).toBeLessThanOrEqual(whole)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('paying exactly as scheduled leaves nothing owed either way', () => {
    fc.assert(
      fc.property(agreements, ({ agreement, policy, startDate }) => {
        const upTo = addDays(startDate, 90)
        const payments = unwrap(paymentSchedule(agreement, policy, { to: upTo })).payments.filter(
          (payment) => payment.dueDate <= upTo,
        )
        expect(unwrap(reconcile(agreement, policy, paidAsScheduled(payments), { upTo }))).toMatchObject({
          owedToPersonPence: 0,
          lines: [],
        })
      }),
      { numRuns: 60 },
    )
  })

  it('after any change, what is owed is the sum of the adjustment lines, and paying those lines settles it', () => {
    fc.assert(
      fc.property(
        agreements,
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 200_000 }),
        ({ agreement, policy, startDate }, after, newWeekly) => {
          const upTo = addDays(startDate, 90)
          const paid = paidAsScheduled(
            unwrap(paymentSchedule(agreement, policy, { to: upTo })).payments.filter(
              (payment) => payment.dueDate <= upTo,
            ),
          )
          const changed = unwrap(
            changeAgreement(
              agreement,
              { from: addDays(startDate, after), budgetWeeklyPence: newWeekly, reason: 'Plan revised' },
              policy,
            ),
          )
          const result = unwrap(reconcile(changed, policy, paid, { upTo }))
          expect(result.lines.reduce((sum, line) => sum + line.differencePence, 0)).toBe(result.owedToPersonPence)
          const settling = result.lines.map((line) => ({
            reference: line.reference,
            pence: Math.abs(line.differencePence),
            paidOn: upTo,
            kind: line.differencePence > 0 ? ('payment' as const) : ('recovered' as const),
          }))
          expect(unwrap(reconcile(changed, policy, [...paid, ...settling], { upTo })).owedToPersonPence).toBe(0)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('ending a direct payment never makes more due than carrying on would', () => {
    fc.assert(
      fc.property(agreements, fc.integer({ min: 0, max: 100 }), ({ agreement, policy, startDate }, lasting) => {
        const upTo = addDays(startDate, 120)
        const paid = paidAsScheduled(
          unwrap(paymentSchedule(agreement, policy, { to: upTo })).payments.filter(
            (payment) => payment.dueDate <= upTo,
          ),
        )
        const ended = unwrap(endAgreement(agreement, { date: addDays(startDate, lasting), reason: 'person-chose' }))
        const final = unwrap(finalReconciliation(ended, policy, paid))
        const carryingOn = unwrap(reconcile(agreement, policy, [], { upTo }))
        expect(final.duePence).toBeLessThanOrEqual(
          carryingOn.duePence + (policy.timing === 'in-arrears' ? final.duePence : 0),
        )
        expect(final.duePence - final.paidPence).toBe(final.owedToPersonPence)
      }),
      { numRuns: 60 },
    )
  })

  it('a suspension never makes more due, and nothing is due for the days it covers', () => {
    fc.assert(
      fc.property(
        agreements,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        ({ agreement, policy, startDate }, from, length) => {
          const upTo = addDays(startDate, 120)
          const suspended = unwrap(
            suspendAgreement(agreement, { from: addDays(startDate, from), reason: 'Looking into the card' }),
          )
          const resumed = unwrap(resumeAgreement(suspended, { from: addDays(startDate, from + length) }))
          const all = (changed: typeof agreement) =>
            unwrap(reconcile(changed, policy, [], { upTo, includeNotYetDue: true })).duePence
          expect(all(resumed)).toBeLessThanOrEqual(all(agreement))
          const inside = unwrap(paymentSchedule(resumed, policy, { to: upTo })).payments.filter(
            (payment) =>
              payment.kind !== 'allowance' &&
              payment.periodStart >= addDays(startDate, from) &&
              payment.periodEnd < addDays(startDate, from + length),
          )
          expect(inside).toEqual([])
        },
      ),
      { numRuns: 60 },
    )
  })
})
