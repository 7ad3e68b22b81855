import { describe, expect, it } from 'vitest'
import { carers, carersPolicyInForce, composePlugins, nationalDefaults } from '@open-sds/plugin-sdk'
import northmoor from '../src/index.js'

const composed = composePlugins(nationalDefaults, [northmoor])
if (!composed.ok) throw new Error(composed.errors.map((issue) => issue.message).join('\n'))
const northmoorPolicy = carersPolicyInForce(composed.value)
const defaults = composePlugins(nationalDefaults, [])
if (!defaults.ok) throw new Error(defaults.errors.map((issue) => issue.message).join('\n'))
const defaultPolicy = carersPolicyInForce(defaults.value)

/** Maya: eligible, three outcomes she cannot achieve. */
const maya = {
  eligible: true,
  healthAtRisk: false,
  outcomesUnableToAchieve: 3,
  wellbeingImpact: true,
  on: '2026-06-01',
}

describe("Northmoor's carers' policy", () => {
  it('is the one in force, set by the plugin', () => {
    expect(northmoorPolicy.source).toBe('example-county')
    expect(defaultPolicy.source).toBe('national-defaults')
  })

  it('gives Maya £600.00 a year where the default gives a one-off £200.00', () => {
    const there = carers.allocateCarersBudget(northmoorPolicy.policy.allocations, maya)
    const default_ = carers.allocateCarersBudget(defaultPolicy.policy.allocations, maya)
    expect(there.ok && there.value.budget).toEqual({ kind: 'recurring', amountPence: 60_000, per: 'year' })
    expect(default_.ok && default_.value.budget).toEqual({ kind: 'one-off', amountPence: 20_000 })
  })

  it('pays a £250.00 wellbeing payment to a carer who is not eligible, where the default pays nothing', () => {
    const notEligible = { ...maya, eligible: false }
    const there = carers.allocateCarersBudget(northmoorPolicy.policy.allocations, notEligible)
    const default_ = carers.allocateCarersBudget(defaultPolicy.policy.allocations, notEligible)
    expect(there.ok && there.value.budget.amountPence).toBe(25_000)
    expect(default_.ok && default_.value.budget.amountPence).toBe(0)
  })

  it('refuses a £600.00 one-off budget (above its £500.00 maximum) that the default allows', () => {
    const budget = { kind: 'one-off', amountPence: 60_000 } as const
    const there = carers.checkCarersBudget(northmoorPolicy.policy.allocations, budget, '2026-06-01')
    expect(there.ok ? '' : there.errors[0]?.message).toContain('no more than £500.00')
    expect(carers.checkCarersBudget(defaultPolicy.policy.allocations, budget, '2026-06-01').ok).toBe(true)
  })

  it('asks its carers one more question, about the carers centre, and charges nothing', () => {
    const ids = northmoorPolicy.policy.selfAssessment.sections.map((section) => section.id)
    expect(ids.at(-1)).toBe('carers-centre')
    expect(defaultPolicy.policy.selfAssessment.sections.map((section) => section.id)).not.toContain('carers-centre')
    expect(northmoorPolicy.policy.charging).toEqual({ charges: false })
  })
})
