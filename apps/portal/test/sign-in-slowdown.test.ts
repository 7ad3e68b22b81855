import { describe, expect, it } from 'vitest'
import { delayAfter } from '~/.server/auth/rate-limit'

describe('the wait after failed sign-ins', () => {
  const rule = { free: 3, capMs: 60_000 }

  it('is nothing for the first few failures, then doubles with each one', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((failures) => delayAfter(failures, rule))).toEqual([
      0, 0, 0, 1000, 2000, 4000, 8000,
    ])
  })

  it('never grows past its cap, so nobody can keep an account closed for long', () => {
    expect(delayAfter(50, rule)).toBe(60_000)
    expect(delayAfter(10_000, rule)).toBe(60_000)
  })
})
