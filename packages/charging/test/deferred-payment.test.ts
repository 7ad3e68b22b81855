import { describe, expect, it } from 'vitest'
import { deferredPaymentStatement, type DeferredPaymentInputInput } from '@open-sds/charging'
import { errorsOf } from './fixtures.js'

const base: DeferredPaymentInputInput = {
  propertyValuePence: 10_000_000,
  otherCapitalPence: 500_000,
  weeklyFeePence: 80_000,
  weeklyIncomePence: 30_000,
  agreementStart: '2025-06-02',
}

function statement(input: Partial<DeferredPaymentInputInput> = {}, now = '2025-06-30') {
  const result = deferredPaymentStatement({ ...base, ...input }, { now })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}
const text = (s: ReturnType<typeof statement>) => s.explanation.map((step) => step.text).join('\n')

describe('deferred payment agreements (SI 2014/2671; charging.md, "Deferred payment agreements")', () => {
  it('Durham: a £100,000 home gives an equity limit of £75,750 (less 10% and the £14,250 lower capital limit)', () => {
    expect(statement().equityLimitPence).toBe(7_575_000)
  })

  it('the person keeps up to £144 a week of income and pays the rest towards the fee; the remainder is deferred', () => {
    const s = statement()
    expect(s.weekly).toEqual({
      feePence: 80_000,
      incomePence: 30_000,
      disposableIncomeKeptPence: 14_400,
      paidFromIncomePence: 15_600,
      careDeferredPence: 64_400,
      topUpDeferredPence: 0,
    })
    // 2 June to 30 June: four weekly deferrals (2, 9, 16 and 23 June), no interest charged.
    expect(s.totals).toMatchObject({
      weeks: 4,
      careDeferredPence: 4 * 64_400,
      owedPence: 4 * 64_400,
      interestAddedPence: 0,
    })
    expect(text(s)).toContain('You pay £156.00 a week from your income')
    expect(text(s)).toContain('The council charges no interest on this agreement.')
  })

  it('refuses keeping more than the disposable income allowance', () => {
    expect(
      errorsOf(deferredPaymentStatement({ ...base, disposableIncomeKeptPence: 14_401 }, { now: '2025-06-30' }))[0]
        ?.path,
    ).toBe('disposableIncomeKeptPence')
  })

  it('must be offered at "less than or equal to" the upper capital limit', () => {
    expect(statement({ otherCapitalPence: 2_325_000 }).mustOffer).toBe(true)
    expect(statement({ otherCapitalPence: 2_325_001 }).mustOffer).toBe(false)
  })

  it('compounds interest daily at the national maximum (gilt rate + 0.15%), resetting on 1 July', () => {
    const s = statement(
      {
        weeklyIncomePence: 14_400,
        interestPeriods: [
          { from: '2025-01-01', giltRatePercent: 3.65, source: 'OBR EFO (test figure)' },
          { from: '2025-07-01', giltRatePercent: 4.85, source: 'OBR EFO (test figure)' },
        ],
      },
      '2025-07-03',
    )
    // 80,000 a week deferred from 2 June (5 weeks to 3 July); 3.8% to 30 June, 5% from 1 July.
    let balance = 0
    let carry = 0
    let interest = 0
    for (let day = 0; day < 31; day += 1) {
      if (day % 7 === 0) balance += 80_000
      const mp = day < 29 ? 3_800 : 5_000
      const numerator = carry + balance * mp
      const today = Math.floor(numerator / 36_500_000)
      carry = numerator - today * 36_500_000
      balance += today
      interest += today
    }
    expect(s.totals.interestAddedPence).toBe(interest)
    expect(s.totals.owedPence).toBe(5 * 80_000 + interest)
    expect(s.interestPeriods.map((p) => p.chargedRatePercent)).toEqual([3.8, 5])
  })

  it('refuses to price a half-year no rate is given for, naming it, rather than carry an older rate on (regulation 9: the rate resets on 1 January and 1 July)', () => {
    const onlyFirstHalf = deferredPaymentStatement(
      { ...base, interestPeriods: [{ from: '2025-01-01', giltRatePercent: 4, source: 'x' }] },
      { now: '2025-07-10' },
    )
    expect(errorsOf(onlyFirstHalf)[0]).toEqual({
      path: 'interestPeriods',
      message: expect.stringContaining(
        'No interest rate is given for the half-year from 1 July 2025 to 31 December 2025',
      ),
    })
    const gap = deferredPaymentStatement(
      {
        ...base,
        agreementStart: '2025-06-02',
        interestPeriods: [
          { from: '2025-01-01', giltRatePercent: 4, source: 'x' },
          { from: '2026-01-01', giltRatePercent: 4, source: 'x' },
        ],
      },
      { now: '2026-01-10' },
    )
    expect(errorsOf(gap)[0]?.message).toContain('the half-year from 1 July 2025')
    const twice = deferredPaymentStatement(
      {
        ...base,
        interestPeriods: [
          { from: '2025-01-01', giltRatePercent: 4, source: 'x' },
          { from: '2025-01-01', giltRatePercent: 3, source: 'y' },
        ],
      },
      { now: '2025-06-30' },
    )
    expect(errorsOf(twice)[0]?.message).toContain('Two interest rates are given for the half-year from 1 January 2025')
  })

  it("shares a year's rate over 366 days in a leap year, so a year of interest never passes the yearly maximum", () => {
    // One £10,000 cost on the first day, nothing else deferred, 5% a year for all of 2024 (a leap year), simple
    // interest paid separately so the balance stays put: a whole year's interest is 5% of £10,000 = £500, not £501.36.
    const s = statement(
      {
        agreementStart: '2024-01-01',
        weeklyIncomePence: 80_000 + 14_400,
        adminCosts: [{ label: 'Test cost', pence: 1_000_000, on: '2024-01-01' }],
        paysInterestSeparately: true,
        interestPeriods: [
          { from: '2024-01-01', giltRatePercent: 4.85, source: 'x' },
          { from: '2024-07-01', giltRatePercent: 4.85, source: 'x' },
        ],
      },
      '2025-01-01',
    )
    expect(s.totals.interestDueSeparatelyPence).toBe(50_000)
    expect(text(s)).toContain('Interest from 1 July 2024 to 31 December 2024: 5% a year')
  })

  it('refuses a council rate above the national maximum, and a period not starting on 1 January or 1 July', () => {
    const above = errorsOf(
      deferredPaymentStatement(
        {
          ...base,
          interestPeriods: [{ from: '2025-01-01', giltRatePercent: 4, councilRatePercent: 4.2, source: 'x' }],
        },
        { now: '2025-06-30' },
      ),
    )
    expect(above[0]).toEqual({
      path: 'interestPeriods.0.councilRatePercent',
      message: expect.stringMatching(/more than the national maximum.*4\.15%/),
    })
    expect(
      errorsOf(
        deferredPaymentStatement(
          { ...base, interestPeriods: [{ from: '2025-03-01', giltRatePercent: 4, source: 'x' }] },
          { now: '2025-06-30' },
        ),
      )[0]?.path,
    ).toBe('interestPeriods.0.from')
  })

  it('adds administration costs (Reading 2024-25: legal £567, set-up £176.10, yearly £281.90) and a first-party top-up to the deferred amount', () => {
    const s = statement(
      {
        agreementStart: '2024-06-03',
        adminCosts: [
          { label: 'Legal fee', pence: 56_700, on: '2024-06-03' },
          { label: 'Set-up administration', pence: 17_610, on: '2024-06-03' },
        ],
        annualAdminPence: 28_190,
        topUpWeeklyPence: 5_000,
      },
      '2025-06-10',
    )
    expect(s.totals.adminCostsPence).toBe(56_700 + 17_610 + 28_190)
    expect(s.totals.topUpDeferredPence).toBe(5_000 * s.totals.weeks)
    expect(s.totals.owedPence).toBe(s.totals.weeks * (64_400 + 5_000) + 56_700 + 17_610 + 28_190)
    expect(text(s)).toContain('Your top-up of £50.00 a week is added to the amount deferred.')
    expect(text(s)).toContain('You will get a statement at least every 6 months.')
  })

  it('says when the equity limit is reached', () => {
    const s = statement({ propertyValuePence: 1_700_000 }, '2025-09-01')
    expect(s.equityLimitPence).toBe(1_530_000 - 1_425_000)
    expect(text(s)).toContain('This has reached the equity limit')
  })
})
