import { describe, expect, it } from 'vitest'
import { assessNonResidential } from '@open-sds/charging'
import { assessed, errorsOf, explanationText, homeInput, in2023, in2024, in2025, in2026, policy } from './fixtures.js'

// 2025/26: single person aged 25 to pension credit age, MIG £112.50.
const assess = (overrides: Parameters<typeof homeInput>[0] = {}, pol = policy(), when = in2025) =>
  assessNonResidential(homeInput(overrides), pol, when)

describe('assessNonResidential: the basic sum', () => {
  it('takes assessable income less the MIG: £200.00 - £112.50 = £87.50', () => {
    const result = assessed(assess())
    expect(result.weeklyChargePence).toBe(8_750)
    expect(result.maximumAssessedChargePence).toBe(8_750)
    expect(result.rulesVersion).toBe('charging-rules-2026.2')
    expect(result.ratesYear).toBe('2025/26')
    expect(result.assessedFor).toBe('2025-06-01')
  })

  it('never charges more than the weekly cost of care', () => {
    const result = assessed(
      assess({ services: [{ kind: 'care-and-support', cost: { amountPence: 5_000, per: 'week' } }] }),
    )
    expect(result.maximumAssessedChargePence).toBe(8_750)
    expect(result.weeklyChargePence).toBe(5_000)
    expect(explanationText(result)).toContain(
      'lesser of your maximum weekly contribution (£87.50) and the weekly cost of your care (£50.00)',
    )
  })

  it('charges nothing when income is below the MIG, and says so', () => {
    const result = assessed(assess({ income: [{ kind: 'employment-and-support-allowance', weeklyPence: 10_000 }] }))
    expect(result.weeklyChargePence).toBe(0)
    expect(explanationText(result)).toContain('nothing left to contribute')
  })

  it('picks the MIG for the circumstances: 18-24, pension age, children', () => {
    expect(assessed(assess({ person: { ageYears: 24, pensionCreditAge: false } })).weeklyChargePence).toBe(
      20_000 - 8_915,
    )
    expect(
      assessed(
        assess({
          person: { ageYears: 67, pensionCreditAge: true },
          income: [{ kind: 'state-pension', weeklyPence: 25_000 }],
        }),
      ).weeklyChargePence,
    ).toBe(25_000 - 23_260)
    const withChild = assessed(
      assess(
        {
          person: { ageYears: 30, pensionCreditAge: false, dependentChildren: 1 },
          income: [{ kind: 'universal-credit', weeklyPence: 25_000 }],
        },
        policy(),
        in2023,
      ),
    )
    expect(withChild.weeklyChargePence).toBe(25_000 - 10_365 - 9_490)
  })

  it('adds the premiums for a working-age person: 2025/26 £112.50 + £49.65 + £24.25', () => {
    const result = assessed(
      assess({
        person: { ageYears: 40, pensionCreditAge: false, disabilityPremium: true, enhancedDisabilityPremium: true },
        income: [{ kind: 'universal-credit', weeklyPence: 25_000 }],
      }),
    )
    expect(result.weeklyChargePence).toBe(25_000 - 11_250 - 4_965 - 2_425)
  })

  it('uses the couple rates for a member of a couple (2025/26 has them)', () => {
    const result = assessed(
      assess({
        person: { ageYears: 40, pensionCreditAge: false, memberOfCouple: true, partnerPensionCreditAge: false },
      }),
    )
    expect(result.weeklyChargePence).toBe(20_000 - 8_835)
  })
})

describe('assessNonResidential: missing rates are errors, never guesses', () => {
  it('refuses a couple in 2024/25, naming the rate and the year and the plugin route', () => {
    const [error, ...rest] = errorsOf(
      assess(
        { person: { ageYears: 40, pensionCreditAge: false, memberOfCouple: true, partnerPensionCreditAge: false } },
        policy(),
        in2024,
      ),
    )
    expect(rest).toEqual([])
    expect(error?.path).toBe('policy.rateOverrides.2024/25.migCouple18ToPensionCreditAge')
    expect(error?.message).toContain(
      'minimum income guarantee, member of a couple where neither has reached pension credit age for 2024/25 is not in the rate table',
    )
    expect(error?.message).toContain('the council can supply it through its plugin')
  })

  it('refuses dependent children in 2026/27 (no per-child rate gathered), never leaving them out', () => {
    const errors = errorsOf(
      assess({ person: { ageYears: 40, pensionCreditAge: false, dependentChildren: 2 } }, policy(), in2026),
    )
    expect(errors.map((e) => e.path)).toEqual(['policy.rateOverrides.2026/27.perDependentChild'])
    expect(errors[0]?.message).toContain(
      'minimum income guarantee addition per dependent child for 2026/27 is not in the rate table',
    )
  })

  it('assesses once the council supplies the missing rate', () => {
    const pol = policy({
      rateOverrides: {
        '2024/25': { migCouple18ToPensionCreditAge: { pence: 8_690, source: 'LAC 2024-25 via council' } },
      },
    })
    const result = assessed(
      assess(
        { person: { ageYears: 40, pensionCreditAge: false, memberOfCouple: true, partnerPensionCreditAge: false } },
        pol,
        in2024,
      ),
    )
    expect(result.weeklyChargePence).toBe(20_000 - 8_690)
    expect(result.councilRates).toEqual(['migCouple18ToPensionCreditAge'])
    expect(explanationText(result)).toContain(
      'The council supplies the minimum income guarantee, member of a couple where neither has reached pension credit age for 2024/25',
    )
  })
})

describe('assessNonResidential: capital', () => {
  it('adds tariff income between the limits and apportions joint capital by share', () => {
    const result = assessed(assess({ capital: [{ kind: 'savings', valuePence: 3_690_000, sharePercent: 50 }] }))
    // Half of £36,900 is £18,450: tariff £17.
    expect(result.weeklyChargePence).toBe(8_750 + 1_700)
    expect(explanationText(result)).toContain('your 50% share of £36,900.00')
  })

  it('always ignores the main home outside a care home', () => {
    const result = assessed(assess({ capital: [{ kind: 'main-home', valuePence: 50_000_000 }] }))
    expect(result.fullCostPayer).toBe(false)
    expect(result.weeklyChargePence).toBe(8_750)
    expect(result.explanation.find((s) => s.kind === 'capital-ignored')?.text).toContain(
      'never counted while you live there',
    )
  })

  it('makes a person with capital above £23,250 a full-cost payer, but not at exactly £23,250', () => {
    const above = assessed(assess({ capital: [{ kind: 'savings', valuePence: 2_325_001 }] }))
    expect(above.fullCostPayer).toBe(true)
    expect(above.weeklyChargePence).toBe(30_000)
    const at = assessed(assess({ capital: [{ kind: 'savings', valuePence: 2_325_000 }] }))
    expect(at.fullCostPayer).toBe(false)
    expect(at.weeklyChargePence).toBe(8_750 + 3_600)
  })

  it("uses the council's higher non-residential capital limits", () => {
    const pol = policy({ nonResidentialCapitalLimits: { upperPence: 3_000_000, lowerPence: 2_000_000 } })
    const result = assessed(assess({ capital: [{ kind: 'savings', valuePence: 2_500_000 }] }, pol))
    expect(result.fullCostPayer).toBe(false)
    expect(result.weeklyChargePence).toBe(8_750 + 2_000)
  })
})

describe('assessNonResidential: income disregards', () => {
  it('ignores in full: mobility components and earnings', () => {
    const result = assessed(
      assess({
        income: [
          { kind: 'employment-and-support-allowance', weeklyPence: 20_000 },
          { kind: 'dla-mobility', weeklyPence: 7_000 },
          { kind: 'earnings', weeklyPence: 15_000 },
        ],
      }),
    )
    expect(result.weeklyChargePence).toBe(8_750)
    expect(result.explanation.filter((s) => s.kind === 'income-ignored')).toHaveLength(2)
  })

  it('Savings Credit at home: only the disregard is ignored (charging.md correction: LAC 2024-25, "a care home, their own home or another setting")', () => {
    const income = [
      { kind: 'employment-and-support-allowance' as const, weeklyPence: 20_000 },
      { kind: 'savings-credit' as const, weeklyPence: 1_500 },
    ]
    // 2024/25: £200 + £15 - £6.95 disregard - £110.60 MIG.
    expect(assessed(assess({ income }, policy(), in2024)).weeklyChargePence).toBe(20_000 + 1_500 - 695 - 11_060)
    // A council may be more generous and ignore it in full.
    expect(assessed(assess({ income }, policy({ disregardSavingsCreditInFull: true }))).weeklyChargePence).toBe(8_750)
    // 2025/26 has no gathered disregard, so the engine refuses rather than ignore it all.
    expect(errorsOf(assess({ income }))[0]?.path).toBe('policy.rateOverrides.2025/26.savingsCreditDisregard')
  })

  it('Savings Credit disregard by setting: a member of a couple gets the couple amount (2015/16: £8.60, LAC(DH)(2011)1)', () => {
    const income = [
      { kind: 'employment-and-support-allowance' as const, weeklyPence: 20_000 },
      { kind: 'savings-credit' as const, weeklyPence: 1_500 },
    ]
    const couple = assessed(
      assess(
        {
          person: { ageYears: 40, pensionCreditAge: false, memberOfCouple: true, partnerPensionCreditAge: false },
          income,
        },
        policy(),
        { now: '2016-01-10' },
      ),
    )
    expect(couple.weeklyChargePence).toBe(20_000 + 1_500 - 860 - 7_180)
    const single = assessed(assess({ income }, policy(), { now: '2016-01-10' }))
    expect(single.weeklyChargePence).toBe(20_000 + 1_500 - 575 - 9_140)
  })

  it("War Pension Scheme payments are ignored in full; a war widow's pension keeps only the £10 disregard (charging.md correction; Wirral)", () => {
    const result = assessed(
      assess({
        income: [
          { kind: 'employment-and-support-allowance', weeklyPence: 20_000 },
          { kind: 'war-widows-pension', weeklyPence: 5_600 },
          { kind: 'war-disablement-pension', weeklyPence: 5_000 },
        ],
      }),
    )
    expect(result.weeklyChargePence).toBe(8_750 + 5_600 - 1_000)
    expect(explanationText(result)).toContain(
      'War disablement pension: £50.00 a week is ignored in full (War Pension Scheme payments other than Constant Attendance Allowance are ignored in full)',
    )
  })

  it("before April 2017 a war disablement pension kept only the first £10, shared with a war widow's pension", () => {
    const income = [
      { kind: 'employment-and-support-allowance' as const, weeklyPence: 20_000 },
      { kind: 'war-widows-pension' as const, weeklyPence: 600 },
      { kind: 'war-disablement-pension' as const, weeklyPence: 5_000 },
    ]
    expect(assessed(assess({ income }, policy(), { now: '2016-06-01' })).weeklyChargePence).toBe(
      20_000 + 5_600 - 1_000 - 9_140,
    )
    expect(assessed(assess({ income }, policy(), { now: '2017-06-01' })).weeklyChargePence).toBe(
      20_000 + 600 - 600 - 9_140,
    )
  })

  it("ignores a war widow's pension in full where the council chooses to", () => {
    const result = assessed(
      assess(
        {
          income: [
            { kind: 'employment-and-support-allowance', weeklyPence: 20_000 },
            { kind: 'war-widows-pension', weeklyPence: 5_000 },
          ],
        },
        policy({ disregardWarPensionsInFull: true }),
      ),
    )
    expect(result.weeklyChargePence).toBe(8_750)
  })

  it('counts half of jointly held income', () => {
    const result = assessed(
      assess({
        income: [
          { kind: 'employment-and-support-allowance', weeklyPence: 20_000 },
          { kind: 'occupational-or-private-pension', weeklyPence: 3_001, jointlyHeld: true },
        ],
      }),
    )
    expect(result.weeklyChargePence).toBe(8_750 + 1_500)
  })

  it('ignores the night-care element when a night-rate benefit is paid but no night care is provided', () => {
    const income = [
      { kind: 'employment-and-support-allowance' as const, weeklyPence: 20_000 },
      { kind: 'attendance-allowance' as const, weeklyPence: 11_040, higherRate: true, lowerRateWeeklyPence: 7_390 },
    ]
    const without = assessed(assess({ income, nightCareProvided: false }))
    expect(without.weeklyChargePence).toBe(8_750 + 7_390)
    expect(explanationText(without)).toContain('night-care element of £36.50 a week')
    expect(assessed(assess({ income, nightCareProvided: true })).weeklyChargePence).toBe(8_750 + 11_040)
  })

  it('asks whether night care is provided, and for the lower rate, rather than assume', () => {
    const income = [{ kind: 'dla-care' as const, weeklyPence: 11_040, higherRate: true }]
    expect(errorsOf(assess({ income }))[0]?.path).toBe('nightCareProvided')
    const [lower] = errorsOf(assess({ income, nightCareProvided: false }))
    expect(lower?.path).toBe('income.0.lowerRateWeeklyPence')
    expect(lower?.message).toContain('Give the lower rate of DLA care component')
  })
})

describe('assessNonResidential: housing and disability-related expenditure', () => {
  it('deducts housing costs net of housing benefit and council tax reduction', () => {
    const result = assessed(
      assess({
        housing: {
          costs: [
            { kind: 'rent', weeklyPence: 12_000 },
            { kind: 'council-tax', weeklyPence: 2_500 },
          ],
          housingBenefitWeeklyPence: 10_000,
          councilTaxReductionWeeklyPence: 2_000,
        },
      }),
    )
    expect(result.weeklyChargePence).toBe(8_750 - 2_500)
  })

  it('refuses housing benefit larger than the rent, rather than hide the mistake', () => {
    expect(
      errorsOf(
        assess({ housing: { costs: [{ kind: 'rent', weeklyPence: 5_000 }], housingBenefitWeeklyPence: 6_000 } }),
      )[0]?.path,
    ).toBe('housing.housingBenefitWeeklyPence')
  })

  it("gives the council's standard DRE allowance to people on disability benefits, and tells others they can itemise", () => {
    const pol = policy({
      standardDre: {
        weeklyPence: 1_085,
        covers: ['extra laundry', 'extra heating'],
        appliesTo: 'people-receiving-disability-benefits',
      },
    })
    const onPip = assessed(
      assess(
        {
          dre: { basis: 'standard' },
          income: [
            { kind: 'employment-and-support-allowance', weeklyPence: 20_000 },
            { kind: 'pip-mobility', weeklyPence: 2_690 },
          ],
        },
        pol,
      ),
    )
    expect(onPip.weeklyChargePence).toBe(8_750 - 1_085)
    expect(explanationText(onPip)).toContain('It covers extra laundry, extra heating.')
    const notOnBenefits = assessed(assess({ dre: { basis: 'standard' } }, pol))
    expect(notOnBenefits.weeklyChargePence).toBe(8_750)
    expect(explanationText(notOnBenefits)).toContain('You can ask for an itemised assessment')
  })

  it('refuses a standard DRE claim when the council has no standard allowance', () => {
    expect(errorsOf(assess({ dre: { basis: 'standard' } }))[0]?.path).toBe('dre.basis')
  })

  it("converts monthly and yearly DRE to weekly (x 12 / 52 and / 52), a fraction of a penny rounded up in the person's favour (regulation 11)", () => {
    const result = assessed(
      assess({
        dre: {
          basis: 'itemised',
          items: [
            { label: 'Community alarm', amountPence: 1_500, per: 'month' },
            { label: 'Special clothing', amountPence: 26_000, per: 'year' },
          ],
        },
      }),
    )
    // £15 a month -> £3.4615... -> £3.47 (an allowance, so up); £260 a year -> £5.00.
    expect(result.weeklyChargePence).toBe(8_750 - 347 - 500)
    expect(explanationText(result)).toContain(
      'Community alarm: £3.47 a week (£15.00 a month x 12 / 52, any fraction of a penny rounded up in your favour)',
    )
  })
})

describe('assessNonResidential: council policy choices', () => {
  it('takes only the taper percentage of the remainder, rounded down (Liverpool 90%)', () => {
    const result = assessed(assess({}, policy({ taperPercent: 90 })))
    expect(result.weeklyChargePence).toBe(7_875)
    expect(explanationText(result)).toContain('takes 90% of this')
  })

  it('waives charges below the minimum charge (Reading: under £1.25)', () => {
    const tiny = assessed(
      assess(
        { income: [{ kind: 'employment-and-support-allowance', weeklyPence: 11_350 }] },
        policy({ minimumChargeWeeklyPence: 125 }),
      ),
    )
    expect(tiny.maximumAssessedChargePence).toBe(100)
    expect(tiny.weeklyChargePence).toBe(0)
    expect(explanationText(tiny)).toContain(
      'does not collect charges under £1.25 a week, so the £1.00 charge is waived',
    )
    const atMinimum = assessed(
      assess(
        { income: [{ kind: 'employment-and-support-allowance', weeklyPence: 11_375 }] },
        policy({ minimumChargeWeeklyPence: 125 }),
      ),
    )
    expect(atMinimum.weeklyChargePence).toBe(125)
  })

  it('raises the MIG by a percentage (rounded up) and a weekly amount', () => {
    const result = assessed(assess({}, policy({ migUplift: { percent: 10, weeklyPence: 500 } })))
    expect(result.weeklyChargePence).toBe(20_000 - 11_250 - 1_125 - 500)
  })
})

describe('assessNonResidential: the explanation', () => {
  it('states amounts in pounds and pence and carries the rules version and rates year', () => {
    const result = assessed(assess())
    const text = explanationText(result)
    expect(text).toContain('Rates for 2025/26, in force from 6 April 2025 to 5 April 2026')
    expect(text).toContain('Minimum income guarantee: £112.50 a week')
    expect(text).not.toMatch(/\d{4,}p|pence/)
    expect(result.explanation.at(-1)).toEqual({
      kind: 'charge',
      text: 'Your weekly charge: £87.50.',
      weeklyPence: 8_750,
    })
  })
})
