import { describe, expect, it } from 'vitest'
import {
  base32Decode,
  base32Encode,
  groupedForTyping,
  hotp,
  matchingTotpStep,
  newTotpSecret,
  otpauthUri,
  totpCode,
  totpStep,
} from '~/.server/auth/totp'

// Issue 18, "Accounts": staff sign in with a second factor (time-based one-time codes). Decision 033.

const ascii = (text: string) => new TextEncoder().encode(text)

describe('base32 (RFC 4648 section 10 test vectors)', () => {
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ]
  it.each(vectors)('encodes %j as %s (padding left off, as otpauth URIs carry it)', (text, encoded) => {
    expect(base32Encode(ascii(text))).toBe(encoded)
  })
  it.each(vectors)('decodes %j from the RFC form with its padding, and as typed in lower case with spaces', (text) => {
    const padded = base32Encode(ascii(text)).padEnd(Math.ceil(text.length / 5) * 8, '=')
    expect(new TextDecoder().decode(base32Decode(padded))).toBe(text)
    expect(new TextDecoder().decode(base32Decode(groupedForTyping(base32Encode(ascii(text))).toLowerCase()))).toBe(text)
  })
  it('refuses characters base32 does not use (0, 1, 8, 9)', () => {
    expect(base32Decode('MZXW0')).toBeUndefined()
    expect(base32Decode('MZ1W6')).toBeUndefined()
  })
})

describe('one-time codes (RFC 6238 appendix B test vectors)', () => {
  // Appendix B's seeds: the ASCII digits 1234567890 repeated to 20, 32 and 64 bytes; codes of 8 digits.
  const seed = { sha1: ascii('12345678901234567890'), sha256: ascii('12345678901234567890123456789012') }
  const seed512 = ascii('1234567890'.repeat(6) + '1234')
  const vectors: [number, string, string, string][] = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ]
  it.each(vectors)('at %i seconds gives %s (SHA-1), %s (SHA-256), %s (SHA-512)', (seconds, s1, s256, s512) => {
    const step = totpStep(new Date(seconds * 1000))
    expect(hotp(seed.sha1, step, 8, 'sha1')).toBe(s1)
    expect(hotp(seed.sha256, step, 8, 'sha256')).toBe(s256)
    expect(hotp(seed512, step, 8, 'sha512')).toBe(s512)
  })
  it.each(vectors)('at %i seconds an app with 6 digits shows the last six of %s', (seconds, s1) => {
    const secret = base32Encode(seed.sha1)
    expect(totpCode(secret, new Date(seconds * 1000))).toBe(s1.slice(2))
  })
})

describe('checking a typed code', () => {
  const secret = base32Encode(ascii('12345678901234567890'))
  const at = new Date(1111111111 * 1000)
  const step = totpStep(at)

  it('accepts the code for now, and for one step before or after (a phone clock a little out)', () => {
    expect(matchingTotpStep(secret, totpCode(secret, at), at)).toBe(step)
    expect(matchingTotpStep(secret, totpCode(secret, new Date(at.getTime() - 30_000)), at)).toBe(step - 1)
    expect(matchingTotpStep(secret, totpCode(secret, new Date(at.getTime() + 30_000)), at)).toBe(step + 1)
  })

  it('refuses a code two steps away, a code of the wrong length, and anything not digits', () => {
    expect(matchingTotpStep(secret, totpCode(secret, new Date(at.getTime() - 60_000)), at)).toBeUndefined()
    expect(matchingTotpStep(secret, '12345', at)).toBeUndefined()
    expect(matchingTotpStep(secret, 'abcdef', at)).toBeUndefined()
  })
})

describe('a new secret', () => {
  it('is 160 random bits in base32 (32 characters), different each time, and grouped in fours to type', () => {
    const one = newTotpSecret()
    expect(one).toMatch(/^[A-Z2-7]{32}$/)
    expect(newTotpSecret()).not.toBe(one)
    expect(groupedForTyping(one).split(' ')).toHaveLength(8)
  })

  it('goes to an app as an otpauth URI naming the council and the account', () => {
    const uri = otpauthUri('JBSWY3DPEHPK3PXP', 'Example County', 'sam@example.org')
    expect(uri).toBe(
      'otpauth://totp/Example%20County:sam%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Example+County&algorithm=SHA1&digits=6&period=30',
    )
  })
})
