import { describe, expect, it } from 'vitest'
import { DEFAULT_DIRECT_PAYMENT_POLICY as policy, placeSpend, type ReturnInput } from '../src/index.js'
import { adesAgreement, unwrap } from './fixtures.js'

/** A quarter's card return for Ade (£320.00 a week): four card lines, placed against nothing as they arrive. */
const cardReturn = (): ReturnInput => ({
  periodStart: '2026-04-06',
  periodEnd: '2026-07-05',
  receivedOn: '2026-07-20',
  openingBalancePence: 0,
  paidInPence: 416_000,
  contributionsPaidInPence: 52_000,
  spend: [
    { date: '2026-04-30', description: 'J Smith wages', pence: 300_000, supportId: null },
    { date: '2026-05-31', description: 'Carewell Ltd', pence: 77_000, supportId: null },
    { date: '2026-06-02', description: 'Leisure centre', pence: 1_000, supportId: null },
    { date: '2026-06-20', description: 'Currys', pence: 40_000, supportId: null },
  ],
  closingBalancePence: 50_000,
})

describe('placing a return’s spend against the plan’s supports (issue 14)', () => {
  it('flags every line as outside the agreed outcomes until it is placed', () => {
    const { check } = unwrap(placeSpend(adesAgreement(), policy, cardReturn(), [null, null, null, null]))
    expect(check.findings.filter((finding) => finding.kind === 'outside-agreed-outcomes')).toHaveLength(4)
  })

  it('TLAP flexibility rule: wages above the PA’s share but within "mornings" are not asked about; the television is', () => {
    const { input, check } = unwrap(
      placeSpend(adesAgreement(), policy, cardReturn(), ['pa-mornings', 'agency-evenings', 'gym', null]),
    )
    expect(input.spend?.map((line) => line.supportId)).toEqual(['pa-mornings', 'agency-evenings', 'gym', null])
    expect(check.findings.map((finding) => [finding.kind, finding.pence])).toEqual([
      ['outside-agreed-outcomes', 40_000],
      // Mornings' share for 91 days is £3,770.00 (£150.00 + £140.00 a week × 13): £3,000.00 + £770.00 is within it.
      ['moved-within-an-outcome', 105_000],
    ])
    expect(check.findings[0]?.text).toBe(
      'Currys (£400.00) is not for any support in the plan, so it meets none of the agreed outcomes: ask about it.',
    )
    expect(check.findings[1]?.text).toContain('within the flexibility rule, nothing to ask')
  })

  it('flags spend placed on one outcome beyond its share, even when the budget as a whole is not exceeded', () => {
    const { check } = unwrap(
      placeSpend(adesAgreement(), policy, cardReturn(), ['pa-outings', 'pa-mornings', 'gym', 'gym']),
    )
    expect(check.findings.map((finding) => [finding.kind, finding.outcomeId])).toEqual([['over-an-outcome', 'out']])
  })

  it('refuses a support the plan does not have, naming the line, and a placement that misses a line', () => {
    expect(placeSpend(adesAgreement(), policy, cardReturn(), ['pa-mornings', 'cinema', null, null])).toEqual({
      ok: false,
      errors: [
        {
          path: 'spend.1.supportId',
          message: "Spend line 2 (Carewell Ltd): choose one of the plan's supports, or none of them",
        },
      ],
    })
    const short = placeSpend(adesAgreement(), policy, cardReturn(), ['pa-mornings'])
    expect(!short.ok && short.errors[0]?.message).toBe('The return has 4 spend lines: place each of them, not 1')
  })
})
