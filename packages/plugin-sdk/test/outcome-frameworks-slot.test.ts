import { describe, expect, it } from 'vitest'
import { composePlugins, nationalDefaults, outcomeFrameworksInForce, validatePlugin } from '@open-sds/plugin-sdk'
import type { Framework, PluginManifest } from '@open-sds/plugin-sdk'
import { validManifest } from './fixtures.js'

/** A user-led organisation's own peer-support goals (outcomes.md: "a plugin can add a local framework"). */
const peerGoals: Framework = {
  id: 'riverside-peer-goals',
  version: 1,
  title: 'Riverside peer-support goals',
  source: 'Riverside Disability Voice members’ assembly, 2026',
  items: [
    { id: 'meet-people', title: 'Meet people who understand' },
    { id: 'speak-up', title: 'Speak up for myself' },
  ],
}

const withFrameworks = (frameworks: unknown, id = 'test-council'): PluginManifest =>
  ({ ...validManifest(), id, outcomeFrameworks: { frameworks } }) as PluginManifest

describe('the outcomeFrameworks slot', () => {
  it('offers the four national frameworks when no plugin adds one, and a plugin’s own after them', () => {
    const bare = composePlugins(nationalDefaults, [validManifest()])
    if (!bare.ok) throw new Error(JSON.stringify(bare.errors))
    expect(outcomeFrameworksInForce(bare.value).map((framework) => framework.id)).toEqual([
      'putting-people-first',
      'our-health-our-care-our-say',
      'care-act-wellbeing',
      'care-act-eligibility-outcomes',
    ])
    const added = composePlugins(nationalDefaults, [withFrameworks([peerGoals])])
    if (!added.ok) throw new Error(JSON.stringify(added.errors))
    expect(
      outcomeFrameworksInForce(added.value)
        .map((framework) => framework.id)
        .at(-1),
    ).toBe('riverside-peer-goals')
  })

  it('refuses a plugin that reuses a national framework’s id, naming the plugin and the field', () => {
    const result = validatePlugin(withFrameworks([{ ...peerGoals, id: 'putting-people-first' }]), 'test')
    expect(result.ok).toBe(false)
    const messages = result.ok ? [] : result.errors.map((issue) => `${issue.path}: ${issue.message}`)
    expect(messages.join('\n')).toContain('outcomeFrameworks.frameworks.0.id')
    expect(messages.join('\n')).toContain(
      'Framework id "putting-people-first" is already used by the framework at national.0; give this one its own id',
    )
  })
})
