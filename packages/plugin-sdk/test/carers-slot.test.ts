import { describe, expect, it } from 'vitest'
import { carers, carersPolicyInForce, validatePlugin } from '@open-sds/plugin-sdk'
import type { PluginManifest } from '@open-sds/plugin-sdk'
import { composedFrom, validManifest } from './fixtures.js'

const withCarers = (policy: unknown, id = 'test-council'): PluginManifest =>
  ({ ...validManifest(), id, carers: policy }) as PluginManifest

const inForce = (...plugins: PluginManifest[]) => carersPolicyInForce(composedFrom(...plugins))

const said = (result: ReturnType<typeof validatePlugin>) =>
  result.ok ? '' : result.errors.map((issue) => `${issue.path}: ${issue.message}`).join('\n')

describe('the carers slot', () => {
  it('is the default policy (national self-assessment, one-off £200.00, no charge) when no plugin sets one', () => {
    expect(inForce(validManifest())).toEqual({ policy: carers.DEFAULT_CARERS_POLICY, source: 'national-defaults' })
  })

  it("is the council's own when set, the fields it leaves out filled from the default, and a later plugin's replaces it whole", () => {
    const set = inForce(withCarers({ charging: { charges: true, taperPercent: 50, weeklyAllowancePence: 0 } }))
    expect(set.source).toBe('test-council')
    expect(set.policy.charging).toMatchObject({ charges: true })
    expect(set.policy.allocations).toEqual(carers.DEFAULT_CARERS_POLICY.allocations)
    const later = inForce(
      withCarers({ charging: { charges: true, taperPercent: 50, weeklyAllowancePence: 0 } }),
      withCarers({}, 'later'),
    )
    expect(later).toMatchObject({ source: 'later', policy: { charging: { charges: false } } })
  })

  it('refuses at start-up an allocation band above its maximum, naming the field', () => {
    const table = { ...carers.DEFAULT_CARERS_ALLOCATION, maximumOneOffPence: 10_000 }
    expect(said(validatePlugin(withCarers({ allocations: [table] }), '@test/plugin'))).toContain(
      'carers.allocations.0.bands.0.amountPence: Plugin "test-council": carers.allocations.0.bands.0.amountPence: A band must not give more than the maximum budget',
    )
  })

  it('refuses at start-up a carer’s self-assessment with no sections', () => {
    const saq = { ...carers.DEFAULT_CARER_SELF_ASSESSMENT, sections: [] }
    expect(said(validatePlugin(withCarers({ selfAssessment: saq }), '@test/plugin'))).toContain('carers.selfAssessment')
  })
})
