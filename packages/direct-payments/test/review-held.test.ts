import { describe, expect, it } from 'vitest'
import { recordReviewHeld } from '../src/index.js'
import { unwrap } from './fixtures.js'

describe('a direct-payment review held (Care and Support (Direct Payments) Regulations 2014, regulation 7)', () => {
  it('reg 7: the first review held five months in sets the next no more than 12 months after it', () => {
    const held = unwrap(
      recordReviewHeld({
        firstPaymentOn: '2026-04-06',
        heldOn: '2026-09-14',
        outcome: 'continue',
        notes: 'Ade manages the card well; the PA covers mornings.',
        on: '2026-09-15',
      }),
    )
    expect(held).toMatchObject({ heldOn: '2026-09-14', outcome: 'continue', nextDueBy: '2027-09-14' })
    expect(held.explanation.map((line) => line.text)).toEqual([
      'Review held on 14 September 2026: Direct payments remain an appropriate way to meet the needs.',
      'The last review was on 14 September 2026; the next is due within 12 months: by 14 September 2027.',
    ])
    expect(held.explanation[1]?.source).toBe('Care and Support (Direct Payments) Regulations 2014, regulation 7')
  })

  it('counts from the latest review, whichever order the earlier ones are given in', () => {
    const held = unwrap(
      recordReviewHeld({
        firstPaymentOn: '2026-04-06',
        reviewsHeldOn: ['2027-09-01', '2026-09-14'],
        heldOn: '2027-03-01',
        outcome: 'continue-with-changes',
        notes: 'A review brought forward after a change of capacity (reg 7(1)(c)).',
        on: '2027-10-01',
      }),
    )
    expect(held.nextDueBy).toBe('2028-09-01')
  })

  it('refuses a review in the future, before the first payment, without an outcome or without notes', () => {
    const base = { firstPaymentOn: '2026-04-06', outcome: 'continue', notes: 'Fine', on: '2026-09-15' }
    expect(recordReviewHeld({ ...base, heldOn: '2026-09-16' })).toEqual({
      ok: false,
      errors: [{ path: 'heldOn', message: 'The date the review was held must be today or in the past' }],
    })
    const early = recordReviewHeld({ ...base, heldOn: '2026-04-05' })
    expect(!early.ok && early.errors[0]?.message).toMatch(/on or after the first payment, on 6 April 2026/)
    const bad = recordReviewHeld({ ...base, heldOn: '2026-09-01', outcome: 'maybe', notes: ' ' })
    expect(!bad.ok && bad.errors.map((found) => [found.path, found.message])).toEqual([
      ['outcome', 'Choose the outcome of the review'],
      ['notes', 'Enter what the review found'],
    ])
  })
})
