import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DIRECT_PAYMENT_POLICY as policy,
  changeAgreement,
  endAgreement,
  finalReconciliation,
  paymentSchedule,
  reconcile,
  type PaymentMadeInput,
} from '../src/index.js'
import { adesAgreement, unwrap } from './fixtures.js'

/** Every payment the schedule gave up to a date, as made on its due date. */
function paidAsScheduled(to: string): PaymentMadeInput[] {
  return unwrap(paymentSchedule(adesAgreement(), policy, { to })).payments.map((payment) => ({
    reference: payment.reference,
    pence: payment.pence,
    paidOn: payment.dueDate,
  }))
}

/** Ade's agreement changed from an effective date. */
const changedFrom = (change: Record<string, unknown>) => unwrap(changeAgreement(adesAgreement(), change, policy))

/** More PA hours from 11 May: the plan puts £395.00 a week into the payment. */
const moreHours = () =>
  changedFrom({ from: '2026-05-11', budgetWeeklyPence: 39_500, reason: 'Plan revised: more PA hours' })

describe('adjustments when the plan or the charge changes with an effective date (never by editing a payment)', () => {
  it('a plan increase backdated to 11 May gives arrears for the days already paid at the old rate', () => {
    const paid = paidAsScheduled('2026-05-31')
    const changed = moreHours()
    // From 11 May: £395.00 less the £40.00 charge is £355.00 a week. The period 27 April to 24 May is 14 days at
    // £320.00 (£640.00) and 14 days at £355.00 (£710.00): £1,350.00 against £1,280.00 paid, £70.00 in arrears.
    const result = unwrap(reconcile(changed, policy, paid, { upTo: '2026-05-31' }))
    expect(
      result.lines.map(({ reference, duePence, paidPence, differencePence, kind }) => ({
        reference,
        duePence,
        paidPence,
        differencePence,
        kind,
      })),
    ).toEqual([
      {
        reference: 'dp-ade/2026-04-27',
        duePence: 135_000,
        paidPence: 128_000,
        differencePence: 7_000,
        kind: 'arrears',
      },
      {
        reference: 'dp-ade/2026-05-25',
        duePence: 142_000,
        paidPence: 128_000,
        differencePence: 14_000,
        kind: 'arrears',
      },
    ])
    expect(result.owedToPersonPence).toBe(21_000)
    expect(result.explanation.at(-1)?.text).toBe('The council owes £210.00 (arrears).')
  })

  it('a higher charge from 27 April gives an overpayment to recover; the payments made are left as they were', () => {
    const paid = paidAsScheduled('2026-05-31')
    const before = JSON.stringify(paid)
    const changed = changedFrom({ from: '2026-04-27', assessedWeeklyChargePence: 6_000, reason: 'Charge reassessed' })
    const result = unwrap(reconcile(changed, policy, paid, { upTo: '2026-05-31' }))
    expect(result.owedToPersonPence).toBe(-16_000)
    expect(result.lines.every((line) => line.kind === 'overpayment' && line.differencePence === -8_000)).toBe(true)
    expect(JSON.stringify(paid)).toBe(before)
  })

  it('an arrears line once paid against its reference is settled: nothing more is owed', () => {
    const changed = moreHours()
    const paid = [
      ...paidAsScheduled('2026-05-31'),
      { reference: 'dp-ade/2026-04-27', pence: 7_000, paidOn: '2026-06-01' },
      { reference: 'dp-ade/2026-05-25', pence: 14_000, paidOn: '2026-06-01' },
    ]
    expect(unwrap(reconcile(changed, policy, paid, { upTo: '2026-05-31' }))).toMatchObject({
      owedToPersonPence: 0,
      lines: [],
    })
  })

  it('refuses a change before one already recorded, and a negative or non-numeric payment made', () => {
    const changed = moreHours()
    expect(
      changeAgreement(changed, { from: '2026-05-01', assessedWeeklyChargePence: 0, reason: 'x' }, policy),
    ).toMatchObject({ ok: false, errors: [{ path: 'from' }] })
    const refused = reconcile(
      changed,
      policy,
      [
        { reference: 'dp-ade/2026-04-27', pence: -1, paidOn: '2026-04-27' },
        { reference: 'r', pence: 'ten', paidOn: '2026-04-27' },
      ],
      { upTo: '2026-05-31' },
    )
    expect(refused).toMatchObject({
      ok: false,
      errors: [
        { path: 'paymentsMade.0.pence', message: 'The amount paid must be 0 or more, not a negative amount' },
        { path: 'paymentsMade.1.pence', message: expect.stringContaining('must be an amount in pence') },
      ],
    })
  })
})

describe('ending with a final reconciliation', () => {
  it('St Helens reclaims after a death: paid four-weekly in advance to 24 May, ended on 10 May, 14 days (£640.00) are owed back', () => {
    const ended = unwrap(endAgreement(adesAgreement(), { date: '2026-05-10', reason: 'death' }))
    const result = unwrap(finalReconciliation(ended, policy, paidAsScheduled('2026-05-24')))
    expect(result.duePence).toBe(96_000 + 64_000)
    expect(result.paidPence).toBe(96_000 + 128_000)
    expect(result.owedToPersonPence).toBe(-64_000)
    expect(result.explanation[0]?.text).toBe('The direct payment ended on 10 May 2026: the person died.')
    expect(result.explanation.slice(1).map((line) => line.text)).toEqual([
      'Due to the last day: £1,600.00. Paid: £2,240.00.',
      '£640.00 was overpaid and is owed back to the council.',
    ])
  })

  it('a payment made for a period wholly after the end is owed back in full', () => {
    const ended = unwrap(endAgreement(adesAgreement(), { date: '2026-04-26', reason: 'moved-away' }))
    const result = unwrap(finalReconciliation(ended, policy, paidAsScheduled('2026-05-24')))
    expect(result.lines).toMatchObject([
      { reference: 'dp-ade/2026-04-27', duePence: 0, paidPence: 128_000, kind: 'overpayment' },
    ])
  })

  it('refuses a final reconciliation before the payment has ended, and a second ending', () => {
    expect(finalReconciliation(adesAgreement(), policy, [])).toMatchObject({ ok: false, errors: [{ path: 'ending' }] })
    const ended = unwrap(endAgreement(adesAgreement(), { date: '2026-05-10', reason: 'breach' }))
    expect(endAgreement(ended, { date: '2026-05-11', reason: 'death' })).toMatchObject({
      ok: false,
      errors: [{ path: 'date' }],
    })
  })
})

describe('changes kept on record', () => {
  it('a second change from the same date is added after the first, which stays on record; the later one is in force', () => {
    const twice = unwrap(
      changeAgreement(moreHours(), { from: '2026-05-11', budgetWeeklyPence: 40_000, reason: 'Corrected' }, policy),
    )
    expect(twice.rates.map((rate) => [rate.from, rate.paymentWeeklyPence, rate.reason])).toEqual([
      ['2026-04-06', 32_000, 'Agreed from plan version 1'],
      ['2026-05-11', 35_500, 'Plan revised: more PA hours'],
      ['2026-05-11', 36_000, 'Corrected'],
    ])
    const due = unwrap(reconcile(twice, policy, paidAsScheduled('2026-05-31'), { upTo: '2026-05-31' }))
    expect(due.lines[0]).toMatchObject({ reference: 'dp-ade/2026-04-27', duePence: 64_000 + 72_000 })
  })
})
