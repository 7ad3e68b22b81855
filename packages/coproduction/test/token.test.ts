import { describe, expect, it } from 'vitest'
import { redeemToken } from '@open-sds/coproduction'
import { expectErrors, expectOk, now } from './fixtures.js'

const token = { surveyId: 'living-well-2026', expiresAt: '2026-06-01T00:00:00Z' }

describe('one-time survey links', () => {
  it('an unused, unexpired link is redeemed and marked used at that moment', () => {
    expect(expectOk(redeemToken(token, { now }))).toEqual({ ...token, usedAt: now.toISOString() })
  })

  it('a used link is refused: "This link has already been used"', () => {
    const used = expectOk(redeemToken(token, { now }))
    expect(expectErrors(redeemToken(used, { now }))).toEqual([
      { path: 'token', message: 'This link has already been used' },
    ])
  })

  it('an expired link is refused, including at the exact expiry time', () => {
    expect(expectErrors(redeemToken(token, { now: new Date('2026-06-01T00:00:00Z') }))[0]?.message).toBe(
      'This link has expired: ask for a new one',
    )
  })

  it('a malformed record or clock is refused, not thrown', () => {
    expect(expectErrors(redeemToken({ surveyId: 'x' }, { now }))[0]?.path).toBe('token.expiresAt')
    expect(expectErrors(redeemToken(token, { now: new Date(Number.NaN) }))[0]?.path).toBe('now')
  })
})
