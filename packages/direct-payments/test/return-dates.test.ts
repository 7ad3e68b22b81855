import { describe, expect, it } from 'vitest'
import { DEFAULT_DIRECT_PAYMENT_POLICY as policy, checkReturn, placeSpend, type ReturnInput } from '../src/index.js'
import { adesAgreement, unwrap } from './fixtures.js'

/**
 * Returns are quarterly (Haringey, Sefton: direct-payments.md §4): each carries on from the last, so one quarter's
 * closing balance is the next quarter's opening balance, and no two returns cover the same day.
 */
const firstQuarter = { periodStart: '2026-04-06', periodEnd: '2026-07-05', closingBalancePence: 91_000 }

const secondQuarter = (overrides: Partial<ReturnInput> = {}): ReturnInput => ({
  periodStart: '2026-07-06',
  periodEnd: '2026-10-04',
  receivedOn: '2026-12-04',
  openingBalancePence: 91_000,
  paidInPence: 416_000,
  spend: [{ description: 'PA wages, mornings', pence: 400_000, supportId: 'pa-mornings' }],
  closingBalancePence: 107_000,
  ...overrides,
})

describe('the dates of a return', () => {
  it('refuses a period ending after the day the return was received, naming today and the date typed', () => {
    expect(checkReturn(adesAgreement(), policy, secondQuarter({ periodEnd: '2030-10-04' }))).toEqual({
      ok: false,
      errors: [
        {
          path: 'periodEnd',
          message: 'The period must end on or before today, 4 December 2026: it ends on 4 October 2030',
        },
      ],
    })
  })

  it('accepts a period ending on the day it is received', () => {
    expect(checkReturn(adesAgreement(), policy, secondQuarter({ periodEnd: '2026-12-04' })).ok).toBe(true)
  })

  it('refuses a period overlapping a return already sent, naming both periods', () => {
    expect(checkReturn(adesAgreement(), policy, secondQuarter({ periodStart: '2026-07-01' }), [firstQuarter])).toEqual({
      ok: false,
      errors: [
        {
          path: 'periodStart',
          message:
            'The period 1 July 2026 to 4 October 2026 overlaps the return already sent for 6 April 2026 to 5 July 2026: start the period after 5 July 2026',
        },
      ],
    })
    // The same quarter sent again overlaps itself.
    expect(
      checkReturn(
        adesAgreement(),
        policy,
        secondQuarter({ periodStart: firstQuarter.periodStart, periodEnd: firstQuarter.periodEnd }),
        [firstQuarter],
      ).ok,
    ).toBe(false)
  })

  it("asks nothing when the opening balance is the last return's closing balance", () => {
    const check = unwrap(checkReturn(adesAgreement(), policy, secondQuarter(), [firstQuarter]))
    expect(check.findings.filter((finding) => finding.kind === 'opening-balance-differs')).toEqual([])
  })

  it("asks about an opening balance that differs from the last return's closing balance, with the figures", () => {
    const check = unwrap(
      checkReturn(
        adesAgreement(),
        policy,
        secondQuarter({ openingBalancePence: 61_000, closingBalancePence: 77_000 }),
        [firstQuarter, { periodStart: '2026-01-01', periodEnd: '2026-04-05', closingBalancePence: 5 }],
      ),
    )
    const text =
      'The opening balance of £610.00 on 6 July 2026 is £300.00 less than the closing balance of £910.00 on the last return, for 6 April 2026 to 5 July 2026: ask about the difference.'
    expect(check.findings).toContainEqual({ kind: 'opening-balance-differs', pence: -30_000, text })
    expect(check.explanation.map((line) => line.text)).toContain(text)
  })

  it('keeps the question when the spend is placed again, checked against the returns sent before it', () => {
    const sent = secondQuarter({ openingBalancePence: 100_000, closingBalancePence: 116_000 })
    const placed = unwrap(placeSpend(adesAgreement(), policy, sent, ['pa-mornings'], [firstQuarter]))
    expect(placed.check.findings.map((finding) => finding.kind)).toContain('opening-balance-differs')
  })
})

describe('card statements taken on the same day', () => {
  it('may start on the day the last card statement ended (its rows told apart one by one); a typed return may not', () => {
    const lastCard = { ...firstQuarter, source: 'card-statement' as const }
    const sameDay = secondQuarter({ periodStart: '2026-07-05' })
    expect(checkReturn(adesAgreement(), policy, sameDay, [lastCard], { cardStatement: true }).ok).toBe(true)
    expect(checkReturn(adesAgreement(), policy, sameDay, [lastCard]).ok).toBe(false)
    expect(checkReturn(adesAgreement(), policy, sameDay, [firstQuarter], { cardStatement: true }).ok).toBe(false)
    // The day before the last one ended is still an overlap.
    expect(
      checkReturn(adesAgreement(), policy, secondQuarter({ periodStart: '2026-07-04' }), [lastCard], {
        cardStatement: true,
      }).ok,
    ).toBe(false)
  })
})
