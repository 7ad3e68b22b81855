import { describe, expect, it } from 'vitest'
import { deliveryMechanismOf, planDeliveryMechanisms } from '../src/index.js'

const shares = (dp: number, managed: number, isf: number) => ({
  directPaymentWeeklyPence: dp,
  managedAccountWeeklyPence: managed,
  individualServiceFundWeeklyPence: isf,
})

describe('the delivery mechanism for Client Level Data (statutory-returns.md section 4; direct-payments.md section 3)', () => {
  it('is Direct Payment for money the person holds, CASSR Managed Personal Budget for an individual service fund', () => {
    expect(deliveryMechanismOf({ type: 'own-bank-account' })).toBe('direct-payment')
    expect(deliveryMechanismOf({ type: 'prepaid-card' })).toBe('direct-payment')
    // Gloucestershire 5.4: a direct payment made into a managed account a DP support service runs for the person.
    expect(deliveryMechanismOf({ type: 'managed-account' })).toBe('direct-payment')
    // direct-payments.md section 3: an ISF "counted as a council-managed personal budget in CLD, not a DP".
    expect(deliveryMechanismOf({ type: 'individual-service-fund' })).toBe('cassr-managed-personal-budget')
  })

  it('counts a plan with no agreement by its shares: a managed account the council holds is not a direct payment', () => {
    const split = planDeliveryMechanisms(shares(12_000, 3_000, 2_000), [])
    expect(split['direct-payment']).toBe(12_000)
    expect(split['cassr-managed-personal-budget']).toBe(5_000)
    expect(split.explanation).toEqual([
      '£120.00 a week by direct payment is Direct Payment: the person holds the money (statutory-returns.md; direct-payments.md section 3).',
      '£30.00 a week by managed account is CASSR Managed Personal Budget: no direct-payment agreement pays it, so the council holds it (statutory-returns.md; direct-payments.md section 3).',
      '£20.00 a week by individual service fund is CASSR Managed Personal Budget: a provider holds it for the person and the council pays it (statutory-returns.md; direct-payments.md section 3).',
    ])
  })

  it('counts a managed account paid under a direct-payment agreement as a Direct Payment (ASCOF 3D part 2a)', () => {
    const split = planDeliveryMechanisms(shares(12_000, 3_000, 0), ['prepaid-card', 'managed-account'])
    expect(split['direct-payment']).toBe(15_000)
    expect(split['cassr-managed-personal-budget']).toBe(0)
    expect(split.explanation[1]).toBe(
      '£30.00 a week by managed account is Direct Payment: a direct-payment agreement pays it into a managed account a provider runs for the person (statutory-returns.md; direct-payments.md section 3).',
    )
  })

  it('keeps an individual service fund a CASSR Managed Personal Budget even when an agreement pays it', () => {
    const split = planDeliveryMechanisms(shares(0, 0, 25_000), ['individual-service-fund'])
    expect(split).toMatchObject({ 'direct-payment': 0, 'cassr-managed-personal-budget': 25_000 })
  })
})
