import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstInOrder } from '../src/first-in-order.js'

describe('choosing the first of many in order', () => {
  it('gives the same first k as sorting them all, for any k, few or many', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 300 }), fc.nat(320), (keys, k) => {
        // Ties broken by position, as the search breaks them by name order: a total order.
        const compare = (a: number, b: number) => (keys[a] as number) - (keys[b] as number) || a - b
        const sorted = Array.from(keys.keys()).sort(compare)
        expect(firstInOrder(keys.length, k, compare)).toEqual(sorted.slice(0, k))
      }),
      { numRuns: 500 },
    )
  })

  it('the three nearest of ten thousand, without being told more than how to compare', () => {
    const distances = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_007)
    const compare = (a: number, b: number) => (distances[a] as number) - (distances[b] as number) || a - b
    expect(firstInOrder(distances.length, 3, compare).map((i) => distances[i])).toEqual([0, 1, 2])
  })
})
