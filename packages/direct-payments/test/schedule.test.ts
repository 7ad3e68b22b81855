import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DIRECT_PAYMENT_POLICY as policy,
  directPaymentPolicy,
  paymentSchedule,
  suspendAgreement,
} from '../src/index.js'
import { adesAgreement, unwrap } from './fixtures.js'

describe('the payment schedule', () => {
  it('four-weekly in advance by default, the first part period pro rata: 21 of 28 days of £1,280.00 is £960.00 on 6 April', () => {
    const schedule = unwrap(paymentSchedule(adesAgreement(), policy, { to: '2026-06-30' }))
    expect(
      schedule.payments.map(({ kind, periodStart, periodEnd, dueDate, pence }) => ({
        kind,
        periodStart,
        periodEnd,
        dueDate,
        pence,
      })),
    ).toEqual([
      { kind: 'pro-rata', periodStart: '2026-04-06', periodEnd: '2026-04-26', dueDate: '2026-04-06', pence: 96_000 },
      { kind: 'regular', periodStart: '2026-04-27', periodEnd: '2026-05-24', dueDate: '2026-04-27', pence: 128_000 },
      { kind: 'regular', periodStart: '2026-05-25', periodEnd: '2026-06-21', dueDate: '2026-05-25', pence: 128_000 },
      { kind: 'regular', periodStart: '2026-06-22', periodEnd: '2026-07-19', dueDate: '2026-06-22', pence: 128_000 },
    ])
    expect(schedule.payments[0]?.explanation[0]?.text).toBe(
      "6 April 2026 to 26 April 2026: 21 of the period's 28 days; the whole period is 4 weeks at £320.00 a week, £1,280.00, so £1,280.00 × 21 ÷ 28 = £960.00.",
    )
    expect(schedule.rulesVersion).toMatch(/^direct-payments-rules-/)
  })

  it('pays the last part period pro rata to the end date: 10 May is 14 of 28 days, £640.00', () => {
    const schedule = unwrap(paymentSchedule(adesAgreement({ endDate: '2026-05-10' }), policy, { to: '2027-01-01' }))
    expect(schedule.payments.map((payment) => [payment.periodEnd, payment.pence])).toEqual([
      ['2026-04-26', 96_000],
      ['2026-05-10', 64_000],
    ])
  })

  it('in arrears, a period is paid the day after it ends', () => {
    const arrears = unwrap(directPaymentPolicy({ timing: 'in-arrears' }))
    const schedule = unwrap(paymentSchedule(adesAgreement(), arrears, { to: '2026-05-01' }))
    expect(schedule.payments.map((payment) => payment.dueDate)).toEqual(['2026-04-27', '2026-05-25'])
  })

  it("monthly (Gloucestershire pays the plan amount monthly): a month is 52 weeks ÷ 12, £1,386.67, and 25 of April's 30 days £1,155.56", () => {
    const monthly = unwrap(directPaymentPolicy({ frequency: 'monthly' }))
    const schedule = unwrap(paymentSchedule(adesAgreement(), monthly, { to: '2026-05-31' }))
    expect(schedule.payments.map((payment) => [payment.periodStart, payment.pence])).toEqual([
      ['2026-04-06', 115_556],
      ['2026-05-01', 138_667],
    ])
    // Each figure with how it was worked out (issue 14): the month's amount from the weekly rate, then April's share.
    expect(schedule.payments.map((payment) => payment.explanation[0]?.text)).toEqual([
      "6 April 2026 to 30 April 2026: 25 of the period's 30 days; the whole period is £320.00 a week × 52 weeks ÷ 12 months, £1,386.67 a month to the nearest penny, so £1,386.67 × 25 ÷ 30 = £1,155.56.",
      '1 May 2026 to 31 May 2026: £1,386.67, £320.00 a week × 52 weeks ÷ 12 months, £1,386.67 a month to the nearest penny.',
    ])
  })

  it('adds one-off payments on their dates', () => {
    const agreement = adesAgreement({
      oneOffPayments: [{ date: '2026-05-03', pence: 45_000, description: 'Riser chair' }],
    })
    const schedule = unwrap(paymentSchedule(agreement, policy, { to: '2026-05-31' }))
    expect(schedule.payments.find((payment) => payment.kind === 'one-off')).toMatchObject({
      dueDate: '2026-05-03',
      pence: 45_000,
    })
  })

  it('pays nothing for days suspended: suspended from 11 May, the period from 27 April pays 14 of 28 days', () => {
    const suspended = unwrap(
      suspendAgreement(adesAgreement(), { from: '2026-05-11', reason: 'Unusual card transactions being looked into' }),
    )
    const schedule = unwrap(paymentSchedule(suspended, policy, { to: '2026-06-30' }))
    expect(schedule.payments.map((payment) => payment.pence)).toEqual([96_000, 64_000])
  })

  it('refuses a schedule to a date that is not real', () => {
    expect(paymentSchedule(adesAgreement(), policy, { to: '2026-13-01' })).toMatchObject({
      ok: false,
      errors: [{ path: 'to' }],
    })
  })
})
