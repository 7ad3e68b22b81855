import { describe, expect, it } from 'vitest'
import { directPaymentPolicyInForce, directPayments, validatePlugin } from '@open-sds/plugin-sdk'
import type { PluginManifest } from '@open-sds/plugin-sdk'
import { composedFrom, validManifest } from './fixtures.js'

const withPolicy = (directPaymentPolicy: unknown, id = 'test-council'): PluginManifest =>
  ({ ...validManifest(), id, directPaymentPolicy }) as PluginManifest

const inForce = (...plugins: PluginManifest[]) => directPaymentPolicyInForce(composedFrom(...plugins))

describe('the directPaymentPolicy slot', () => {
  it('is the default policy (four-weekly in advance, 4 weeks contingency, surplus above 8, quarterly) when no plugin sets one', () => {
    expect(inForce(validManifest())).toEqual({
      policy: directPayments.DEFAULT_DIRECT_PAYMENT_POLICY,
      source: 'national-defaults',
    })
  })

  it("is the council's own when set, with the fields it leaves out filled from the default, and a later plugin's replaces it whole", () => {
    const set = inForce(withPolicy({ frequency: 'monthly', contingencyWeeks: 6 }))
    expect(set.source).toBe('test-council')
    expect(set.policy).toMatchObject({
      frequency: 'monthly',
      contingencyWeeks: 6,
      surplusThresholdWeeks: 8,
      timing: 'in-advance',
    })
    const later = inForce(withPolicy({ frequency: 'monthly' }), withPolicy({ surplusThresholdWeeks: 12 }, 'later'))
    expect(later).toMatchObject({ source: 'later', policy: { frequency: 'four-weekly', surplusThresholdWeeks: 12 } })
  })

  it('refuses a bad policy at start-up, naming the field', () => {
    const result = validatePlugin(withPolicy({ frequency: 'fortnightly' }), '@test/plugin')
    expect(result.ok).toBe(false)
    const said = result.ok ? '' : result.errors.map((issue) => `${issue.path}: ${issue.message}`).join('\n')
    expect(said).toContain(
      'directPaymentPolicy.frequency: Plugin "test-council": directPaymentPolicy.frequency: Frequency must be one of "weekly", "four-weekly" or "monthly"',
    )
  })

  it('refuses a surplus threshold below the contingency at start-up', () => {
    const result = validatePlugin(withPolicy({ contingencyWeeks: 10, surplusThresholdWeeks: 8 }), '@test/plugin')
    const said = result.ok ? '' : result.errors.map((issue) => `${issue.path}: ${issue.message}`).join('\n')
    expect(said).toContain('directPaymentPolicy.surplusThresholdWeeks')
    expect(said).toContain('at least the contingency')
  })
})
