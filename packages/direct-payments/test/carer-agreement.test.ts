import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DIRECT_PAYMENT_POLICY as policy,
  makeCarerAgreement,
  paymentRun,
  paymentSchedule,
  type CarerBudgetAgreementInput,
} from '../src/index.js'

// Ravi cares for his mother; Nottinghamshire's one-off £200.00 for a carer's own wellbeing (carers.md §4).
const ravi = (overrides: Partial<CarerBudgetAgreementInput> = {}): CarerBudgetAgreementInput => ({
  id: 'carer-dp-1',
  carerPlanId: 'carer-plan-1',
  planAgreedOn: '2026-05-01',
  outcomes: [{ words: 'I want to get back to my choir' }],
  supports: [{ description: 'Choir membership and travel', costPence: 20_000 }],
  budget: { kind: 'one-off', amountPence: 20_000 },
  chargePence: 0,
  recipient: { role: 'the-person', name: 'Ravi Shah' },
  account: { type: 'prepaid-card' },
  basis: 'net',
  startDate: '2026-05-04',
  ...overrides,
})

const made = (input: CarerBudgetAgreementInput) => {
  const result = makeCarerAgreement(input, policy)
  if (!result.ok) throw new Error(result.errors[0]?.message)
  return result.value
}

describe("a carer's budget as a direct payment", () => {
  it("a one-off budget (Nottinghamshire's £200.00) is one one-off payment on the start date, and nothing by the week", () => {
    const agreement = made(ravi())
    const schedule = paymentSchedule(agreement, policy, { to: '2027-12-31' })
    expect(
      schedule.ok && schedule.value.payments.map((payment) => [payment.kind, payment.dueDate, payment.pence]),
    ).toEqual([['one-off', '2026-05-04', 20_000]])
    expect(agreement.endDate).toBe('2027-05-03')
    expect(agreement.explanation.map((line) => line.text).join('\n')).toContain(
      'A one-off budget of £200.00, paid once on 4 May 2026, for the year to 3 May 2027.',
    )
  })

  it('a payment run pays the one-off once: a second run for a later period pays nothing more', () => {
    const agreement = made(ravi())
    const first = paymentRun([agreement], policy, { on: '2026-05-04', paidReferences: new Set() })
    expect(first.ok && first.value.payments.map((payment) => payment.pence)).toEqual([20_000])
    const paid = new Set(first.ok ? first.value.payments.map((payment) => payment.reference) : [])
    const later = paymentRun([agreement], policy, { on: '2026-06-15', paidReferences: paid })
    expect(later.ok && later.value.payments).toEqual([])
  })

  it('a one-off budget paid net takes off the carer’s charge; gross pays it all and invoices the charge', () => {
    const net = made(ravi({ chargePence: 2_500 }))
    expect(net.oneOffPayments[0]?.pence).toBe(17_500)
    const gross = made(ravi({ chargePence: 2_500, basis: 'gross' }))
    expect(gross.oneOffPayments[0]?.pence).toBe(20_000)
    expect(gross.explanation.some((line) => line.text.includes('is invoiced'))).toBe(true)
  })

  it('a recurring £520.00 a year follows the council’s four-weekly cycle at £10.00 a week, pro rata at the start', () => {
    const agreement = made(ravi({ budget: { kind: 'recurring', amountPence: 52_000, per: 'year' } }))
    expect(agreement.rates[0]?.paymentWeeklyPence).toBe(1_000)
    const schedule = paymentSchedule(agreement, policy, { to: '2026-06-30' })
    const payments = schedule.ok ? schedule.value.payments : []
    // The default cycle runs four-weekly from Monday 1 April 2024: periods start 27 April 2026 and 25 May 2026.
    expect(payments.map((payment) => [payment.kind, payment.periodStart, payment.pence])).toEqual([
      ['pro-rata', '2026-05-04', 3_000],
      ['regular', '2026-05-25', 4_000],
      ['regular', '2026-06-22', 4_000],
    ])
  })

  it('a recurring weekly budget less a weekly charge paid net', () => {
    const agreement = made(ravi({ budget: { kind: 'recurring', amountPence: 3_000, per: 'week' }, chargePence: 500 }))
    expect(agreement.rates[0]?.paymentWeeklyPence).toBe(2_500)
  })

  it('refuses a budget of nothing and a one-off charge above the budget paid net, naming the field', () => {
    const nothing = makeCarerAgreement(ravi({ budget: { kind: 'one-off', amountPence: 0 } }), policy)
    expect(!nothing.ok && nothing.errors[0]?.path).toBe('budget.amountPence')
    const tooMuch = makeCarerAgreement(ravi({ chargePence: 30_000 }), policy)
    expect(!tooMuch.ok && tooMuch.errors[0]).toMatchObject({
      path: 'chargePence',
      message: expect.stringContaining('pay it gross'),
    })
    const badPer = makeCarerAgreement(
      ravi({ budget: { kind: 'recurring', amountPence: 100, per: 'fortnight' as 'week' } }),
      policy,
    )
    expect(!badPer.ok && badPer.errors[0]?.message).toBe('Choose how often the carer’s budget is paid')
  })
})
