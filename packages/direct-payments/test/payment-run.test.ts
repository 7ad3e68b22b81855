import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DIRECT_PAYMENT_POLICY as policy,
  deliveryMechanismOf,
  paymentRun,
  suspendAgreement,
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

describe('the delivery mechanism for Client Level Data', () => {
  it('is Direct Payment for money the person holds, CASSR Managed Personal Budget for an individual service fund', () => {
    expect(deliveryMechanismOf({ type: 'own-bank-account' })).toBe('direct-payment')
    expect(deliveryMechanismOf({ type: 'prepaid-card' })).toBe('direct-payment')
    expect(deliveryMechanismOf({ type: 'managed-account', provider: 'DPSS' })).toBe('direct-payment')
    expect(deliveryMechanismOf({ type: 'individual-service-fund', provider: 'Carewell' })).toBe(
      'cassr-managed-personal-budget',
    )
  })
})
