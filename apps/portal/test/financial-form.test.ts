import { nationalDefaultPolicy } from '@open-sds/charging'
import { describe, expect, it } from 'vitest'
import {
  answerText,
  checkedFields,
  formValues,
  stepSpec,
  validateStep,
} from '~/routes/_charging+/financial-form.server'
import { moneyField } from '~/.server/money-field'

const setting = { costOfCareKnown: true, policy: nationalDefaultPolicy }
const step = (id: string) => {
  const found = stepSpec(setting, id)
  if (!found) throw new Error(id)
  return found
}

describe('money typed in pounds and pence becomes whole pence (the kernel reads it; the form field adapts it)', () => {
  const pension = moneyField('state pension', { whenEmpty: 0 })

  it('reads the ways people type money, exactly', () => {
    expect(pension.parse('26.90')).toBe(2_690)
    expect(pension.parse('£1,250')).toBe(125_000)
    expect(pension.parse('0.1')).toBe(10)
    expect(pension.parse('  12  ')).toBe(1_200)
    // 0.1 + 0.2 style errors cannot happen: the pence are read as digits.
    expect(pension.parse('1234567.89')).toBe(123_456_789)
  })

  it('refuses negative amounts, text, and fractions of a penny with messages naming the field', () => {
    const message = (typed: string) => pension.safeParse(typed).error?.issues[0]?.message
    expect(message('-5')).toBe('State pension must be 0 or more, not a negative amount')
    expect(message('£-5')).toBe('State pension must be 0 or more, not a negative amount')
    expect(message('lots')).toBe('State pension must be an amount of money in numbers, like 25.50')
    expect(message('12.345')).toBe(
      'State pension must be in pounds and pence, like 25.50: it cannot include a fraction of a penny',
    )
  })

  it('an empty field is 0, a message of its own, or "Enter ..." as the form asks', () => {
    expect(pension.parse('')).toBe(0)
    expect(moneyField('rent').safeParse(' ').error?.issues[0]?.message).toBe('Enter rent')
    const cost = moneyField('cost each time', { whenEmpty: 'Enter the cost each time (enter 0 if it is free)' })
    expect(cost.safeParse('').error?.issues[0]?.message).toBe('Enter the cost each time (enter 0 if it is free)')
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
    expect(noNightCare.ok ? [] : noNightCare.errors).toEqual([
      {
        field: 'careBenefitLowerRate',
        message: 'Enter the lower rate of that benefit: we ignore the extra paid for night care',
      },
    ])
    expect(validateStep(step('income'), { ...base, nightCare: 'yes' }).ok).toBe(true)
  })

  it('refuses a disability premium for someone over pension credit age', () => {
    const outcome = validateStep(step('about-you'), {
      age: '70',
      pensionCreditAge: 'yes',
      couple: 'no',
      disabilityPremium: 'yes',
    })
    expect(outcome.ok ? [] : outcome.errors.map((error) => error.field)).toEqual(['disabilityPremium'])
  })

  it("asks a member of a couple under pension credit age whether their partner has reached it (regulation 7(4)(b); the mapping is the charging package's)", () => {
    const unanswered = validateStep(step('about-you'), {
      age: '60',
      pensionCreditAge: 'no',
      couple: 'yes',
      disabilityPremium: 'no',
    })
    expect(unanswered.ok ? [] : unanswered.errors).toEqual([
      { field: 'partnerPensionCreditAge', message: 'Select yes if your partner has reached pension credit age' },
    ])
  })

  // Issue 20: income paid every 4 weeks, every month or every year, made weekly by the charging package (regulation 11).
  it('keeps how often an income is paid beside its amount, and only when it is not weekly', () => {
    const outcome = validateStep(step('income'), {
      statePension: '921.00',
      statePensionPer: 'four-weeks',
      privatePension: '433.33',
      privatePensionPer: 'week',
      esa: '',
      esaPer: 'month',
      careBenefit: 'none',
    })
    expect(outcome.ok ? outcome.answers : outcome.errors).toEqual({
      statePension: 92_100,
      statePensionPer: 'four-weeks',
      privatePension: 43_333,
      universalCredit: 0,
      esa: 0,
      pensionCredit: 0,
      careBenefit: 'none',
      careBenefitAmount: 0,
      careBenefitLowerRate: 0,
      mobility: 0,
      earnings: 0,
      otherIncome: 0,
    })
    const income = step('income')
    const statePension = income.fields.find((field) => field.name === 'statePension')
    if (!statePension || !outcome.ok) throw new Error('statePension')
    expect(answerText(statePension, outcome.answers)).toBe('£921.00 every 4 weeks')
    expect(formValues(income, outcome.answers)).toMatchObject({ statePension: '921.00', statePensionPer: 'four-weeks' })
  })

  it('checks a weekly lower rate against a benefit paid every 4 weeks as a weekly amount', () => {
    const base = {
      careBenefit: 'attendance-allowance',
      careBenefitAmount: '441.60',
      careBenefitAmountPer: 'four-weeks',
      careBenefitHigherRate: 'yes',
      nightCare: 'no',
    }
    expect(validateStep(step('income'), { ...base, careBenefitLowerRate: '73.90' }).ok).toBe(true)
    const tooHigh = validateStep(step('income'), { ...base, careBenefitLowerRate: '111.00' })
    expect(tooHigh.ok ? [] : tooHigh.errors).toEqual([
      {
        field: 'careBenefitLowerRate',
        message: 'The lower weekly rate must not be more than the amount you get a week',
      },
    ])
  })
})

describe("'Check your answers' lists extra costs as itemised rows (issue 19)", () => {
  const rows = (answers: Record<string, string | number>) =>
    checkedFields(step('costs'), answers).map((field) => `${field.label}: ${answerText(field, answers)}`)

  it('a row for each cost listed, the other cost named by what it is for, and no rows of costs not had', () => {
    expect(
      rows({ basis: 'itemised', alarm: 2_000, heating: 550, otherDescription: 'Wheelchair repairs', otherCost: 300 }),
    ).toEqual([
      'How should we count these costs?: I will list my costs',
      'Community alarm: £20.00 a month',
      'Extra heating: £5.50 a week',
      'Other cost: Wheelchair repairs: £3.00 a week',
    ])
  })

  it('only how they are counted when they are not listed', () => {
    expect(rows({ basis: 'none' })).toEqual(['How should we count these costs?: I have no extra costs'])
  })
})
