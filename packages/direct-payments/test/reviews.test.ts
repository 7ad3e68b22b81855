import { describe, expect, it } from 'vitest'
import { nextDirectPaymentReview } from '../src/index.js'
import { unwrap } from './fixtures.js'

describe('direct-payment reviews (Care and Support (Direct Payments) Regulations 2014, regulation 7)', () => {
  it('reg 7: the first review within 6 months of the first payment', () => {
    const due = unwrap(nextDirectPaymentReview({ firstPaymentOn: '2026-04-06', on: '2026-09-01' }))
    expect(due).toMatchObject({ dueBy: '2026-10-06', first: true, overdue: false })
    expect(due.explanation[0]?.source).toBe('Care and Support (Direct Payments) Regulations 2014, regulation 7')
  })

  it('reg 7: then at intervals of no more than 12 months from the last review', () => {
    const due = unwrap(
      nextDirectPaymentReview({ firstPaymentOn: '2026-04-06', reviewsHeldOn: ['2026-09-28'], on: '2027-10-01' }),
    )
    expect(due).toMatchObject({ dueBy: '2027-09-28', first: false, overdue: true })
  })

  it('six months from 31 August is the last day of February', () => {
    expect(unwrap(nextDirectPaymentReview({ firstPaymentOn: '2027-08-31', on: '2027-09-01' })).dueBy).toBe('2028-02-29')
  })

  it('refuses a review dated before the first payment', () => {
    expect(
      nextDirectPaymentReview({ firstPaymentOn: '2026-04-06', reviewsHeldOn: ['2026-01-01'], on: '2026-09-01' }),
    ).toMatchObject({
      ok: false,
      errors: [{ path: 'reviewsHeldOn.0' }],
    })
  })
})
