import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  assessCareHome,
  assessNonResidential,
  CareHomeInputSchema,
  createChargeCalculator,
  NonResidentialInputSchema,
  type CareHomeInputInput,
  type NonResidentialInputInput,
  type PersonInput,
} from '@open-sds/charging'
import { errorsOf, in2025, policy } from './fixtures.js'

// The figure-only calculator and the explained assessment must give the same charge, or the same refusal, for
// anyone. People here are drawn widely, including ones the engine must refuse (a couple whose partner's age is not
// given, a Savings Credit with no disregard gathered, children in a year with no per-child rate).
const pence = (max: number) => fc.integer({ min: 0, max })

const person = fc
  .record(
    {
      ageYears: fc.integer({ min: 18, max: 100 }),
      pensionCreditAge: fc.boolean(),
      memberOfCouple: fc.boolean(),
      partnerPensionCreditAge: fc.boolean(),
      dependentChildren: fc.integer({ min: 0, max: 3 }),
      disabilityPremium: fc.boolean(),
      carerPremium: fc.boolean(),
    },
    { requiredKeys: ['ageYears', 'pensionCreditAge'] },
  )
  .map(({ partnerPensionCreditAge, ...rest }): PersonInput =>
    rest.memberOfCouple ? { ...rest, partnerPensionCreditAge } : rest,
  )

const incomeItem = fc.oneof(
  fc.record({
    kind: fc.constantFrom(
      'state-pension' as const,
      'universal-credit' as const,
      'occupational-or-private-pension' as const,
      'pip-mobility' as const,
      'earnings' as const,
      'war-disablement-pension' as const,
      'war-widows-pension' as const,
      'savings-credit' as const,
    ),
    weeklyPence: pence(60_000),
    jointlyHeld: fc.boolean(),
  }),
  // Paid every 4 weeks, every month or every year: made weekly under regulation 11 on both paths.
  fc.record({
    kind: fc.constantFrom(
      'state-pension' as const,
      'occupational-or-private-pension' as const,
      'savings-credit' as const,
    ),
    amountPence: pence(250_000),
    per: fc.constantFrom('week' as const, 'four-weeks' as const, 'month' as const, 'year' as const),
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
const cost = fc.record({
  amountPence: pence(200_000),
  per: fc.constantFrom('week' as const, 'month' as const, 'year' as const),
})

const homeInput = fc
  .record({
    person,
    capital: fc.array(capitalItem, { maxLength: 4 }),
    income: fc.array(incomeItem, { maxLength: 5 }),
    housing: pence(9_000).map((housingBenefitWeeklyPence) => ({
      costs: [{ kind: 'rent' as const, weeklyPence: 9_000 }],
      housingBenefitWeeklyPence,
    })),
    dre: fc.oneof(
      fc.constant({ basis: 'none' as const }),
      fc.constant({ basis: 'standard' as const }),
      fc
        .array(
          fc.record({
            label: fc.constant('cost'),
            amountPence: pence(10_000),
            per: fc.constantFrom('week' as const, 'month' as const, 'year' as const),
          }),
          { minLength: 1, maxLength: 3 },
        )
        .map((items) => ({ basis: 'itemised' as const, items })),
    ),
    nightCareProvided: fc.boolean(),
    services: fc.array(fc.record({ kind: fc.constant('care-and-support' as const), cost }), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map((input): NonResidentialInputInput => ({ route: 'full', ...input }))

const careHomeInput = fc
  .record({
    person,
    stay: fc.oneof(
      fc
        .integer({ min: 1, max: 60 })
        .map((week) => ({ kind: 'permanent' as const, weekOfStay: week, weekOfCouncilFunding: week })),
      fc.constant({ kind: 'temporary' as const, homeKeptBecause: 'intends-to-return' as const }),
      fc.integer({ min: 1, max: 8 }).map((plannedWeeks) => ({ kind: 'short-term' as const, plannedWeeks })),
    ),
    capital: fc.array(capitalItem, { maxLength: 3 }),
    income: fc.array(incomeItem, { maxLength: 4 }),
    fee: pence(200_000),
    nursing: fc.boolean(),
  })
  .map(({ person, stay, capital, income, fee, nursing }): CareHomeInputInput => ({
    route: 'full',
    person,
    stay,
    capital,
    income,
    placement: { kind: 'care-and-support', cost: { amountPence: fee + 30_000, per: 'week' } },
    ...(nursing ? { nursingCare: { band: 'standard' as const } } : {}),
  }))

const councilPolicy = fc
  .record({
    taperPercent: fc.integer({ min: 50, max: 100 }),
    minimumChargeWeeklyPence: pence(300),
    migUplift: fc.record({ percent: fc.integer({ min: 0, max: 25 }), weeklyPence: pence(2_000) }),
    shortTermResidents: fc.constantFrom('as-if-at-home' as const, 'as-temporary-resident' as const),
  })
  .map((choices) =>
    policy({ ...choices, standardDre: { weeklyPence: 1_085, covers: ['disability costs'], appliesTo: 'everyone' } }),
  )

const dates = fc.constantFrom('2016-06-01', '2023-06-01', '2024-06-01', '2025-06-01', '2026-06-01')

/** The figure-only calculator's answer as a comparable value: the charge, or the refusal's paths and messages. */
const outcome = (result: { ok: true; value: number } | { ok: false; errors: unknown[] }) =>
  result.ok ? result.value : result.errors

describe('the figure-only calculator agrees with the explained assessment (fast-check)', () => {
  it('at home: the same charge or the same refusal, for any person, policy and year', () => {
    fc.assert(
      fc.property(homeInput, councilPolicy, dates, (input, pol, now) => {
        const explained = assessNonResidential(input, pol, { now })
        // The calculator takes validated input only; what the schema refuses, the assessment refuses too.
        const parsed = NonResidentialInputSchema.safeParse(input)
        if (!parsed.success) {
          expect(explained.ok).toBe(false)
          return
        }
        const calculator = createChargeCalculator(pol, { now })
        if (!calculator.ok) throw new Error(JSON.stringify(calculator.errors))
        expect(outcome(calculator.value.nonResidential(parsed.data))).toEqual(
          explained.ok ? explained.value.weeklyChargePence : explained.errors,
        )
      }),
      { numRuns: 400 },
    )
  })

  it('in a care home: the same charge or the same refusal', () => {
    fc.assert(
      fc.property(careHomeInput, councilPolicy, dates, (input, pol, now) => {
        const explained = assessCareHome(input, pol, { now })
        const parsed = CareHomeInputSchema.safeParse(input)
        if (!parsed.success) {
          expect(explained.ok).toBe(false)
          return
        }
        const calculator = createChargeCalculator(pol, { now })
        if (!calculator.ok) throw new Error(JSON.stringify(calculator.errors))
        expect(outcome(calculator.value.careHome(parsed.data))).toEqual(
          explained.ok ? explained.value.weeklyChargePence : explained.errors,
        )
      }),
      { numRuns: 300 },
    )
  })

  it('runs a council policy function too, which reads the explanation', () => {
    const pol = policy({
      policyFunction: (draft) =>
        draft.weeklyChargePence > 5_000 ? { weeklyChargePence: 5_000, reason: 'Cap' } : undefined,
    })
    const calculator = createChargeCalculator(pol, in2025)
    if (!calculator.ok) throw new Error('calculator')
    const input = NonResidentialInputSchema.parse({
      route: 'full',
      person: { ageYears: 40, pensionCreditAge: false },
      income: [{ kind: 'universal-credit', weeklyPence: 40_000 }],
      services: [{ kind: 'care-and-support', cost: { amountPence: 30_000, per: 'week' } }],
    })
    expect(outcome(calculator.value.nonResidential(input))).toBe(5_000)
  })

  it('refuses a bad policy or date once, up front, as the assessment would', () => {
    expect(errorsOf(createChargeCalculator(policy({ taperPercent: 120 }), in2025))[0]?.path).toBe('policy.taperPercent')
    expect(errorsOf(createChargeCalculator(policy(), { now: '2030-01-01' }))[0]?.path).toBe('now')
  })
})
