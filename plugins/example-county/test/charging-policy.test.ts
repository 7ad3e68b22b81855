import { describe, expect, it } from 'vitest'
import { charging, composePlugins, nationalDefaults } from '@open-sds/plugin-sdk'
import northmoor from '../src/index.js'

type Input = Parameters<typeof charging.assessNonResidential>[0]

// Sam, 52, at home with £320 a week of home care (the charging package's README example), assessed on 1 September 2025.
const sam = (dre: Extract<Input, { route: 'full' }>['dre']): Input => ({
  route: 'full',
  person: { ageYears: 52, pensionCreditAge: false, disabilityPremium: true },
  capital: [{ kind: 'savings', valuePence: 1_845_000 }],
  income: [
    { kind: 'employment-and-support-allowance', weeklyPence: 14_210 },
    { kind: 'pip-daily-living', weeklyPence: 7_290, higherRate: false },
    { kind: 'pip-mobility', weeklyPence: 2_905 },
  ],
  housing: { costs: [{ kind: 'council-tax', weeklyPence: 2_400 }], councilTaxReductionWeeklyPence: 600 },
  dre,
  services: [{ kind: 'care-and-support', label: 'Home care', cost: { amountPence: 32_000, per: 'week' } }],
})

function charge(input: Input, policy: charging.CouncilPolicyInput) {
  const result = charging.assessNonResidential(input, policy, { now: '2025-09-01' })
  if (!result.ok) throw new Error(result.errors.map((issue) => issue.message).join('\n'))
  return result.value
}

const composed = composePlugins(nationalDefaults, [northmoor])
if (!composed.ok) throw new Error(composed.errors.map((issue) => issue.message).join('\n'))
const policy = composed.value.slots.chargingPolicy
if (!policy) throw new Error('Northmoor supplies no charging policy')

describe("Northmoor's charging policy differs from the national rules on the same person", () => {
  it('is the policy the composed configuration carries, supplied by the plugin', () => {
    expect(composed.value.provenance.slots.chargingPolicy).toBe('example-county')
    expect(policy.taperPercent).toBe(90)
    expect(policy.standardDre?.weeklyPence).toBe(2_000)
    expect(policy.minimumChargeWeeklyPence).toBe(200)
  })

  it('takes 90% of what is left: £46.66 a week where the national rules take all £51.85', () => {
    // Assessable £142.10 + £72.90 + £17 tariff = £232.00; less MIG £112.50 + disability premium £49.65 and council
    // tax £18.00 leaves £51.85 (2025/26 rates).
    expect(charge(sam({ basis: 'none' }), charging.nationalDefaultPolicy).weeklyChargePence).toBe(5_185)
    expect(charge(sam({ basis: 'none' }), policy).weeklyChargePence).toBe(4_666)
  })

  it('allows its standard £20 disability-related expenditure allowance and says what it covers; the national rules have none', () => {
    const northmoorResult = charge(sam({ basis: 'standard' }), policy)
    expect(northmoorResult.weeklyChargePence).toBe(2_866) // 90% of (£51.85 - £20.00) = £28.665, down to the penny
    expect(northmoorResult.explanation.map((step) => step.text).join('\n')).toContain(
      'It covers extra laundry, extra heating',
    )
    const national = charging.assessNonResidential(sam({ basis: 'standard' }), charging.nationalDefaultPolicy, {
      now: '2025-09-01',
    })
    expect(national.ok).toBe(false)
    if (!national.ok) expect(national.errors[0]?.path).toBe('dre.basis')
  })

  it('does not collect a charge under £2 a week that the national rules would collect', () => {
    // £1.50 more income than the allowances under the national rules.
    const small = sam({ basis: 'none' })
    if (small.route !== 'full') throw new Error('unreachable')
    small.income = [
      { kind: 'employment-and-support-allowance', weeklyPence: 14_210 - 5_185 + 150 },
      { kind: 'pip-daily-living', weeklyPence: 7_290, higherRate: false },
    ]
    expect(charge(small, charging.nationalDefaultPolicy).weeklyChargePence).toBe(150)
    expect(charge(small, policy).weeklyChargePence).toBe(0)
  })
})
