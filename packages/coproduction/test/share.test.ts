import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { publishShare } from '@open-sds/coproduction'

describe('publishShare: "so many of so many" on a published page (coproduction.md, publishing without identifying people)', () => {
  it('shows a share whose part and rest are both 5 or more', () => {
    expect(publishShare(12, 20)).toEqual({
      part: { kind: 'shown', value: 12 },
      whole: { kind: 'shown', value: 20 },
      percent: 60,
    })
  })

  it('hides a part of 17 out of 20, because 20 less 17 would give away the 3 who did not', () => {
    const share = publishShare(17, 20)
    expect(share.part.kind).toBe('suppressed')
    expect(share.percent).toBeNull()
    expect(share.whole).toEqual({ kind: 'shown', value: 20 })
  })

  it('hides a part of 3, and a whole of 4 altogether', () => {
    expect(publishShare(3, 40).part).toEqual({ kind: 'suppressed', reason: 'small-number' })
    expect(publishShare(4, 4).whole).toEqual({ kind: 'suppressed', reason: 'small-number' })
  })

  it('never lets a count from 1 to 4 be read, directly or as whole less part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (a, b) => {
        const share = publishShare(Math.min(a, b), Math.max(a, b))
        const part = share.part.kind === 'shown' ? share.part.value : undefined
        const whole = share.whole.kind === 'shown' ? share.whole.value : undefined
        for (const value of [part, whole, part !== undefined && whole !== undefined ? whole - part : undefined]) {
          if (value !== undefined) expect(value === 0 || value >= 5).toBe(true)
        }
        if (share.percent !== null) expect(part).toBeDefined()
      }),
    )
  })
})
