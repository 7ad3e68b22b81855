import { describe, expect, it } from 'vitest'
import { assessCareHome, assessNonResidential, type NonResidentialInputInput } from '@open-sds/charging'
import { assessed, errorsOf, explanationText, in2023, in2024, policy } from './fixtures.js'

// Devon County Council, "Examples of common financial assessments": Peter, 37, learning disability, no capital.
const peter: NonResidentialInputInput = {
  route: 'full',
  person: { ageYears: 37, pensionCreditAge: false, disabilityPremium: true, enhancedDisabilityPremium: true },
  capital: [],
  income: [
    { kind: 'employment-and-support-allowance', weeklyPence: 22_545 },
    { kind: 'pip-daily-living', weeklyPence: 10_175, higherRate: true },
    { kind: 'pip-mobility', weeklyPence: 2_690 },
  ],
  // Devon counts the whole enhanced PIP daily living rate, which is what happens when night care is provided
  // (the example does not say; with no night care the difference from the standard rate would be ignored).
  nightCareProvided: true,
  housing: {
    costs: [
      { kind: 'rent', label: 'Rent top-up', weeklyPence: 1_000 },
      { kind: 'council-tax', weeklyPence: 600 },
      { kind: 'contents-insurance', weeklyPence: 127 },
    ],
  },
  dre: {
    basis: 'itemised',
    items: [
      { label: 'Cleaner', amountPence: 2_000, per: 'week' },
      { label: 'Mobile phone', amountPence: 1_000, per: 'month' },
      { label: 'Broadband', amountPence: 2_500, per: 'month' },
    ],
  },
  services: [{ kind: 'care-and-support', label: 'Personal budget', cost: { amountPence: 45_400, per: 'week' } }],
}

// Why a rate override: Devon publishes only its total MIG for Peter (£171.75). The 2023/24 table holds the
// basic amount (£103.65, SI 2023/277) but not the disability premiums ("-" in the notes), so the engine refuses
// to guess them. Devon, as a council, supplies them through its policy. The split below is the notes' 2024/25
// premiums divided by 1.067 (the uprating that takes £103.65 to £110.60); with the basic amount it gives exactly
// Devon's £171.75, and only that total affects the charge.
const devonPolicy = policy({
  name: 'Devon County Council',
  version: '2023/24',
  rateOverrides: {
    '2023/24': {
      disabilityPremiumSingle: {
        pence: 4_575,
        source: 'Devon CC worked example (MIG £171.75 in total)',
        status: 'derived',
      },
      enhancedDisabilityPremiumSingle: {
        pence: 2_235,
        source: 'Devon CC worked example (MIG £171.75 in total)',
        status: 'derived',
      },
    },
  },
})

describe('Devon worked example (Devon CC, Examples of common financial assessments), 2023/24 rates', () => {
  it('charges Peter £110.10 a week', () => {
    const result = assessed(assessNonResidential(peter, devonPolicy, in2023))
    expect(result.weeklyChargePence).toBe(11_010)
    expect(result.ratesYear).toBe('2023/24')
    expect(result.fullCostPayer).toBe(false)
  })

  it("shows each step with Devon's figures: ignored PIP mobility, MIG £171.75, housing £17.27, DRE £28.08", () => {
    const steps = assessed(assessNonResidential(peter, devonPolicy, in2023)).explanation
    const amountOf = (start: string) => steps.find((s) => s.text.startsWith(start))?.weeklyPence
    expect(amountOf('PIP mobility component')).toBe(2_690)
    expect(steps.find((s) => s.text.startsWith('PIP mobility'))?.kind).toBe('income-ignored')
    expect(amountOf('Assessable income')).toBe(32_720)
    expect(amountOf('Minimum income guarantee:')).toBe(17_175)
    expect(amountOf('Housing costs you pay yourself')).toBe(1_727)
    expect(amountOf('Mobile phone')).toBe(231)
    expect(amountOf('Broadband')).toBe(577)
    expect(amountOf('Disability-related expenditure')).toBe(2_808)
  })

  it('without the council-supplied premiums the engine refuses, naming the rate and year', () => {
    const errors = errorsOf(assessNonResidential(peter, policy(), in2023))
    expect(errors.map((e) => e.path)).toContain('policy.rateOverrides.2023/24.disabilityPremiumSingle')
    expect(errors[0]?.message).toMatch(
      /disability premium \(single\) for 2023\/24.*council can supply it through its plugin/,
    )
  })
})

describe('Lambeth worked example (Lambeth Council, Example of how your contribution is calculated), 2024/25', () => {
  it('charges Jane, 71, in a permanent care home £143.85 a week', () => {
    const result = assessed(
      assessCareHome(
        {
          route: 'full',
          person: { ageYears: 71, pensionCreditAge: true },
          stay: { kind: 'permanent', weekOfStay: 30, weekOfCouncilFunding: 30 },
          capital: [{ kind: 'savings', valuePence: 1_525_000 }],
          income: [
            { kind: 'occupational-or-private-pension', label: 'Pensions', weeklyPence: 13_000 },
            { kind: 'other-counted', label: 'Benefits other than Attendance Allowance', weeklyPence: 4_000 },
          ],
          placement: { kind: 'care-and-support', label: 'Care home fee', cost: { amountPence: 80_000, per: 'week' } },
        },
        policy({ name: 'Lambeth Council' }),
        in2024,
      ),
    )
    expect(result.weeklyChargePence).toBe(14_385)
    const steps = result.explanation
    expect(steps.find((s) => s.kind === 'tariff')?.weeklyPence).toBe(400)
    expect(steps.find((s) => s.kind === 'assessable-income')?.weeklyPence).toBe(17_400)
    expect(steps.find((s) => s.text.startsWith('Personal expenses allowance'))?.weeklyPence).toBe(3_015)
  })
})

describe('Reading worked example (Reading charging policy appendix F)', () => {
  // The appendix gives only the outcome. The income here is the 2024/25 Pension Credit standard minimum
  // guarantee (£218.15), below the pension-age MIG (£228.70), which is what makes an assessment nil.
  const reading = policy({
    name: 'Reading Borough Council',
    standardDre: {
      weeklyPence: 1_085,
      covers: ['extra costs of disability'],
      appliesTo: 'people-receiving-disability-benefits',
    },
    minimumChargeWeeklyPence: 125,
  })

  it('a 68-year-old with a nil assessment pays £0 for both the £110 weekly budget and £1,700 a year of respite', () => {
    const result = assessed(
      assessNonResidential(
        {
          route: 'full',
          person: { ageYears: 68, pensionCreditAge: true },
          income: [
            { kind: 'state-pension', weeklyPence: 16_950 },
            { kind: 'pension-credit-guarantee', weeklyPence: 4_865 },
          ],
          dre: { basis: 'standard' },
          services: [
            { kind: 'care-and-support', label: 'Personal budget', cost: { amountPence: 11_000, per: 'week' } },
            { kind: 'care-and-support', label: 'Respite', cost: { amountPence: 170_000, per: 'year' } },
          ],
        },
        reading,
        in2024,
      ),
    )
    expect(result.weeklyChargePence).toBe(0)
    expect(result.maximumAssessedChargePence).toBe(0)
    expect(result.weeklyCostOfCarePence).toBe(11_000 + 3_269)
    const text = explanationText(result)
    expect(text).toContain('Personal budget: £110.00 a week')
    expect(text).toContain(
      'Respite: £32.69 a week (£1,700.00 a year / 52, any fraction of a penny left out in your favour)',
    )
    expect(text).toContain('only for people receiving Attendance Allowance, DLA or PIP')
  })
})
