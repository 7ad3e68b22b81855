import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DIRECT_PAYMENT_POLICY as policy,
  checkReturn,
  decideSurplus,
  endAgreement,
  suspendAgreement,
  type ReturnInput,
} from '../src/index.js'
import { adesAgreement, unwrap } from './fixtures.js'

/** A quarter's return (13 weeks) for Ade, whose payment is £320.00 a week. */
const quarter = (overrides: Partial<ReturnInput> = {}): ReturnInput => ({
  periodStart: '2026-04-06',
  periodEnd: '2026-07-05',
  receivedOn: '2026-07-20',
  openingBalancePence: 0,
  paidInPence: 416_000,
  contributionsPaidInPence: 52_000,
  spend: [
    { description: 'PA wages, mornings', pence: 195_000, supportId: 'pa-mornings' },
    { description: 'Agency invoices', pence: 182_000, supportId: 'agency-evenings' },
  ],
  closingBalancePence: 91_000,
  ...overrides,
})

describe('monitoring returns', () => {
  it('Haringey and Sefton expect 4 to 8 weeks in credit: a balance of £910.00 (2.8 weeks) matches and is no surplus', () => {
    const check = unwrap(checkReturn(adesAgreement(), policy, quarter()))
    expect(check).toMatchObject({
      expectedBalancePence: 91_000,
      unexplainedPence: 0,
      surplusPence: 0,
      recoveryOptions: [],
    })
    expect(check.explanation.map((line) => line.text)).toContain(
      '£910.00 is 2.8 weeks of the £320.00 weekly payment. The council allows 4 weeks (£1,280.00) for contingencies and acts on a balance above 8 weeks (£2,560.00).',
    )
  })

  it('St Helens reclaims a surplus over 8 weeks: £3,000.00 is above £2,560.00, so £1,720.00 above the 4-week contingency is offered for recovery', () => {
    const check = unwrap(
      checkReturn(adesAgreement(), policy, quarter({ openingBalancePence: 209_000, closingBalancePence: 300_000 })),
    )
    expect(check.surplusPence).toBe(172_000)
    expect(check.recoveryOptions).toEqual(['reduce-future-payments', 'invoice'])
  })

  it('Gateshead recoups overpaid council money from the card: a prepaid card adds that option', () => {
    const card = adesAgreement({ account: { type: 'prepaid-card' } })
    const check = unwrap(
      checkReturn(card, policy, quarter({ openingBalancePence: 209_000, closingBalancePence: 300_000 })),
    )
    expect(check.recoveryOptions).toEqual(['reduce-future-payments', 'recoup-from-card', 'invoice'])
    const decision = unwrap(
      decideSurplus(check, {
        option: 'recoup-from-card',
        pence: 172_000,
        reason: 'No planned use; Ade agreed on the phone',
        decidedOn: '2026-07-27',
      }),
    )
    expect(decision).toMatchObject({ option: 'recoup-from-card', pence: 172_000 })
    expect(decision.explanation[0]?.text).toContain('Reason: No planned use')
  })

  it('a surplus decision needs a reason, an option open to the account and no more than the surplus', () => {
    const check = unwrap(
      checkReturn(adesAgreement(), policy, quarter({ openingBalancePence: 209_000, closingBalancePence: 300_000 })),
    )
    expect(
      decideSurplus(check, { option: 'recoup-from-card', pence: 1, reason: 'x', decidedOn: '2026-07-27' }),
    ).toMatchObject({ ok: false, errors: [{ path: 'option' }] })
    expect(
      decideSurplus(check, { option: 'invoice', pence: 172_001, reason: 'x', decidedOn: '2026-07-27' }),
    ).toMatchObject({ ok: false, errors: [{ path: 'pence' }] })
    expect(decideSurplus(check, { option: 'invoice', pence: 1, reason: '  ', decidedOn: '2026-07-27' })).toMatchObject({
      ok: false,
      errors: [{ path: 'reason', message: 'The reason for the decision must not be empty' }],
    })
    expect(
      unwrap(
        decideSurplus(check, {
          option: 'keep',
          pence: 0,
          reason: 'Saving for a holiday with a PA in August',
          decidedOn: '2026-07-27',
        }),
      ).pence,
    ).toBe(0)
  })

  it('a closing balance that does not add up is shown with the difference', () => {
    const check = unwrap(checkReturn(adesAgreement(), policy, quarter({ closingBalancePence: 80_000 })))
    expect(check.unexplainedPence).toBe(-11_000)
    expect(check.explanation[1]?.text).toBe(
      'The closing balance is £800.00, £110.00 less than expected: ask about the difference.',
    )
  })

  it('Care Act s33(3): spend outside every agreed outcome is flagged', () => {
    const check = unwrap(
      checkReturn(
        adesAgreement(),
        policy,
        quarter({
          spend: [...(quarter().spend ?? []), { description: 'Television', pence: 40_000, supportId: null }],
          closingBalancePence: 51_000,
        }),
      ),
    )
    expect(check.findings).toEqual([
      expect.objectContaining({
        kind: 'outside-agreed-outcomes',
        pence: 40_000,
        text: expect.stringContaining('Television (£400.00) is not for any support in the plan'),
      }),
    ])
  })

  it('TLAP flexibility rule: money moved from the agency to the PA within "mornings" is within the outcome, not flagged for review', () => {
    const spend = [
      { description: 'PA wages, mornings and evenings', pence: 300_000, supportId: 'pa-mornings' },
      { description: 'Agency invoices', pence: 77_000, supportId: 'agency-evenings' },
    ]
    const check = unwrap(checkReturn(adesAgreement(), policy, quarter({ spend })))
    expect(check.findings.map((finding) => finding.kind)).toEqual(['moved-within-an-outcome'])
    expect(check.findings[0]?.text).toContain('within the flexibility rule')
  })

  it('money moved from one outcome to another is flagged as over that outcome', () => {
    const spend = [{ description: 'Gym membership for a year', pence: 100_000, supportId: 'gym' }]
    const check = unwrap(checkReturn(adesAgreement(), policy, quarter({ spend, closingBalancePence: 368_000 })))
    expect(check.findings).toEqual([
      expect.objectContaining({ kind: 'over-an-outcome', outcomeId: 'out', pence: 9_000 }),
    ])
  })

  it('refuses a return dated outside the agreement, plainly', () => {
    expect(checkReturn(adesAgreement(), policy, quarter({ periodStart: '2026-03-01' }))).toEqual({
      ok: false,
      errors: [
        {
          path: 'periodStart',
          message: 'The return starts on 1 March 2026, before the agreement, which runs from 6 April 2026 onwards',
        },
      ],
    })
    const ended = unwrap(endAgreement(adesAgreement(), { date: '2026-06-30', reason: 'person-chose' }))
    expect(checkReturn(ended, policy, quarter())).toMatchObject({
      ok: false,
      errors: [
        {
          path: 'periodEnd',
          message: expect.stringContaining('after the agreement, which runs from 6 April 2026 to 30 June 2026'),
        },
      ],
    })
  })

  it('refuses a return for a suspended agreement, saying since when and why', () => {
    const suspended = unwrap(suspendAgreement(adesAgreement(), { from: '2026-07-10', reason: 'returns not sent' }))
    expect(checkReturn(suspended, policy, quarter())).toEqual({
      ok: false,
      errors: [
        {
          path: 'agreementId',
          message:
            'Payments on this agreement are suspended since 10 July 2026 (returns not sent): a return is not checked until they start again',
        },
      ],
    })
  })

  it('refuses negative and non-numeric amounts, naming each', () => {
    const refused = checkReturn(adesAgreement(), policy, {
      ...quarter(),
      closingBalancePence: -100,
      spend: [{ description: 'Agency', pence: '£12', supportId: 'agency-evenings' }],
    })
    expect(refused).toEqual({
      ok: false,
      errors: [
        { path: 'closingBalancePence', message: 'The closing balance must be 0 or more, not a negative amount' },
        {
          path: 'spend.0.pence',
          message: 'The amount spent must be an amount in pence, such as 1550 for £15.50, not "£12"',
        },
      ],
    })
  })
})

describe('a balance when the council pays nothing', () => {
  it("is the person's own money: with a charge as large as the budget there is no surplus to recover", () => {
    const check = unwrap(
      checkReturn(
        adesAgreement({ assessedWeeklyChargePence: 36_000 }),
        policy,
        quarter({ paidInPence: 0, contributionsPaidInPence: 468_000, closingBalancePence: 91_000 }),
      ),
    )
    expect(check).toMatchObject({ weeklyPaymentPence: 0, surplusPence: 0, recoveryOptions: [] })
  })
})
