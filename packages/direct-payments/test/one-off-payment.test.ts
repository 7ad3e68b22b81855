import { describe, expect, it } from 'vitest'
import { DEFAULT_DIRECT_PAYMENT_POLICY as policy, addOneOffPayment, paymentSchedule } from '../src/index.js'
import { adesAgreement, unwrap } from './fixtures.js'

// Issue 14: "one-off payments" in the schedule, added by the finance officer after the agreement is made.
describe('a one-off payment added to an agreement', () => {
  it('is paid on its date beside the regular payments, and one added later never renumbers an earlier one', () => {
    const chair = unwrap(
      addOneOffPayment(adesAgreement(), {
        date: '2026-05-03',
        pence: 45_000,
        description: 'Riser chair',
        today: '2026-05-01',
      }),
    )
    const both = unwrap(
      addOneOffPayment(chair, {
        date: '2026-06-01',
        pence: 12_000,
        description: 'Training for a new personal assistant',
      }),
    )
    const oneOffs = unwrap(paymentSchedule(both, policy, { to: '2026-06-30' })).payments.filter(
      (payment) => payment.kind === 'one-off',
    )
    expect(oneOffs.map(({ reference, dueDate, pence }) => ({ reference, dueDate, pence }))).toEqual([
      { reference: `${both.id}/one-off/1`, dueDate: '2026-05-03', pence: 45_000 },
      { reference: `${both.id}/one-off/2`, dueDate: '2026-06-01', pence: 12_000 },
    ])
  })

  it('is refused, naming the field, for no amount, a date before the agreement or years ahead, and no reason', () => {
    const refused = (input: Record<string, unknown>) => {
      const result = addOneOffPayment(adesAgreement(), {
        date: '2026-05-03',
        pence: 45_000,
        description: 'Riser chair',
        today: '2026-05-01',
        ...input,
      })
      return result.ok ? [] : result.errors.map((found) => `${found.path}: ${found.message}`)
    }
    expect(refused({ pence: 0 })).toEqual(['pence: The one-off payment must be more than £0.00'])
    expect(refused({ date: '2026-01-05' })).toEqual([
      'date: The date must be on or after the agreement starts (6 April 2026)',
    ])
    expect(refused({ date: '2099-05-03' })).toEqual([
      'date: The date must be no later than 1 November 2026, 6 months from today',
    ])
    expect(refused({ description: '  ' })).toEqual(['description: What the one-off payment is for must not be empty'])
  })
})
