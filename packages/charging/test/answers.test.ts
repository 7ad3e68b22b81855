import {
  assessFinancialAnswers,
  chargingInputFromAnswers,
  answersSectionOf,
  financialSectionIssues,
  nationalDefaultPolicy,
} from '@open-sds/charging'
import { describe, expect, it } from 'vitest'
import { errorsOf, policy } from './fixtures.js'

const pensioner = {
  'about-you': { age: 70, pensionCreditAge: true, couple: false, disabilityPremium: false },
  capital: {},
  income: { statePension: 23_000, privatePension: 8_000, careBenefit: 'none' as const },
  housing: { councilTax: 2_000 },
  costs: { basis: 'none' as const },
}

function mapped(given: unknown) {
  const result = chargingInputFromAnswers(given)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

describe("a financial-assessment form's answers become the engine's input (moved from the portal's financial-form tests)", () => {
  it('lists only what the person has, and keeps the lower rate of a night-rate benefit when no night care is given', () => {
    const { input, assumptions } = mapped({
      answers: {
        'about-you': { age: 70, pensionCreditAge: true, couple: false, disabilityPremium: false },
        capital: { savings: 2_000_000, savingsJoint: false },
        income: {
          statePension: 23_000,
          careBenefit: 'attendance-allowance',
          careBenefitAmount: 11_040,
          careBenefitHigherRate: true,
          nightCare: false,
          careBenefitLowerRate: 7_390,
        },
        housing: {},
        costs: { basis: 'itemised', alarm: 2_000 },
      },
      costOfCareWeeklyPence: 30_000,
    })
    if (input.route !== 'full') throw new Error('full')
    expect(input.capital).toEqual([{ kind: 'savings', valuePence: 2_000_000, sharePercent: 100 }])
    expect(input.income).toEqual([
      { kind: 'state-pension', weeklyPence: 23_000 },
      { kind: 'attendance-allowance', weeklyPence: 11_040, higherRate: true, lowerRateWeeklyPence: 7_390 },
    ])
    expect(input.nightCareProvided).toBe(false)
    expect(input.dre).toEqual({
      basis: 'itemised',
      items: [{ label: 'Community alarm', amountPence: 2_000, per: 'month' }],
    })
    expect(assumptions).toEqual([])
  })

  it('gives the same charge as the national rules and a 90% taper would (£310 income - £232.60 MIG - £20 council tax = £57.40; 90% is £51.66)', () => {
    const national = assessFinancialAnswers(
      { answers: pensioner, costOfCareWeeklyPence: 30_000 },
      nationalDefaultPolicy,
      { now: '2025-09-01' },
    )
    const tapered = assessFinancialAnswers(
      { answers: pensioner, costOfCareWeeklyPence: 30_000 },
      policy({ taperPercent: 90 }),
      { now: '2025-09-01' },
    )
    if (!national.ok || !tapered.ok) throw new Error('both assess')
    expect(national.value.weeklyChargePence).toBe(5_740)
    expect(tapered.value.weeklyChargePence).toBe(5_166)
  })
})

describe('no silent defaults', () => {
  it('asks a member of a couple under pension credit age whether their partner has reached it, and passes it on (reg 7(4)(b))', () => {
    const couple = {
      ...pensioner,
      'about-you': { age: 60, pensionCreditAge: false, couple: true, disabilityPremium: false },
    }
    expect(errorsOf(chargingInputFromAnswers({ answers: couple, costOfCareWeeklyPence: 30_000 }))).toEqual([
      {
        path: 'answers.about-you.partnerPensionCreditAge',
        message: 'Select yes if your partner has reached pension credit age',
      },
    ])
    const answered = { ...couple, 'about-you': { ...couple['about-you'], partnerPensionCreditAge: true } }
    const { input } = mapped({ answers: answered, costOfCareWeeklyPence: 30_000 })
    expect(input.route === 'full' ? input.person : undefined).toMatchObject({
      memberOfCouple: true,
      partnerPensionCreditAge: true,
    })
  })

  it('refuses answers without an age, rather than taking the person to be 18', () => {
    const answers = { ...pensioner, 'about-you': { pensionCreditAge: true, couple: false, disabilityPremium: false } }
    expect(errorsOf(chargingInputFromAnswers({ answers, costOfCareWeeklyPence: 30_000 }))).toEqual([
      { path: 'answers.about-you.age', message: 'Enter your age' },
    ])
  })

  it('refuses answers with a section missing, rather than reading the page as "none"', () => {
    const { capital: _capital, ...withoutCapital } = pensioner
    expect(errorsOf(chargingInputFromAnswers({ answers: withoutCapital, costOfCareWeeklyPence: 30_000 }))).toEqual([
      { path: 'answers.capital', message: 'Answer the questions about your savings and property' },
    ])
  })

  it('takes joint savings as an equal share with one other person only when no share is given, and says so in the explanation', () => {
    const joint = { ...pensioner, capital: { savings: 2_000_000, savingsJoint: true } }
    const { input, assumptions } = mapped({ answers: joint, costOfCareWeeklyPence: 30_000 })
    expect(input.route === 'full' && input.capital).toEqual([
      { kind: 'savings', valuePence: 2_000_000, sharePercent: 50 },
    ])
    expect(assumptions.map((step) => step.text)).toEqual([
      'Your savings of £20,000.00 are held jointly and you did not say your share, so you are taken to own an equal share with one other person: half. If you share them with more people, or your share is different, tell us and it will be worked out again.',
    ])
    const assessed = assessFinancialAnswers({ answers: joint, costOfCareWeeklyPence: 30_000 }, nationalDefaultPolicy, {
      now: '2025-09-01',
    })
    expect(assessed.ok && assessed.value.explanation[0]?.text).toMatch(/^Your savings of £20,000.00 are held jointly/)
  })

  it('uses the share the person gives for joint savings, with no assumption', () => {
    const { input, assumptions } = mapped({
      answers: { ...pensioner, capital: { savings: 3_000_000, savingsJoint: true, savingsSharePercent: 33 } },
      costOfCareWeeklyPence: 30_000,
    })
    expect(input.route === 'full' && input.capital).toEqual([
      { kind: 'savings', valuePence: 3_000_000, sharePercent: 33 },
    ])
    expect(assumptions).toEqual([])
  })

  it('states what a short form did not ask: a couple, a disability premium, joint savings', () => {
    const short = {
      'about-you': { age: 40, pensionCreditAge: false },
      capital: { savings: 500_000 },
      income: { pensionsAndBenefits: 20_000 },
      housing: { otherHousingCosts: 3_000 },
      costs: { basis: 'none' },
    }
    const { input, assumptions } = mapped({ answers: short, costOfCareWeeklyPence: 30_000 })
    expect(assumptions.map((step) => step.text.split(',')[0])).toEqual([
      'You were not asked whether you are a member of a couple',
      'You were not asked whether your benefit award includes a disability premium',
      'You were not asked whether your savings of £5',
    ])
    expect(input.route === 'full' && input.income).toEqual([
      { kind: 'other-counted', label: 'Pensions and benefits', weeklyPence: 20_000 },
    ])
    expect(input.route === 'full' && input.housing).toEqual({
      costs: [{ kind: 'other', label: 'Housing costs', weeklyPence: 3_000 }],
      housingBenefitWeeklyPence: 0,
      councilTaxReductionWeeklyPence: 0,
    })
  })

  it('says where the cost of care came from when it is given', () => {
    const { assumptions } = mapped({
      answers: pensioner,
      costOfCareWeeklyPence: 28_000,
      costOfCareSource: 'your agreed support plan',
    })
    expect(assumptions[0]?.text).toBe('The cost of your care is taken to be £280.00 a week: your agreed support plan.')
  })
})

describe('answers that do not fit together are refused, naming the question', () => {
  it('a night-rate benefit without the lower rate when no night care is given', () => {
    const answers = {
      ...pensioner,
      income: {
        careBenefit: 'attendance-allowance',
        careBenefitAmount: 11_040,
        careBenefitHigherRate: true,
        nightCare: false,
      },
    }
    expect(errorsOf(chargingInputFromAnswers({ answers, costOfCareWeeklyPence: 30_000 }))).toEqual([
      {
        path: 'answers.income.careBenefitLowerRate',
        message: 'Enter the lower rate of that benefit: we ignore the extra paid for night care',
      },
    ])
  })

  it('a disability premium at pension credit age, Housing Benefit above the rent, and extra costs listed with none given', () => {
    expect(financialSectionIssues('about-you', { age: 70, pensionCreditAge: true, disabilityPremium: true })).toEqual([
      {
        path: 'about-you.disabilityPremium',
        message: 'A disability premium is only for people under pension credit age: select no',
      },
    ])
    expect(
      financialSectionIssues('housing', { rent: 10_000, housingBenefit: 12_000 }).map((found) => found.path),
    ).toEqual(['housing.housingBenefit'])
    expect(financialSectionIssues('costs', { basis: 'itemised' }).map((found) => found.path)).toEqual(['costs.alarm'])
  })

  it('never throws on input that is not answers at all', () => {
    for (const given of [
      undefined,
      null,
      'answers',
      42,
      [],
      { answers: 'x' },
      { answers: pensioner, costOfCareWeeklyPence: -1 },
    ]) {
      expect(chargingInputFromAnswers(given).ok).toBe(false)
    }
  })

  it("sends a problem to the section that fixes it, from the mapper's or the engine's path", () => {
    expect(answersSectionOf('answers.capital.savingsSharePercent')).toBe('capital')
    expect(answersSectionOf('person.disabilityPremium')).toBe('about-you')
    expect(answersSectionOf('income.2.weeklyPence')).toBe('income')
    expect(answersSectionOf('dre.items.0.amountPence')).toBe('costs')
    expect(answersSectionOf('policy.taperPercent')).toBeUndefined()
  })
})
