import { describe, expect, it } from 'vitest'
import { DEFAULT_DIRECT_PAYMENT_POLICY, directPaymentPolicy, makeAgreement, paymentSchedule } from '../src/index.js'
import { agreementInput, unwrap } from './fixtures.js'

describe('a council direct-payment policy', () => {
  it('defaults: four-weekly in advance, 4 weeks of contingency, a surplus above 8 weeks, quarterly returns', () => {
    expect(unwrap(directPaymentPolicy({}))).toEqual(DEFAULT_DIRECT_PAYMENT_POLICY)
    expect(DEFAULT_DIRECT_PAYMENT_POLICY).toMatchObject({
      frequency: 'four-weekly',
      timing: 'in-advance',
      contingencyWeeks: 4,
      surplusThresholdWeeks: 8,
      returnFrequency: 'quarterly',
    })
  })

  it('refuses a surplus threshold below the contingency, and an unknown field, in plain English', () => {
    expect(directPaymentPolicy({ contingencyWeeks: 8, surplusThresholdWeeks: 4 })).toMatchObject({
      ok: false,
      errors: [{ path: 'surplusThresholdWeeks', message: expect.stringContaining('at least the contingency') }],
    })
    expect(directPaymentPolicy({ frequncy: 'monthly' })).toMatchObject({ ok: false, errors: [{ path: 'frequncy' }] })
    expect(directPaymentPolicy({ contingencyWeeks: 'four' })).toMatchObject({
      ok: false,
      errors: [{ path: 'contingencyWeeks', message: 'The contingency must be a number' }],
    })
  })

  it("Shropshire adds £61 a year for employer's liability insurance: paid at the start and each anniversary, only to PA employers", () => {
    const policy = unwrap(
      directPaymentPolicy({
        allowances: [{ id: 'eli', label: "Employer's liability insurance", pence: 6_100, per: 'year' }],
      }),
    )
    const employer = unwrap(makeAgreement(agreementInput({ employsPersonalAssistants: true }), policy))
    const payments = unwrap(paymentSchedule(employer, policy, { to: '2027-04-30' })).payments
    expect(
      payments.filter((payment) => payment.kind === 'allowance').map((payment) => [payment.dueDate, payment.pence]),
    ).toEqual([
      ['2026-04-06', 6_100],
      ['2027-04-06', 6_100],
    ])
    const notEmployer = unwrap(makeAgreement(agreementInput(), policy))
    expect(
      unwrap(paymentSchedule(notEmployer, policy, { to: '2027-04-30' })).payments.some(
        (payment) => payment.kind === 'allowance',
      ),
    ).toBe(false)
  })

  it('a weekly allowance is added to each week: £5.00 a week for payroll makes £325.00', () => {
    const policy = unwrap(
      directPaymentPolicy({ allowances: [{ id: 'payroll', label: 'Payroll service', pence: 500, per: 'week' }] }),
    )
    const agreement = unwrap(makeAgreement(agreementInput({ employsPersonalAssistants: true }), policy))
    expect(agreement.rates[0]?.paymentWeeklyPence).toBe(32_500)
  })
})
