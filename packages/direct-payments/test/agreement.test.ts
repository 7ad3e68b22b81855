import { describe, expect, it } from 'vitest'
import { DEFAULT_DIRECT_PAYMENT_POLICY as policy, makeAgreement, RULES_VERSION } from '../src/index.js'
import { adesAgreement, agreementInput, planRecord } from './fixtures.js'

describe('an agreement from the plan in force', () => {
  it("net of the assessed charge (statutory guidance ch. 12; Cornwall pays net): Ade's £360.00 less his £40.00 charge is £320.00 a week", () => {
    const agreement = adesAgreement()
    expect(agreement.rates[0]?.paymentWeeklyPence).toBe(32_000)
    expect(agreement.planVersion).toBe(1)
    expect(agreement.rulesVersion).toBe(RULES_VERSION)
    const text = agreement.explanation.map((line) => line.text).join('\n')
    expect(text).toContain('the assessed charge of £40.00 a week is taken off')
    expect(text).toContain('The council pays £320.00 a week.')
  })

  it('gross (Hartlepool pays gross and invoices the charge 4-weekly): the whole £360.00 is paid and the charge is invoiced', () => {
    const agreement = adesAgreement({ basis: 'gross' })
    expect(agreement.rates[0]?.paymentWeeklyPence).toBe(36_000)
    expect(agreement.explanation.some((line) => line.text.includes('invoiced to the person'))).toBe(true)
  })

  it('a charge above the payment leaves the council paying nothing towards it, never a negative payment', () => {
    expect(adesAgreement({ assessedWeeklyChargePence: 50_000 }).rates[0]?.paymentWeeklyPence).toBe(0)
  })

  it('Care Act s31: a nominated person must agree to receive the payments', () => {
    const refused = makeAgreement(
      agreementInput({ recipient: { role: 'nominated-person', name: 'Tola Bello', agreedToReceive: false as true } }),
      policy,
    )
    expect(refused.ok).toBe(false)
    if (!refused.ok)
      expect(refused.errors[0]).toMatchObject({
        path: 'recipient.agreedToReceive',
        message: expect.stringContaining('must agree'),
      })
  })

  it('Care Act s32: an authorised person for someone lacking capacity is named with their authority and the best-interests duty', () => {
    const agreement = adesAgreement({
      recipient: { role: 'authorised-person', name: 'Tola Bello', authority: 'court-appointed-deputy' },
    })
    expect(agreement.explanation.find((line) => line.kind === 'recipient')).toMatchObject({
      text: expect.stringContaining('best interests'),
      source: 'Care Act 2014, section 32',
    })
  })

  it('is refused from a plan not yet in force, saying why', () => {
    const refused = makeAgreement(agreementInput({ planRecord: planRecord('approved') }), policy)
    expect(refused).toEqual({
      ok: false,
      errors: [{ path: 'planRecord', message: expect.stringContaining('The plan is approved') }],
    })
  })

  it('is refused for a managed account when the plan puts nothing into one', () => {
    const refused = makeAgreement(agreementInput({ account: { type: 'managed-account', provider: 'DPSS' } }), policy)
    expect(refused.ok).toBe(false)
    if (!refused.ok)
      expect(refused.errors[0]).toMatchObject({
        path: 'account.type',
        message: expect.stringContaining('puts nothing into a managed account'),
      })
  })

  it('names each bad field in plain English: a negative charge, text for an amount, an impossible date, an unknown account type', () => {
    const refused = makeAgreement(
      {
        ...agreementInput(),
        assessedWeeklyChargePence: -5,
        startDate: '2026-02-30',
        account: { type: 'savings-jar' },
        oneOffPayments: [{ date: '2026-05-01', pence: '12', description: 'Chair' }],
      },
      policy,
    )
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    const byPath = Object.fromEntries(refused.errors.map((found) => [found.path, found.message]))
    expect(byPath.assessedWeeklyChargePence).toBe('The assessed weekly charge must be 0 or more, not a negative amount')
    expect(byPath.startDate).toContain('must be a real date')
    expect(byPath['account.type']).toContain('must be one of')
    expect(byPath['oneOffPayments.0.pence']).toContain('must be an amount in pence')
  })
})
