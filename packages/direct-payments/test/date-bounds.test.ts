import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DIRECT_PAYMENT_POLICY as policy,
  changeAgreement,
  endAgreement,
  makeAgreement,
  paymentSchedule,
  resumeAgreement,
  statusOn,
  suspendAgreement,
} from '../src/index.js'
import { adesAgreement, agreementInput, unwrap } from './fixtures.js'

const messageOf = (result: { ok: boolean; errors?: { path: string; message: string }[] }) =>
  result.ok ? undefined : result.errors?.[0]?.message

// Issue 14 audit: a 1990 start date made a £233,718 first run, and a rate change dated 2099 was accepted.
describe('the dates an agreement accepts', () => {
  it('refuses a start before the plan version it comes from was agreed (Ade’s plan: 2 March 2026)', () => {
    const refused = makeAgreement(agreementInput({ startDate: '1990-01-01' }), policy)
    expect(refused).toMatchObject({ ok: false, errors: [{ path: 'startDate' }] })
    expect(messageOf(refused)).toBe(
      'The start date must be on or after 2 March 2026, when version 1 of the plan was agreed',
    )
    expect(makeAgreement(agreementInput({ startDate: '2026-03-01' }), policy).ok).toBe(false)
    expect(makeAgreement(agreementInput({ startDate: '2026-03-02' }), policy).ok).toBe(true)
  })

  it('refuses a start more than six months after today, saying the latest date', () => {
    const today = '2026-03-10'
    expect(makeAgreement(agreementInput({ startDate: '2026-09-10', today }), policy).ok).toBe(true)
    const refused = makeAgreement(agreementInput({ startDate: '2026-09-11', today }), policy)
    expect(messageOf(refused)).toBe('The start date must be no later than 10 September 2026, 6 months from today')
  })

  it('refuses a rate change, suspension, resumption or ending dated years ahead, naming the field', () => {
    const today = '2026-05-01'
    const agreement = adesAgreement()
    expect(
      messageOf(
        changeAgreement(agreement, { from: '2099-01-01', budgetWeeklyPence: 1, reason: 'Uplift', today }, policy),
      ),
    ).toBe('The date the change takes effect must be no later than 1 November 2026, 6 months from today')
    expect(messageOf(suspendAgreement(agreement, { from: '2099-01-01', reason: 'Card', today }))).toBe(
      'The date payments stop must be no later than 1 November 2026, 6 months from today',
    )
    const suspended = unwrap(suspendAgreement(agreement, { from: '2026-05-04', reason: 'Card', today }))
    expect(messageOf(resumeAgreement(suspended, { from: '2099-01-01', today }))).toBe(
      'The date payments start again must be no later than 1 November 2026, 6 months from today',
    )
    expect(messageOf(endAgreement(agreement, { date: '2099-01-01', reason: 'moved-away', today }))).toBe(
      'The last day of the direct payment must be no later than 1 November 2026, 6 months from today',
    )
    expect(
      changeAgreement(agreement, { from: '2026-11-01', budgetWeeklyPence: 1, reason: 'Uplift', today }, policy).ok,
    ).toBe(true)
  })

  it('takes a planned ending ahead: paid until then, the last period pro rata, then over', () => {
    // Ade moves to another council on Sunday 10 May 2026, known on 1 May; £320.00 a week from Monday 6 April.
    const ending = unwrap(
      endAgreement(adesAgreement(), { date: '2026-05-10', reason: 'moved-away', today: '2026-05-01' }),
    )
    expect(statusOn(ending, '2026-05-01')).toBe('active')
    expect(statusOn(ending, '2026-05-11')).toBe('ended')
    const payments = unwrap(paymentSchedule(ending, policy, { to: '2026-07-01' })).payments
    const last = payments.filter((payment) => payment.kind !== 'allowance').at(-1)
    expect(last).toMatchObject({ kind: 'pro-rata', periodEnd: '2026-05-10' })
    expect(payments.every((payment) => payment.periodStart <= '2026-05-10')).toBe(true)
  })
})
