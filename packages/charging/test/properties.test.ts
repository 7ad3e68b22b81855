import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  assessCareHome,
  assessNonResidential,
  type CareHomeInputInput,
  type ChargeAssessment,
  type CouncilPolicyInput,
  type NonResidentialInputInput,
} from '@open-sds/charging'
import { assessed, in2025, policy } from './fixtures.js'

// 2025/26 is the year with every single and couple MIG rate and both premiums, so every generated person can be assessed.
const pence = (max: number) => fc.integer({ min: 0, max })

const person = fc
  .record({
    ageYears: fc.integer({ min: 18, max: 100 }),
    memberOfCouple: fc.boolean(),
    partnerPensionCreditAge: fc.boolean(),
    premiums: fc.boolean(),
    children: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ ageYears, memberOfCouple, partnerPensionCreditAge, premiums, children }) => {
    const pensionCreditAge = ageYears >= 66
    return {
      ageYears,
      pensionCreditAge,
      memberOfCouple,
      ...(memberOfCouple ? { partnerPensionCreditAge } : {}),
      dependentChildren: children,
      disabilityPremium: premiums && !pensionCreditAge,
      enhancedDisabilityPremium: false,
    }
  })

const incomeItem = fc.oneof(
  fc.record({
    kind: fc.constantFrom(
      'state-pension' as const,
      'universal-credit' as const,
      'occupational-or-private-pension' as const,
      'pip-mobility' as const,
      'earnings' as const,
      'war-disablement-pension' as const,
      'savings-credit' as const,
    ),
    weeklyPence: pence(60_000),
    jointlyHeld: fc.boolean(),
  }),
  fc.record({ lower: pence(8_000), extra: pence(5_000) }).map(({ lower, extra }) => ({
    kind: 'attendance-allowance' as const,
    weeklyPence: lower + extra,
    higherRate: true,
    lowerRateWeeklyPence: lower,
  })),
)

const capitalItem = fc.record({
  kind: fc.constantFrom('savings' as const, 'investments' as const, 'main-home' as const),
  valuePence: pence(4_000_000),
  sharePercent: fc.integer({ min: 1, max: 100 }),
})

const housing = fc
  .record({
    rent: pence(30_000),
    councilTax: pence(5_000),
    hbShare: fc.double({ min: 0, max: 1, noNaN: true }),
    ctrShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ rent, councilTax, hbShare, ctrShare }) => ({
    costs: [
      { kind: 'rent' as const, weeklyPence: rent },
      { kind: 'council-tax' as const, weeklyPence: councilTax },
    ],
    housingBenefitWeeklyPence: Math.floor(rent * hbShare),
    councilTaxReductionWeeklyPence: Math.floor(councilTax * ctrShare),
  }))

const dre = fc.oneof(
  fc.constant({ basis: 'none' as const }),
  fc.constant({ basis: 'standard' as const }),
  fc
    .array(
      fc.record({
        label: fc.constant('cost'),
        amountPence: pence(10_000),
        per: fc.constantFrom('week' as const, 'month' as const, 'year' as const),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((items) => ({ basis: 'itemised' as const, items })),
)

const homeInput = fc
  .record({
    person,
    capital: fc.array(capitalItem, { maxLength: 4 }),
    income: fc.array(incomeItem, { maxLength: 5 }),
    housing,
    dre,
    nightCareProvided: fc.boolean(),
    services: fc.array(
      fc.record({
        kind: fc.constant('care-and-support' as const),
        cost: fc.record({ amountPence: pence(200_000), per: fc.constantFrom('week' as const, 'month' as const) }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((input): NonResidentialInputInput => ({ route: 'full', ...input }))

const councilPolicy = fc
  .record({
    taperPercent: fc.integer({ min: 50, max: 100 }),
    minimumChargeWeeklyPence: pence(300),
    migUplift: fc.record({ percent: fc.integer({ min: 0, max: 25 }), weeklyPence: pence(2_000) }),
    // Always set, because the generated people may ask for the standard allowance.
    standardDre: fc.record({
      weeklyPence: pence(3_000),
      covers: fc.constant(['disability costs']).map((covers) => [...covers]),
      appliesTo: fc.constantFrom('everyone' as const, 'people-receiving-disability-benefits' as const),
    }),
    higherLimits: fc.boolean(),
    disregardSavingsCreditInFull: fc.boolean(),
  })
  .map(({ higherLimits, ...rest }): CouncilPolicyInput =>
    policy({
      ...rest,
      nonResidentialCapitalLimits: higherLimits ? { upperPence: 3_000_000, lowerPence: 1_800_000 } : {},
      // 2025/26 has no national Savings Credit disregard yet; this council supplies one.
      rateOverrides: {
        '2025/26': {
          savingsCreditDisregard: { pence: 700, source: 'test council', status: 'unverified' },
          savingsCreditDisregardCouple: { pence: 1_050, source: 'test council', status: 'unverified' },
        },
      },
    }),
  )

const run = (input: NonResidentialInputInput, pol: CouncilPolicyInput) =>
  assessed(assessNonResidential(input, pol, in2025))
const total = (a: ChargeAssessment, kind: string) =>
  a.explanation.filter((s) => s.kind === kind).reduce((sum, s) => sum + (s.weeklyPence ?? 0), 0)

describe('non-residential invariants (fast-check)', () => {
  it('the charge is never above the weekly cost of care and never below zero', () => {
    fc.assert(
      fc.property(homeInput, councilPolicy, (input, pol) => {
        const result = run(input, pol)
        expect(result.weeklyChargePence).toBeGreaterThanOrEqual(0)
        expect(result.weeklyChargePence).toBeLessThanOrEqual(result.weeklyCostOfCarePence)
        expect(Number.isInteger(result.weeklyChargePence)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('never leaves income below the MIG plus allowed deductions, unless a full-cost payer', () => {
    fc.assert(
      fc.property(homeInput, councilPolicy, (input, pol) => {
        const result = run(input, pol)
        if (result.fullCostPayer) return
        const assessable = total(result, 'assessable-income')
        const allowances = total(result, 'allowance')
        const mig = result.explanation.find((s) => s.text.startsWith('Minimum income guarantee:'))?.weeklyPence ?? 0
        // The MIG deducted is at least the national rate for the circumstances (2025/26 lowest: couple member £88.35).
        expect(mig).toBeGreaterThanOrEqual(8_835)
        if (result.weeklyChargePence > 0)
          expect(assessable - result.weeklyChargePence).toBeGreaterThanOrEqual(allowances)
      }),
      { numRuns: 300 },
    )
  })

  it('more capital never lowers the charge, all else equal', () => {
    fc.assert(
      fc.property(homeInput, councilPolicy, pence(3_000_000), (input, pol, extra) => {
        const before = run(input, pol)
        const full = input as Extract<NonResidentialInputInput, { route: 'full' }>
        const after = run({ ...full, capital: [...(full.capital ?? []), { kind: 'savings', valuePence: extra }] }, pol)
        expect(after.weeklyChargePence).toBeGreaterThanOrEqual(before.weeklyChargePence)
      }),
      { numRuns: 300 },
    )
  })
})

describe('care home invariants (fast-check)', () => {
  const careHome = fc
    .record({
      capital: fc.array(capitalItem, { maxLength: 3 }),
      income: fc.array(
        incomeItem.filter((item) => item.kind !== 'savings-credit'),
        { maxLength: 4 },
      ),
      weekOfStay: fc.integer({ min: 1, max: 100 }),
      fee: pence(200_000),
    })
    .map(({ capital, income, weekOfStay, fee }): CareHomeInputInput => ({
      route: 'full',
      person: { ageYears: 80, pensionCreditAge: true },
      stay: { kind: 'permanent', weekOfStay, weekOfCouncilFunding: weekOfStay },
      capital,
      income,
      placement: { kind: 'care-and-support', cost: { amountPence: fee, per: 'week' } },
    }))

  it('the charge is between zero and the fee, and leaves the personal expenses allowance', () => {
    fc.assert(
      fc.property(careHome, (input) => {
        const result = assessed(assessCareHome(input, policy(), in2025))
        expect(result.weeklyChargePence).toBeGreaterThanOrEqual(0)
        expect(result.weeklyChargePence).toBeLessThanOrEqual(result.weeklyCostOfCarePence)
        if (!result.fullCostPayer && result.weeklyChargePence > 0)
          expect(total(result, 'assessable-income') - result.weeklyChargePence).toBeGreaterThanOrEqual(3_065)
      }),
      { numRuns: 200 },
    )
  })
})
