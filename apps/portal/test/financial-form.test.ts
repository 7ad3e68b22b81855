import { nationalDefaultPolicy } from '@open-sds/charging'
import type { FinancialAssessment } from '@open-sds/db'
import { describe, expect, it } from 'vitest'
import { chargingInput, stepSpec, validateStep } from '~/routes/_charging+/financial-form.server'
import { moneyField, penceToPounds, poundsToPence } from '~/routes/_charging+/money-field.server'
import { planUprating } from '~/routes/_charging+/uprating.server'

const setting = { costOfCareKnown: true, policy: nationalDefaultPolicy }
const step = (id: string) => {
  const found = stepSpec(setting, id)
  if (!found) throw new Error(id)
  return found
}

describe('money typed in pounds and pence becomes whole pence', () => {
  it('reads the ways people type money, exactly', () => {
    expect(poundsToPence('26.90')).toBe(2_690)
    expect(poundsToPence('£1,250')).toBe(125_000)
    expect(poundsToPence('0.1')).toBe(10)
    expect(poundsToPence('  12  ')).toBe(1_200)
    expect(penceToPounds(2_690)).toBe('26.90')
    // 0.1 + 0.2 style errors cannot happen: the pence are read as digits.
    expect(poundsToPence('1234567.89')).toBe(123_456_789)
  })

  it('refuses negative amounts, text, and fractions of a penny with messages naming the field', () => {
    const field = moneyField('state pension')
    expect(field.safeParse('-5').error?.issues[0]?.message).toBe('State pension must be 0 or more, not a negative amount')
    expect(field.safeParse('£-5').error?.issues[0]?.message).toBe('State pension must be 0 or more, not a negative amount')
    expect(field.safeParse('lots').error?.issues[0]?.message).toBe('State pension must be an amount of money in numbers, like 25.50')
    expect(field.safeParse('12.345').error?.issues[0]?.message).toBe('State pension must be in pounds and pence, like 25.50')
    expect(field.safeParse('').data).toBe(0)
    expect(moneyField('rent', { optional: false }).safeParse(' ').error?.issues[0]?.message).toBe('Enter rent')
  })
})

describe('the question pages', () => {
  it('reports every problem on a page, in page order, and gives back what was typed', () => {
    const outcome = validateStep(step('capital'), { savings: 'twelve thousand', savingsJoint: '', otherProperty: '-1' })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.errors.map((error) => error.field)).toEqual(['savings', 'otherProperty'])
    expect(outcome.values.savings).toBe('twelve thousand')
  })

  it('asks for the lower rate only when a benefit is paid at the night rate and no night care is given', () => {
    const base = { careBenefit: 'attendance-allowance', careBenefitAmount: '110.40', careBenefitHigherRate: 'yes' }
    const noNightCare = validateStep(step('income'), { ...base, nightCare: 'no' })
    expect(noNightCare.ok ? [] : noNightCare.errors).toEqual([{ field: 'careBenefitLowerRate', message: 'Enter the lower rate of that benefit: we ignore the extra paid for night care' }])
    expect(validateStep(step('income'), { ...base, nightCare: 'yes' }).ok).toBe(true)
  })

  it('refuses a disability premium for someone over pension credit age', () => {
    const outcome = validateStep(step('about-you'), { age: '70', pensionCreditAge: 'yes', couple: 'no', disabilityPremium: 'yes' })
    expect(outcome.ok ? [] : outcome.errors.map((error) => error.field)).toEqual(['disabilityPremium'])
  })

  it('asks a member of a couple under pension credit age whether their partner has reached it (regulation 7(4)(b)), and passes the answer on', () => {
    const unanswered = validateStep(step('about-you'), { age: '60', pensionCreditAge: 'no', couple: 'yes', disabilityPremium: 'no' })
    expect(unanswered.ok ? [] : unanswered.errors).toEqual([{ field: 'partnerPensionCreditAge', message: 'Select yes if your partner has reached pension credit age' }])
    const input = chargingInput({ 'about-you': { age: 60, pensionCreditAge: false, couple: true, partnerPensionCreditAge: true, disabilityPremium: false } }, 30_000)
    if (input.route !== 'full') throw new Error('full')
    expect(input.person).toMatchObject({ memberOfCouple: true, partnerPensionCreditAge: true })
    // A single person is never asked, and nothing is passed on.
    const single = chargingInput({ 'about-you': { age: 60, pensionCreditAge: false, couple: false, disabilityPremium: false } }, 30_000)
    expect(single.route === 'full' && 'partnerPensionCreditAge' in single.person).toBe(false)
  })

  it("turns answers into the charging package's input, halving joint savings and listing only what the person has", () => {
    const input = chargingInput(
      {
        'about-you': { age: 70, pensionCreditAge: true, couple: false, disabilityPremium: false },
        capital: { savings: 2_000_000, savingsJoint: true },
        income: { statePension: 23_000, careBenefit: 'attendance-allowance', careBenefitAmount: 11_040, careBenefitHigherRate: true, nightCare: false, careBenefitLowerRate: 7_390 },
        costs: { basis: 'itemised', alarm: 2_000 },
      },
      30_000,
    )
    if (input.route !== 'full') throw new Error('full')
    expect(input.capital).toEqual([{ kind: 'savings', valuePence: 2_000_000, sharePercent: 50 }])
    expect(input.income).toEqual([
      { kind: 'state-pension', weeklyPence: 23_000 },
      { kind: 'attendance-allowance', weeklyPence: 11_040, higherRate: true, lowerRateWeeklyPence: 7_390 },
    ])
    expect(input.nightCareProvided).toBe(false)
    expect(input.dre).toEqual({ basis: 'itemised', items: [{ label: 'Community alarm', amountPence: 2_000, per: 'month' }] })
  })
})

describe('planning the yearly uprating', () => {
  const confirmed = (weeklyChargePence: number): FinancialAssessment => ({
    id: 'v1',
    personId: 'p1',
    supersedesId: null,
    status: 'confirmed',
    kind: 'confirmation',
    answers: { 'about-you': { age: 70, pensionCreditAge: true, couple: false, disabilityPremium: false }, income: { statePension: 30_000, careBenefit: 'none' }, costs: { basis: 'none' } },
    result: {},
    weeklyChargePence,
    weeklyCostOfCarePence: 30_000,
    rulesVersion: 'r',
    policyName: 'p',
    policyVersion: '1',
    ratesYear: '2025/26',
    assessedFor: '2025-09-01',
    reason: null,
    upratingRunId: null,
    recordedByUserId: 'u',
    recordedAt: new Date(),
    updatedAt: new Date(),
  })

  it('works out the new charge under the new year and reports the change: £300 less the 2026/27 pension-age MIG', () => {
    const planned = planUprating([confirmed(6_740)], nationalDefaultPolicy, '2026-04-06')
    if (!planned.ok) throw new Error(planned.message)
    // 2025/26: £300.00 - £232.60 = £67.40. 2026/27: £300.00 - £241.45 = £58.55.
    expect(planned.plan.changes).toEqual([{ personId: 'p1', versionId: 'v1', fromPence: 6_740, toPence: 5_855, fromYear: '2025/26' }])
    expect(planned.plan.totals).toMatchObject({ people: 1, up: 0, down: 1, same: 0, beforePence: 6_740, afterPence: 5_855 })
    expect(planned.plan.versions[0]?.outcome.ratesYear).toBe('2026/27')
  })

  it('refuses a date outside every rate table, saying which years there are', () => {
    const planned = planUprating([confirmed(6_740)], nationalDefaultPolicy, '2027-04-06')
    expect(planned.ok ? '' : planned.message).toMatch(/No rate table covers 6 April 2027 \(charging year 2027\/28\)\. The national tables run from 2015\/16 to 2026\/27/)
  })
})
