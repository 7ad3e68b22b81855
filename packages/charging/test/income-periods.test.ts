import { describe, expect, it } from 'vitest'
import {
  assessFinancialAnswers,
  assessNonResidential,
  createChargeCalculator,
  NonResidentialInputSchema,
  weeklyFrom,
  type NonResidentialInput,
} from '@open-sds/charging'
import { assessed, errorsOf, explanationText, homeInput, in2025, policy } from './fixtures.js'

// charging.md, "Rounding" (December 2026 corrections): regulation 11 of SI 2014/2672 rounds a fraction of a penny up
// where that favours the adult and otherwise ignores it, "everywhere a monthly, yearly or fractional amount becomes
// weekly" (issue 20). Income counts against the person, so its fraction is left out; monthly amounts become weekly
// as x 12 / 52 (charging.md, DRE: "Monthly costs convert to weekly as x 12 / 52"), four-weekly ones as / 4 and
// yearly ones as / 52.
/** The figure-only calculator (a whole county at once) gives the same charge as the explained assessment. */
function expectCalculatorAgrees(input: Parameters<typeof assessNonResidential>[0]) {
  const calculator = createChargeCalculator(policy(), in2025)
  if (!calculator.ok) throw new Error('calculator')
  const parsed = NonResidentialInputSchema.parse(input) as NonResidentialInput
  expect(calculator.value.nonResidential(parsed)).toEqual({
    ok: true,
    value: assessed(assessNonResidential(input, policy(), in2025)).weeklyChargePence,
  })
}

describe('income paid every 4 weeks, every month or every year (regulation 11)', () => {
  it('converts each period to a weekly amount, leaving out the fraction of a penny for income', () => {
    // The full new State Pension in 2025/26, £230.25 a week, is paid as £921.00 every 4 weeks.
    expect(weeklyFrom(92_100, 'four-weeks', 'down')).toBe(23_025)
    // £433.33 a month x 12 / 52 = £99.9992...: £99.99 as income, £100.00 as an allowance.
    expect(weeklyFrom(43_333, 'month', 'down')).toBe(9_999)
    expect(weeklyFrom(43_333, 'month', 'up')).toBe(10_000)
    // £5,000 a year / 52 = £96.1538...
    expect(weeklyFrom(500_000, 'year', 'down')).toBe(9_615)
    // £100.01 every 4 weeks is £25.0025 a week.
    expect(weeklyFrom(10_001, 'four-weeks', 'down')).toBe(2_500)
    expect(weeklyFrom(10_001, 'four-weeks', 'up')).toBe(2_501)
  })

  const paidAsGiven = homeInput({
    income: [
      { kind: 'state-pension', amountPence: 92_100, per: 'four-weeks' },
      { kind: 'occupational-or-private-pension', amountPence: 43_333, per: 'month' },
      { kind: 'other-counted', label: 'Annuity', amountPence: 500_000, per: 'year' },
    ],
  })
  const weeklyEquivalent = homeInput({
    income: [
      { kind: 'state-pension', weeklyPence: 23_025 },
      { kind: 'occupational-or-private-pension', weeklyPence: 9_999 },
      { kind: 'other-counted', label: 'Annuity', weeklyPence: 9_615 },
    ],
  })

  it('charges the same as the weekly amounts, and the explanation says each conversion and cites regulation 11', () => {
    const result = assessed(assessNonResidential(paidAsGiven, policy(), in2025))
    const weekly = assessed(assessNonResidential(weeklyEquivalent, policy(), in2025))
    expect(result.weeklyChargePence).toBe(weekly.weeklyChargePence)
    expect(result.weeklyChargePence).toBeGreaterThan(0)
    const text = explanationText(result)
    expect(text).toContain(
      'State Pension: £230.25 a week (£921.00 every 4 weeks / 4, any fraction of a penny left out in your favour).',
    )
    expect(text).toContain(
      'Occupational or private pension: £99.99 a week (£433.33 a month x 12 / 52, any fraction of a penny left out in your favour).',
    )
    expect(text).toContain(
      'Annuity: £96.15 a week (£5,000.00 a year / 52, any fraction of a penny left out in your favour).',
    )
    expect(text).toContain('Assessable income: £426.39 a week')
    const conversions = result.explanation.filter((line) => line.text.includes('fraction of a penny left out'))
    expect(conversions).toHaveLength(3)
    for (const line of conversions) expect(line.source).toMatch(/regulation 11/)
  })

  it('the figure-only calculator gives the same charge as the explanation', () => {
    expectCalculatorAgrees(paidAsGiven)
  })

  it('a night-rate benefit paid every 4 weeks is compared with its weekly lower rate', () => {
    // Attendance Allowance higher rate £110.40 a week, paid as £441.60 every 4 weeks; lower rate £73.90 a week.
    const input = homeInput({
      income: [
        {
          kind: 'attendance-allowance',
          amountPence: 44_160,
          per: 'four-weeks',
          higherRate: true,
          lowerRateWeeklyPence: 7_390,
        },
      ],
      nightCareProvided: false,
    })
    const text = explanationText(assessed(assessNonResidential(input, policy(), in2025)))
    expect(text).toContain('the night-care element of £36.50 a week')
  })

  it('refuses an amount without how often it is paid, or both forms at once, naming the field', () => {
    expect(
      errorsOf(
        assessNonResidential(homeInput({ income: [{ kind: 'state-pension', amountPence: 92_100 }] }), policy(), in2025),
      ),
    ).toEqual([
      {
        path: 'income.0.per',
        message: 'Say how often the income of amountPence is paid (per): one of "week", "four-weeks", "month", "year"',
      },
    ])
    expect(
      errorsOf(
        assessNonResidential(
          homeInput({
            income: [{ kind: 'state-pension', weeklyPence: 23_025, amountPence: 92_100, per: 'four-weeks' }],
          }),
          policy(),
          in2025,
        ),
      )[0]?.path,
    ).toBe('income.0.amountPence')
    expect(
      errorsOf(
        assessNonResidential(
          homeInput({ income: [{ kind: 'state-pension', amountPence: 92_100, per: 'fortnight' as never }] }),
          policy(),
          in2025,
        ),
      )[0]?.path,
    ).toBe('income.0.per')
  })
})

describe('housing costs paid every month or every year (regulation 11; issue 20: "everywhere a monthly, yearly or fractional amount becomes weekly")', () => {
  // Council Tax of £1,850 a year and rent of £650 a month; Housing Benefit of £480 every 4 weeks; Council Tax
  // Reduction of £462.50 a year. Costs are taken off income, so their fraction of a penny rounds up; help with them
  // reduces what is taken off, so its fraction is left out: both in the person's favour.
  const paidAsGiven = homeInput({
    housing: {
      costs: [
        { kind: 'rent', amountPence: 65_000, per: 'month' },
        { kind: 'council-tax', amountPence: 185_000, per: 'year' },
      ],
      housingBenefit: { amountPence: 48_000, per: 'four-weeks' },
      councilTaxReduction: { amountPence: 46_250, per: 'year' },
    },
  })

  it("takes each off as a weekly amount, rounded in the person's favour, and says how", () => {
    // £650 x 12 / 52 = £150.0000 exactly; £1,850 / 52 = £35.5769... -> £35.58; £480 / 4 = £120.00; £462.50 / 52 =
    // £8.8942... -> £8.89. £150.00 + £35.58 - £120.00 - £8.89 = £56.69.
    const result = assessed(assessNonResidential(paidAsGiven, policy(), in2025))
    const text = explanationText(result)
    expect(text).toContain(
      'Rent: £150.00 a week (£650.00 a month x 12 / 52, any fraction of a penny rounded up in your favour).',
    )
    expect(text).toContain(
      'Council tax: £35.58 a week (£1,850.00 a year / 52, any fraction of a penny rounded up in your favour).',
    )
    expect(text).toContain(
      'Less housing benefit: £120.00 a week (£480.00 every 4 weeks / 4, any fraction of a penny left out in your favour).',
    )
    expect(text).toContain(
      'Less council tax reduction: £8.89 a week (£462.50 a year / 52, any fraction of a penny left out in your favour).',
    )
    expect(text).toContain('Housing costs you pay yourself: £56.69 a week.')
    const weekly = homeInput({
      housing: {
        costs: [
          { kind: 'rent', weeklyPence: 15_000 },
          { kind: 'council-tax', weeklyPence: 3_558 },
        ],
        housingBenefitWeeklyPence: 12_000,
        councilTaxReductionWeeklyPence: 889,
      },
    })
    expect(result.weeklyChargePence).toBe(assessed(assessNonResidential(weekly, policy(), in2025)).weeklyChargePence)
  })

  it('the figure-only calculator agrees', () => {
    expectCalculatorAgrees(paidAsGiven)
  })

  it('refuses help given both weekly and as paid, and help above the costs compared week by week', () => {
    const both = homeInput({
      housing: {
        costs: [{ kind: 'rent', weeklyPence: 15_000 }],
        housingBenefitWeeklyPence: 1_000,
        housingBenefit: { amountPence: 4_000, per: 'four-weeks' },
      },
    })
    expect(errorsOf(assessNonResidential(both, policy(), in2025))[0]?.path).toBe('housing.housingBenefit')
    // £650 a month is £150 a week; £604 every 4 weeks is £151 a week of Housing Benefit: more than the rent.
    const above = homeInput({
      housing: {
        costs: [{ kind: 'rent', amountPence: 65_000, per: 'month' }],
        housingBenefit: { amountPence: 60_400, per: 'four-weeks' },
      },
    })
    expect(errorsOf(assessNonResidential(above, policy(), in2025))[0]?.path).toBe('housing.housingBenefit')
  })

  it('the answers of a form keep how often each housing amount is paid', () => {
    const result = assessFinancialAnswers(
      {
        answers: {
          'about-you': { age: 70, pensionCreditAge: true, couple: false },
          capital: {},
          income: { statePension: 30_000 },
          housing: {
            rent: 65_000,
            rentPer: 'month',
            councilTax: 185_000,
            councilTaxPer: 'year',
            housingBenefit: 48_000,
            housingBenefitPer: 'four-weeks',
          },
          costs: { basis: 'none' },
        },
        costOfCareWeeklyPence: 50_000,
      },
      policy(),
      in2025,
    )
    const text = explanationText(assessed(result))
    expect(text).toContain('Rent: £150.00 a week (£650.00 a month x 12 / 52')
    expect(text).toContain('Less housing benefit: £120.00 a week (£480.00 every 4 weeks / 4')
  })
})

describe('the answers mapper keeps how often each income is paid', () => {
  const answers = (income: Record<string, unknown>) => ({
    answers: {
      'about-you': { age: 70, pensionCreditAge: true, couple: false },
      capital: {},
      income,
      housing: {},
      costs: { basis: 'none' },
    },
    costOfCareWeeklyPence: 50_000,
  })

  it('a State Pension of £921.00 every 4 weeks is charged as £230.25 a week, and the explanation says so', () => {
    const fourWeekly = assessed(
      assessFinancialAnswers(answers({ statePension: 92_100, statePensionPer: 'four-weeks' }), policy(), in2025),
    )
    const weekly = assessed(assessFinancialAnswers(answers({ statePension: 23_025 }), policy(), in2025))
    expect(fourWeekly.weeklyChargePence).toBe(weekly.weeklyChargePence)
    expect(explanationText(fourWeekly)).toContain('State Pension: £230.25 a week (£921.00 every 4 weeks / 4')
  })

  it('a disability benefit paid every 4 weeks is checked against its weekly lower rate', () => {
    const given = {
      careBenefit: 'attendance-allowance',
      careBenefitAmount: 44_160,
      careBenefitAmountPer: 'four-weeks',
      careBenefitHigherRate: true,
      nightCare: false,
      careBenefitLowerRate: 7_390,
    }
    expect(assessFinancialAnswers(answers(given), policy(), in2025).ok).toBe(true)
    expect(
      errorsOf(assessFinancialAnswers(answers({ ...given, careBenefitLowerRate: 11_100 }), policy(), in2025)),
    ).toEqual([
      {
        path: 'answers.income.careBenefitLowerRate',
        message: 'The lower weekly rate must not be more than the amount you get a week',
      },
    ])
  })

  it('an unknown period is refused with a plain message', () => {
    expect(
      errorsOf(
        assessFinancialAnswers(answers({ statePension: 92_100, statePensionPer: 'fortnight' }), policy(), in2025),
      ),
    ).toEqual([
      {
        path: 'answers.income.statePensionPer',
        message: 'How often State Pension is paid: select every week, every 4 weeks, every month or every year',
      },
    ])
  })
})
