import {
  assessFinancialAnswers,
  chargeByHandWithin,
  classifyRefusal,
  causeOfRefusal,
  CouncilPolicySchema,
  nationalDefaultPolicy,
} from '@open-sds/charging'
import { describe, expect, it } from 'vitest'

// Issue 19, "no dead end": a refusal caused by the council's data must not stop the person sending their answers.
const workingAge = {
  'about-you': { age: 40, pensionCreditAge: false, couple: false, disabilityPremium: true },
  capital: {},
  income: { esa: 9_000, careBenefit: 'none' as const },
  housing: {},
  costs: { basis: 'none' as const },
}

const refusedFor = (answers: unknown, now: string, costOfCareWeeklyPence = 30_000) => {
  const result = assessFinancialAnswers({ answers, costOfCareWeeklyPence }, nationalDefaultPolicy, { now })
  if (result.ok) throw new Error('expected a refusal')
  return result.errors
}

describe('whether a refusal is the council data or the person input', () => {
  it('a disability premium not yet published for 2026/27 is the council data, said without the rate key or path', () => {
    const refused = classifyRefusal(refusedFor(workingAge, '2026-12-02'))
    expect(refused).toEqual({
      cause: 'council-data',
      reasons: ['The disability premium (single) for 2026/27 has not been published yet, and this charge needs it.'],
    })
  })

  it('a year with no rate table at all is the council data', () => {
    const refused = classifyRefusal(
      refusedFor(
        { ...workingAge, 'about-you': { ...workingAge['about-you'], disabilityPremium: false } },
        '2031-06-01',
      ),
    )
    expect(refused).toEqual({
      cause: 'council-data',
      reasons: ['The charging rates for 2031/32 have not been published yet.'],
    })
  })

  it('no cost of care is the council data', () => {
    expect(
      causeOfRefusal({ path: 'statedByPersonWeeklyPence', message: 'Enter the weekly cost of your care and support' }),
    ).toBe('council-data')
  })

  it('an answer that contradicts another is the person input, and hides the council gaps until it is fixed', () => {
    const answers = { ...workingAge, housing: { councilTax: 1_000, councilTaxReduction: 2_000 } }
    const refused = classifyRefusal(refusedFor(answers, '2026-12-02'))
    expect(refused.cause).toBe('person-input')
    expect(refused.cause === 'person-input' && refused.issues.map((found) => found.path)).toEqual([
      'answers.housing.councilTaxReduction',
    ])
  })
})

describe('when a charge worked out by hand will be ready', () => {
  it('is within 10 working days unless the council sets its own number', () => {
    expect(chargeByHandWithin(nationalDefaultPolicy)).toBe('within 10 working days')
    expect(chargeByHandWithin({ chargeByHandWorkingDays: 5 })).toBe('within 5 working days')
  })

  it('a council number that is not a whole number of days from 1 to 60 is refused with the field named', () => {
    const parsed = CouncilPolicySchema.safeParse({ ...nationalDefaultPolicy, chargeByHandWorkingDays: 0 })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.message).toContain('Working days to work out a charge by hand')
  })
})
