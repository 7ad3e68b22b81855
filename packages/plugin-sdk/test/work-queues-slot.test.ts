import { describe, expect, it } from 'vitest'
import { composePlugins, nationalDefaults, validatePlugin, waitingTargetDaysOf } from '@open-sds/plugin-sdk'
import type { PluginManifest } from '@open-sds/plugin-sdk'
import { validManifest } from './fixtures.js'

const withQueues = (workQueues: unknown, id = 'test-council'): PluginManifest =>
  ({ ...validManifest(), id, workQueues }) as PluginManifest

function target(...plugins: PluginManifest[]) {
  const result = composePlugins(nationalDefaults, plugins)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return waitingTargetDaysOf(result.value)
}

describe('the workQueues slot (issue 18: unallocated work older than the council’s target is flagged)', () => {
  it('flags work after 28 days when no plugin says otherwise, and after the council’s own target when one does', () => {
    expect(target(validManifest())).toBe(28)
    expect(target(withQueues({}))).toBe(28)
    expect(target(withQueues({ waitingTargetDays: 21 }))).toBe(21)
    expect(target(withQueues({ waitingTargetDays: 21 }), withQueues({ waitingTargetDays: 14 }, 'later'))).toBe(14)
  })

  it('refuses a target that is not a whole number of days from 1 to 365, naming the field', () => {
    for (const [days, message] of [
      [0, 'must be at least 1 day'],
      [2.5, 'must be a whole number of days'],
      ['28', 'must be a whole number of days'],
      [400, 'must be 365 days or fewer'],
    ] as const) {
      const result = validatePlugin(withQueues({ waitingTargetDays: days }), '@test/plugin')
      expect(result.ok ? [] : result.errors.map((issue) => `${issue.path} ${issue.message}`).join('; ')).toContain(
        message,
      )
      expect(result.ok ? '' : result.errors[0]?.path).toContain('waitingTargetDays')
    }
  })
})
