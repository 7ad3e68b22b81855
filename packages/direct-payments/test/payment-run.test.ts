import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DIRECT_PAYMENT_POLICY as policy,
  changeAgreement,
  paymentRun,
  suspendAgreement,
  type Agreement,
  type PaymentMadeInput,
  type PaymentRun,
} from '../src/index.js'
import { adesAgreement, unwrap } from './fixtures.js'

// Issue 14: a payment run for a period pays what is due by its end, once.
describe('a payment run', () => {
  it("pays Ade's pro-rata first payment (21 of 28 days of £1,280.00, £960.00) in the run for the period holding 6 April", () => {
    const run = unwrap(paymentRun([adesAgreement()], policy, { on: '2026-04-10', paidReferences: new Set() }))
    expect(run.period).toEqual({ start: '2026-03-30', end: '2026-04-26' })
    expect(run.payments.map((payment) => [payment.agreementId, payment.reference, payment.pence])).toEqual([
      ['dp-ade', 'dp-ade/2026-03-30', 96_000],
    ])
    expect(run.totalPence).toBe(96_000)
    expect(run.explanation.map((line) => line.text)).toContain('1 payment to make, £960.00 in all.')
  })

  it('catches up a period no run paid, and leaves out a reference paid already, so nobody is paid twice', () => {
    const agreement = adesAgreement()
    const late = unwrap(paymentRun([agreement], policy, { on: '2026-04-27', paidReferences: new Set() }))
    expect(late.payments.map((payment) => payment.pence)).toEqual([96_000, 128_000])
    const next = unwrap(
      paymentRun([agreement], policy, { on: '2026-04-27', paidReferences: new Set(['dp-ade/2026-03-30']) }),
    )
    expect(next.payments.map((payment) => payment.reference)).toEqual(['dp-ade/2026-04-27'])
    expect(next.alreadyPaid).toBe(1)
    expect(next.explanation.at(-1)?.text).toBe('1 due by then were paid by an earlier run and are left out.')
  })

  it('pays nothing for a suspended agreement (Care Act 2014 s33(5))', () => {
    const suspended = unwrap(suspendAgreement(adesAgreement(), { from: '2026-04-06', reason: 'Card looked into' }))
    const run = unwrap(paymentRun([suspended], policy, { on: '2026-04-27', paidReferences: new Set() }))
    expect(run.payments).toEqual([])
  })

  it('names the field when the period is not a date', () => {
    const run = paymentRun([adesAgreement()], policy, { on: '27/04/2026', paidReferences: new Set() })
    expect(!run.ok && run.errors[0]?.path).toBe('period')
  })
})

/** Ade's first two payments (£960.00 pro rata from 6 April, £1,280.00 from 27 April), as the runs made them. */
const firstTwoPaid: PaymentMadeInput[] = [
  { reference: 'dp-ade/2026-03-30', pence: 96_000, paidOn: '2026-03-30' },
  { reference: 'dp-ade/2026-04-27', pence: 128_000, paidOn: '2026-04-27' },
]
const paidReferences = (made: readonly PaymentMadeInput[]) => new Set(made.map((payment) => payment.reference))
const runOn = (agreement: Agreement, on: string, made: PaymentMadeInput[]) =>
  unwrap(
    paymentRun([agreement], policy, {
      on,
      paidReferences: paidReferences(made),
      paymentsMade: new Map([[agreement.id, made]]),
    }),
  )
const adjustmentsOf = (run: PaymentRun) =>
  run.adjustments.map(({ reference, adjustsReference, kind, pence }) => ({ reference, adjustsReference, kind, pence }))

// Issue 14: when the plan or the charge changes from an effective date, the next run pays the arrears or recovers
// the overpayment, each a line with its explanation; the payments already made are never edited (decision 037).
describe('adjustments in a payment run', () => {
  it('pays the arrears of a plan increase backdated to 11 May in the next run, once', () => {
    const changed = unwrap(
      changeAgreement(
        adesAgreement(),
        { from: '2026-05-11', budgetWeeklyPence: 39_500, reason: 'Plan revised' },
        policy,
      ),
    )
    // 27 April to 24 May: 14 days at £320.00 and 14 at £355.00 a week is £1,350.00, against £1,280.00 paid.
    const run = runOn(changed, '2026-05-25', firstTwoPaid)
    expect(run.payments.map((payment) => [payment.reference, payment.pence])).toEqual([['dp-ade/2026-05-25', 142_000]])
    expect(adjustmentsOf(run)).toEqual([
      {
        reference: 'dp-ade/2026-04-27/adjusted/2026-05-25',
        adjustsReference: 'dp-ade/2026-04-27',
        kind: 'arrears',
        pence: 7_000,
      },
    ])
    expect(run.totalPence).toBe(149_000)
    expect(run.adjustments[0]?.explanation.at(-1)?.text).toBe(
      '27 April 2026 to 24 May 2026: £1,350.00 is due and £1,280.00 was paid, so £70.00 is still to be paid.',
    )
    // The arrears paid are counted next time: the run after pays its own period and no second adjustment.
    const next = runOn(changed, '2026-06-22', [
      ...firstTwoPaid,
      { reference: 'dp-ade/2026-05-25', pence: 142_000, paidOn: '2026-05-25' },
      { reference: 'dp-ade/2026-04-27', pence: 7_000, paidOn: '2026-05-25' },
    ])
    expect(next.adjustments).toEqual([])
  })

  it('recovers the overpayment of a charge raised from 6 April from the next run’s payment', () => {
    const changed = unwrap(
      changeAgreement(
        adesAgreement(),
        { from: '2026-04-06', assessedWeeklyChargePence: 10_000, reason: 'Charge reassessed' },
        policy,
      ),
    )
    // £360.00 less £100.00 is £260.00 a week: £780.00 was due for the first 21 days and £1,040.00 for the next 28.
    const run = runOn(changed, '2026-05-25', firstTwoPaid)
    expect(adjustmentsOf(run).map(({ adjustsReference, kind, pence }) => [adjustsReference, kind, pence])).toEqual([
      ['dp-ade/2026-03-30', 'recovery', 18_000],
      ['dp-ade/2026-04-27', 'recovery', 24_000],
    ])
    expect(run.totalPence).toBe(104_000 - 42_000)
    expect(run.carriedForwardPence).toBe(0)
  })

  it('never pays anyone less than nothing: what a run cannot recover is left for later runs', () => {
    const suspended = unwrap(suspendAgreement(adesAgreement(), { from: '2026-04-06', reason: 'Card looked into' }))
    const run = runOn(suspended, '2026-05-25', firstTwoPaid)
    expect(run.payments).toEqual([])
    expect(run.adjustments).toEqual([])
    expect(run.totalPence).toBe(0)
    expect(run.carriedForwardPence).toBe(224_000)
    expect(run.explanation.at(-1)?.text).toBe(
      '£2,240.00 overpaid is left to recover from later runs: this run pays too little to take it from.',
    )
  })
})
