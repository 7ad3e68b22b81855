import { describe, expect, it } from 'vitest'
import type { Framework } from '../src/index.js'
import { composeFrameworks, nationalFrameworks } from '../src/index.js'

const peerSupportGoals: Framework = {
  id: 'ulo-peer-support-goals',
  version: 1,
  title: 'Peer support goals',
  source: 'A user-led organisation’s own goals, agreed with its members in 2024',
  items: [
    { id: 'meet-people', title: 'Meet people who understand' },
    { id: 'speak-up', title: 'Speak up for myself' },
  ],
}

describe('composeFrameworks', () => {
  it('puts a plugin’s frameworks after the national ones', () => {
    const result = composeFrameworks(nationalFrameworks, [peerSupportGoals])
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(result.value.map((framework) => framework.id)).toEqual([
        ...nationalFrameworks.map((f) => f.id),
        'ulo-peer-support-goals',
      ])
  })

  it('refuses a plugin framework that reuses a national id, saying where the first one is', () => {
    const copy = { ...peerSupportGoals, id: 'care-act-wellbeing' }
    expect(composeFrameworks(nationalFrameworks, [copy])).toEqual({
      ok: false,
      errors: [
        {
          path: 'extra.0.id',
          message:
            'Framework id "care-act-wellbeing" is already used by the framework at national.2; give this one its own id',
        },
      ],
    })
  })

  it('refuses an item id used twice in one framework', () => {
    const twice = {
      ...peerSupportGoals,
      items: [...peerSupportGoals.items, { id: 'speak-up', title: 'Speak up again' }],
    }
    const result = composeFrameworks([], [twice])
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'extra.0.items.2.id',
          message:
            'Outcome id "speak-up" appears twice in framework "ulo-peer-support-goals" (also at items.1); each outcome needs its own id',
        },
      ],
    })
  })

  it('validates each framework, naming the field at fault in plain English', () => {
    const result = composeFrameworks([], [{ id: 'Local Goals', version: 0, title: 'x', items: [] }])
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      { path: 'extra.0.id', message: 'Use lower-case letters, digits and single hyphens, like "live-independently"' },
      { path: 'extra.0.version', message: 'Version must be a whole number, 1 or more' },
      { path: 'extra.0.source', message: 'Source is required' },
      { path: 'extra.0.items', message: 'A framework needs at least one outcome' },
    ])
  })
})
