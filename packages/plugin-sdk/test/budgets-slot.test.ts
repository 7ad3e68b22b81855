import { describe, expect, it } from 'vitest'
import { budgetByHandWorkingDaysOf, composePlugins, nationalDefaults, validatePlugin } from '@open-sds/plugin-sdk'
import type { PluginManifest } from '@open-sds/plugin-sdk'
import { validManifest } from './fixtures.js'

const withBudgets = (budgets: unknown, id = 'test-council'): PluginManifest =>
  ({ ...validManifest(), id, budgets }) as PluginManifest

function workingDays(...plugins: PluginManifest[]) {
  const result = composePlugins(nationalDefaults, plugins)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return budgetByHandWorkingDaysOf(result.value)
}

// Issue 19, "no dead end": the person whose budget no RAS could give is told when a practitioner will have worked it
// out; the council says how long, as its charging policy does for a charge worked out by hand.
describe('the budgets slot: working days to work out a budget by hand', () => {
  it('is 10 when no plugin says otherwise, and the council’s own number when one does', () => {
    expect(workingDays(validManifest())).toBe(10)
    expect(workingDays(withBudgets({}))).toBe(10)
    expect(workingDays(withBudgets({ budgetByHandWorkingDays: 5 }))).toBe(5)
    expect(
      workingDays(withBudgets({ budgetByHandWorkingDays: 5 }), withBudgets({ budgetByHandWorkingDays: 15 }, 'later')),
    ).toBe(15)
  })

  it('refuses a number that is not a whole number of days from 1 to 60, naming the field', () => {
    for (const days of [0, 2.5, '10', 61]) {
      const result = validatePlugin(withBudgets({ budgetByHandWorkingDays: days }), '@test/plugin')
      const said = result.ok ? '' : result.errors.map((issue) => `${issue.path} ${issue.message}`).join('; ')
      expect(said).toContain('Working days to work out a budget by hand must be')
      expect(said).toContain('budgets.budgetByHandWorkingDays')
    }
  })
})
