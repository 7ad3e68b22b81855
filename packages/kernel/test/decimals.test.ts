import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { floorOfProduct, scaledInteger } from '../src/index.ts'

describe('scaledInteger: a decimal as whole hundredths (or any other unit), exactly', () => {
  it('reads percentages as basis points without float error', () => {
    expect(scaledInteger(90, 2)).toBe(9000)
    expect(scaledInteger(90.5, 2)).toBe(9050)
    expect(scaledInteger(0.29, 2)).toBe(29) // 0.29 * 100 is 28.999999999999996 in floats
    expect(scaledInteger(12.34, 2)).toBe(1234)
    expect(scaledInteger(0, 2)).toBe(0)
    expect(scaledInteger(-1.5, 2)).toBe(-150)
  })

  it('says when a value has more decimal places than the unit allows', () => {
    expect(scaledInteger(90.125, 2)).toBeUndefined()
    expect(scaledInteger(1e-7, 2)).toBeUndefined()
    expect(scaledInteger(90.1, 1)).toBe(901)
  })

  it('refuses what is not a finite number, as a programming error', () => {
    expect(() => scaledInteger(Number.NaN, 2)).toThrow(RangeError)
    expect(() => scaledInteger(Number.POSITIVE_INFINITY, 2)).toThrow(RangeError)
  })

  it('agrees with the digits a person typed, for every amount with two decimal places', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (hundredths) => {
        const typed = `${String(Math.floor(hundredths / 100))}.${String(hundredths % 100).padStart(2, '0')}`
        expect(scaledInteger(Number(typed), 2)).toBe(hundredths)
      }),
    )
  })
})

describe('floorOfProduct: a x b rounded down, on the decimals as written', () => {
  it('does not lose a whole unit to float error', () => {
    expect(0.29 * 100).toBeLessThan(29) // what the float arithmetic would give
    expect(floorOfProduct(0.29, 100)).toBe(29)
    expect(floorOfProduct(1.1, 3)).toBe(3) // 3.3000000000000003 in floats; 3 either way
    expect(floorOfProduct(2.5, 0.5)).toBe(1)
    expect(floorOfProduct(0.1, 30)).toBe(3) // 3.0000000000000004 in floats
    expect(floorOfProduct(0.7, 10)).toBe(7)
  })

  it('rounds down, towards minus infinity', () => {
    expect(floorOfProduct(2.99, 1)).toBe(2)
    expect(floorOfProduct(-2.5, 1)).toBe(-3)
    expect(floorOfProduct(1e21, 2)).toBe(2e21)
  })

  it('is exact for every product of two-decimal numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (a, b) => {
        const asTyped = (n: number) => Number(`${String(Math.floor(n / 100))}.${String(n % 100).padStart(2, '0')}`)
        expect(floorOfProduct(asTyped(a), asTyped(b))).toBe(Math.floor((a * b) / 10_000))
      }),
    )
  })
})
