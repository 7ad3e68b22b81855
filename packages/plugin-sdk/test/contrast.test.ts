import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contrastRatio, formatContrastRatio, relativeLuminance } from '@open-sds/plugin-sdk'

const hexColour = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((channels) => `#${channels.map((value) => value.toString(16).padStart(2, '0')).join('')}`)

describe('contrastRatio (WCAG 2.2 relative luminance)', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10)
    expect(contrastRatio('#00625e', '#00625e')).toBe(1)
  })

  it('puts #767676 just above 4.5:1 on white and #777777 just below, the well-known AA boundary greys', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5)
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5)
  })

  it('matches the GOV.UK link blue #1d70b8 at about 5.17:1 on white', () => {
    expect(contrastRatio('#1d70b8', '#ffffff')).toBeCloseTo(5.17, 2)
  })

  it('gives luminance 0 for black and 1 for white, and reads upper-case hex', () => {
    expect(relativeLuminance('#000000')).toBe(0)
    expect(relativeLuminance('#FFFFFF')).toBe(1)
  })

  it('is symmetric and always between 1 and 21', () => {
    fc.assert(
      fc.property(hexColour, hexColour, (a, b) => {
        const ratio = contrastRatio(a, b)
        expect(ratio).toBe(contrastRatio(b, a))
        expect(ratio).toBeGreaterThanOrEqual(1)
        expect(ratio).toBeLessThanOrEqual(21 + 1e-9)
      }),
    )
  })
})

describe('formatContrastRatio', () => {
  it('rounds down, so a failing ratio never reads as 4.5:1', () => {
    expect(formatContrastRatio(4.4999)).toBe('4.49:1')
    expect(formatContrastRatio(2.1)).toBe('2.1:1')
    expect(formatContrastRatio(21)).toBe('21:1')
  })
})
