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
    const calculator = createChargeCalculator(policy(), in2025)
    if (!calculator.ok) throw new Error('calculator')
    const parsed = NonResidentialInputSchema.parse(paidAsGiven) as NonResidentialInput
    expect(calculator.value.nonResidential(parsed)).toEqual({
      ok: true,
      value: assessed(assessNonResidential(paidAsGiven, policy(), in2025)).weeklyChargePence,
    })
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
