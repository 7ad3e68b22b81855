import { describe, expect, it } from 'vitest'
import { composePlugins, nationalDefaults, staffSecondFactorOf, validatePlugin } from '@open-sds/plugin-sdk'
import type { PluginManifest } from '@open-sds/plugin-sdk'
import { validManifest } from './fixtures.js'

const withSignIn = (signIn: unknown, id = 'test-council'): PluginManifest =>
  ({ ...validManifest(), id, signIn }) as PluginManifest

function policy(...plugins: PluginManifest[]) {
  const result = composePlugins(nationalDefaults, plugins)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return staffSecondFactorOf(result.value)
}

// Issue 18, "Accounts": staff sign in with a second factor, "which a council can require for every staff role".
describe('the signIn slot: whether staff must have a second factor', () => {
  it("is optional when no plugin says otherwise, and the council's choice when one does", () => {
    expect(policy(validManifest())).toBe('optional')
    expect(policy(withSignIn({}))).toBe('optional')
    expect(policy(withSignIn({ staffSecondFactor: 'required' }))).toBe('required')
    expect(
      policy(withSignIn({ staffSecondFactor: 'required' }), withSignIn({ staffSecondFactor: 'optional' }, 'later')),
    ).toBe('optional')
  })

  it('refuses anything but optional or required, naming the field and what was given', () => {
    for (const [given, words] of [
      ['always', "not 'always'"],
      [true, 'not boolean'],
    ] as const) {
      const result = validatePlugin(withSignIn({ staffSecondFactor: given }), '@test/plugin')
      const said = result.ok ? '' : result.errors.map((issue) => `${issue.path} ${issue.message}`).join('; ')
      expect(said).toContain(`A second factor for staff must be 'optional' or 'required', ${words}`)
      expect(said).toContain('signIn.staffSecondFactor')
    }
  })

  it('refuses a setting it does not know, naming it', () => {
    const result = validatePlugin(withSignIn({ staffSecondFactors: 'required' }), '@test/plugin')
    expect(result.ok ? '' : JSON.stringify(result.errors)).toContain('staffSecondFactors')
  })
})
