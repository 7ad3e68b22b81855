import { describe, expect, it } from 'vitest'
import {
  charging,
  chargingPolicyInForce,
  checkChargingPolicy,
  composePlugins,
  nationalDefaults,
  validatePlugin,
} from '@open-sds/plugin-sdk'
import type { PluginManifest } from '@open-sds/plugin-sdk'
import { validManifest } from './fixtures.js'

const policy = (overrides: Record<string, unknown> = {}) => ({
  ...charging.nationalDefaultPolicy,
  name: 'Test Borough charging policy',
  version: '2025.1',
  ...overrides,
})

function layer(id: string, chargingPolicy: unknown): unknown {
  return { ...validManifest(), id, chargingPolicy }
}

function composedPolicy(...plugins: unknown[]) {
  const manifests = plugins.map((plugin, index) => {
    const checked = validatePlugin(plugin, `plugin-${index}`)
    if (!checked.ok) throw new Error(checked.errors.map((issue) => issue.message).join('\n'))
    return checked.value
  })
  const result = composePlugins(nationalDefaults, manifests)
  if (!result.ok) throw new Error(result.errors.map((issue) => issue.message).join('\n'))
  return result.value
}

describe('the chargingPolicy slot holds a council charging policy', () => {
  it('accepts a policy with a taper, a standard DRE allowance saying what it covers, and a minimum charge', () => {
    const standardDre = { weeklyPence: 1_085, covers: ['extra laundry', 'community alarm'], appliesTo: 'everyone' }
    const result = validatePlugin(
      layer('test-council', policy({ taperPercent: 90, standardDre, minimumChargeWeeklyPence: 125 })),
      '@test/plugin',
    )
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(result.value.chargingPolicy?.standardDre?.covers).toEqual(['extra laundry', 'community alarm'])
  })

  it('refuses a taper above 100%, naming the plugin and the field', () => {
    const result = validatePlugin(layer('test-council', policy({ taperPercent: 120 })), '@test/plugin')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors[0]?.path).toBe('chargingPolicy.taperPercent')
      expect(result.errors[0]?.message).toMatch(
        /^Plugin "test-council": chargingPolicy\.taperPercent: .*Taper must be from 0 to 100 percent/,
      )
    }
  })

  it('refuses a policy with no name or version: every explanation names them', () => {
    const result = validatePlugin(layer('test-council', { taperPercent: 90 }), '@test/plugin')
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors.map((issue) => issue.path).sort()).toEqual(['chargingPolicy.name', 'chargingPolicy.version'])
  })

  it('refuses a policyFunction that is not a function', () => {
    const result = validatePlugin(layer('test-council', policy({ policyFunction: 'lower it' })), '@test/plugin')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]?.path).toBe('chargingPolicy.policyFunction')
  })

  it('keeps a policy function through validation and composition', () => {
    const policyFunction = () => undefined
    const composed = composedPolicy(layer('test-council', policy({ policyFunction })))
    expect(composed.slots.chargingPolicy?.policyFunction).toBe(policyFunction)
  })

  it('a later plugin replaces the whole policy of an earlier one, and provenance names it', () => {
    const composed = composedPolicy(
      layer('first-council', policy({ taperPercent: 80, minimumChargeWeeklyPence: 200 })),
      layer('second-council', policy({ name: 'Second', taperPercent: 95 })),
    )
    expect(composed.slots.chargingPolicy?.name).toBe('Second')
    expect(composed.slots.chargingPolicy?.taperPercent).toBe(95)
    // Not merged: the first plugin's minimum charge does not survive under the second's policy.
    expect(composed.slots.chargingPolicy?.minimumChargeWeeklyPence).toBe(0)
    expect(composed.provenance.slots.chargingPolicy).toBe('second-council')
  })

  it('a plugin without a policy leaves the slot empty, so the portal falls back to the national rules', () => {
    const composed = composedPolicy(validManifest() as PluginManifest)
    expect(composed.slots.chargingPolicy).toBeUndefined()
  })
})

describe('the start-up check of the charging policy in force, for any host', () => {
  it('refuses a policy function that charges more than the cost of care, naming the plugin and the rule', () => {
    const overcharging = policy({
      policyFunction: (draft: { weeklyCostOfCarePence: number }) => ({
        weeklyChargePence: draft.weeklyCostOfCarePence + 1_000,
        reason: 'A flat top-up',
      }),
    })
    const checked = checkChargingPolicy(composedPolicy(layer('overcharging-council', overcharging)), {
      now: '2025-06-01',
    })
    expect(checked.ok ? [] : checked.errors.map((found) => found.path)).toEqual([
      'chargingPolicy.policyFunction.weeklyChargePence',
    ])
    expect(checked.ok ? '' : checked.errors[0]?.message).toMatch(
      /^The charging policy from plugin "overcharging-council" breaks the charging rules: .*more than the weekly cost of care .*s14\(4\)/,
    )
  })

  it('passes the national rules when no plugin sets a policy, and says where the policy came from', () => {
    expect(chargingPolicyInForce(composedPolicy()).policy).toBe(charging.nationalDefaultPolicy)
    const checked = checkChargingPolicy(composedPolicy(), { now: '2025-06-01' })
    expect(checked.ok && checked.value).toMatchObject({ source: 'national-defaults', peopleChecked: 24 })
  })
})
