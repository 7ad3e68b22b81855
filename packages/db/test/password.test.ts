import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultScryptCost, hashPasswordScrypt, verifyPasswordScrypt } from '../src/index.js'
import { testScryptCost } from './helpers.js'

describe('scrypt password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPasswordScrypt('correct horse battery staple', testScryptCost)
    expect(await verifyPasswordScrypt('correct horse battery staple', hash)).toBe(true)
    expect(await verifyPasswordScrypt('correct horse battery stapler', hash)).toBe(false)
    expect(await verifyPasswordScrypt('', hash)).toBe(false)
  })

  it('writes scrypt$N$r$p$salt$hash with a fresh salt each time, never containing the password', async () => {
    const password = 'demo-citizen-password'
    const first = await hashPasswordScrypt(password, testScryptCost)
    const second = await hashPasswordScrypt(password, testScryptCost)
    expect(first).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/)
    expect(first).not.toBe(second)
    expect(first).not.toContain(password)
    expect(first).not.toContain(Buffer.from(password).toString('base64'))
  })

  it('uses OWASP’s minimum scrypt cost by default (N = 2^17, r = 8, p = 1)', async () => {
    expect(defaultScryptCost).toEqual({ N: 131072, r: 8, p: 1 })
    const hash = await hashPasswordScrypt('slow on purpose')
    expect(hash.startsWith('scrypt$131072$8$1$')).toBe(true)
    expect(await verifyPasswordScrypt('slow on purpose', hash)).toBe(true)
    // Two hashes at the real cost are slow on purpose: on a busy two-core machine they took over 5 seconds.
  }, 60_000)

  it('treats a malformed or greedy stored hash as not matching, without throwing', async () => {
    const good = await hashPasswordScrypt('pw', testScryptCost)
    const [, , , , salt, key] = good.split('$')
    for (const stored of [
      '',
      'pw',
      'bcrypt$1$2$3$4$5',
      `scrypt$1000$8$1$${salt}$${key}`,
      `scrypt$${2 ** 30}$8$1$${salt}$${key}`,
      `scrypt$1024$8$1$$${key}`,
      `scrypt$1024$8$1$${salt}$`,
    ]) {
      expect(await verifyPasswordScrypt('pw', stored)).toBe(false)
    }
  })

  it('matches a password typed with composed or decomposed accents (NFKC)', async () => {
    const hash = await hashPasswordScrypt('Zoë', testScryptCost)
    expect(await verifyPasswordScrypt('Zoe\u0308', hash)).toBe(true)
  })

  it('round-trips any password and never embeds it (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        async (password, other) => {
          const hash = await hashPasswordScrypt(password, testScryptCost)
          expect(await verifyPasswordScrypt(password, hash)).toBe(true)
          if (password.normalize('NFKC') !== other.normalize('NFKC'))
            expect(await verifyPasswordScrypt(other, hash)).toBe(false)
          if (password.length >= 4) expect(hash).not.toContain(password)
        },
      ),
      { numRuns: 20 },
    )
  })
})
