import path from 'node:path'
import { assessFinancialAnswers, nationalDefaultPolicy, probeChargingPolicy } from '@open-sds/charging'
import county from '@open-sds/plugin-example-county'
import { describe, expect, it } from 'vitest'
import { chargingPolicyOf } from '~/routes/_charging+/charging.server'
import { loadPlugins, type ModuleImporter } from '~/.server/plugins'
import { runPortalExpectingExit } from './support/portal-process'

const fixtures = path.resolve(import.meta.dirname, 'fixtures')

const overcharging = {
  id: 'overcharging-council',
  name: 'Overcharging Council',
  apiVersion: 1,
  chargingPolicy: {
    ...nationalDefaultPolicy,
    name: 'Overcharging policy',
    version: '1',
    policyFunction: (draft: { weeklyCostOfCarePence: number }) => ({
      weeklyChargePence: draft.weeklyCostOfCarePence + 1_000,
      reason: 'A flat top-up',
    }),
  },
}

const modules: Record<string, unknown> = { county: { default: county }, overcharging: { default: overcharging } }
const importer: ModuleImporter = async (name) => modules[name]

describe('the charging policy in the composed configuration', () => {
  it("is Northmoor's when the example county is configured: the same answers give a lower charge than the national rules", async () => {
    const site = await loadPlugins(['county'], importer)
    const policy = chargingPolicyOf(site)
    expect(policy.taperPercent).toBe(90)
    const answers = {
      'about-you': { age: 70, pensionCreditAge: true, couple: false, disabilityPremium: false },
      capital: {},
      income: { statePension: 23_000, privatePension: 8_000, careBenefit: 'none' },
      housing: { councilTax: 2_000 },
      costs: { basis: 'none' },
    }
    const input = { answers, costOfCareWeeklyPence: 30_000 }
    const northmoor = assessFinancialAnswers(input, policy, { now: '2025-09-01' })
    const national = assessFinancialAnswers(input, nationalDefaultPolicy, { now: '2025-09-01' })
    if (!northmoor.ok || !national.ok) throw new Error('both assess')
    // £310.00 income - £232.60 MIG (pension age, 2025/26) - £20.00 council tax = £57.40; Northmoor takes 90%.
    expect(national.value.weeklyChargePence).toBe(5_740)
    expect(northmoor.value.weeklyChargePence).toBe(5_166)
  })

  it('falls back to the national rules when no plugin supplies a policy', async () => {
    expect(chargingPolicyOf(await loadPlugins([], importer))).toBe(nationalDefaultPolicy)
  })

  it('refuses at start-up a policy function that charges more than the cost of care, naming the plugin and the rule', async () => {
    await expect(loadPlugins(['overcharging'], importer)).rejects.toThrow(
      /- chargingPolicy\.policyFunction\.weeklyChargePence: The charging policy from plugin "overcharging-council" breaks the charging rules: .*more than the weekly cost of care .*s14\(4\)/,
    )
  })

  it("finds no problem in Northmoor's policy, or the national rules, on any day of the rate tables", () => {
    for (const day of ['2023-06-01', '2024-06-01', '2025-06-01', '2026-06-01']) {
      expect(probeChargingPolicy(county.chargingPolicy ?? nationalDefaultPolicy, { now: day }).ok).toBe(true)
      expect(probeChargingPolicy(nationalDefaultPolicy, { now: day }).ok).toBe(true)
    }
  })
})

describe('start-up refuses a bad charging policy with a plain message', () => {
  it('a policy function above the cost of care stops the portal', async () => {
    const { code, output } = await runPortalExpectingExit({
      OPEN_SDS_PLUGINS: path.join(fixtures, 'plugin-charging-above-cost.mjs'),
    })
    expect(code).toBe(1)
    expect(output).toContain('overcharging-council')
    expect(output).toContain('more than the weekly cost of care')
    expect(output).not.toMatch(/^\s+at /m)
  })

  it('a taper above 100% stops the portal, naming the field', async () => {
    const { code, output } = await runPortalExpectingExit({
      OPEN_SDS_PLUGINS: path.join(fixtures, 'plugin-charging-bad-taper.mjs'),
    })
    expect(code).toBe(1)
    expect(output).toMatch(/greedy-council.*chargingPolicy\.taperPercent/s)
  })
})
