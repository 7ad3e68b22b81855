import { describe, expect, it } from 'vitest'
import { hashSessionToken } from '../src/index.js'
import { countRows, testEngines } from './engines.js'
import { at, createUser } from './helpers.js'

// Issue 18, "Accounts": staff sign in with a second factor, with recovery codes; each code works once (decision 033).
const now = at('2026-12-02T09:00:00Z')
const codes = Array.from({ length: 10 }, (_, index) => hashSessionToken(`recovery code ${index}`))

describe.each(testEngines())('second factors on $name', (temp) => {
  const setUp = async () => {
    const handle = await temp.fresh()
    const user = await createUser(handle, 'sam@example.org')
    const repos = handle.repos
    return { handle, user, factors: repos.secondFactors }
  }

  it('waits for a first code before it is on, then accepts each 30-second step once and never an earlier one', async () => {
    const { user, factors } = await setUp()
    expect(await factors.begin(user.id, 'sealed-1', now)).toBe(true)
    expect((await factors.find(user.id))?.confirmedAt).toBeNull()
    // A code cannot be used before set-up is confirmed.
    expect(await factors.useStep(user.id, 100)).toBe(false)
    expect(await factors.confirm(user.id, 100, codes, now)).toBe(true)
    expect(await factors.find(user.id)).toMatchObject({ sealedSecret: 'sealed-1', confirmedAt: now, lastUsedStep: 100 })
    // The confirming code's step is spent; so is any earlier one (a code seen over a shoulder is no use).
    expect(await factors.useStep(user.id, 100)).toBe(false)
    expect(await factors.useStep(user.id, 99)).toBe(false)
    expect(await factors.useStep(user.id, 101)).toBe(true)
    expect(await factors.useStep(user.id, 101)).toBe(false)
    // Confirming again, or starting again over a confirmed factor, changes nothing.
    expect(await factors.confirm(user.id, 200, [], now)).toBe(false)
    expect(await factors.begin(user.id, 'sealed-2', now)).toBe(false)
    expect((await factors.find(user.id))?.sealedSecret).toBe('sealed-1')
  })

  it('replaces a set-up nobody confirmed with a new secret', async () => {
    const { user, factors } = await setUp()
    await factors.begin(user.id, 'sealed-1', now)
    expect(await factors.begin(user.id, 'sealed-2', now)).toBe(true)
    expect((await factors.find(user.id))?.sealedSecret).toBe('sealed-2')
  })

  it('spends a recovery code once, only for its own account, and renewing them makes the old ones useless', async () => {
    const { handle, user, factors } = await setUp()
    const other = await createUser(handle, 'alex@example.org')
    await factors.begin(user.id, 'sealed-1', now)
    await factors.confirm(user.id, 1, codes, now)
    expect(await factors.unusedRecoveryCodes(user.id)).toBe(10)
    expect(await factors.useRecoveryCode(other.id, codes[0] ?? '', now)).toBe(false)
    expect(await factors.useRecoveryCode(user.id, codes[0] ?? '', now)).toBe(true)
    expect(await factors.useRecoveryCode(user.id, codes[0] ?? '', now)).toBe(false)
    expect(await factors.unusedRecoveryCodes(user.id)).toBe(9)
    const renewed = [hashSessionToken('new code')]
    await factors.replaceRecoveryCodes(user.id, renewed, now)
    expect(await factors.useRecoveryCode(user.id, codes[1] ?? '', now)).toBe(false)
    expect(await factors.unusedRecoveryCodes(user.id)).toBe(1)
  })

  it('refuses to store a recovery code as typed, only its hash', async () => {
    const { user, factors } = await setUp()
    await factors.begin(user.id, 'sealed-1', now)
    await expect(factors.confirm(user.id, 1, ['abcde-fghij'], now)).rejects.toThrow(/hash, never as the code/)
  })

  it('turns off: the secret and every recovery code are gone', async () => {
    const { handle, user, factors } = await setUp()
    await factors.begin(user.id, 'sealed-1', now)
    await factors.confirm(user.id, 1, codes, now)
    expect(await factors.remove(user.id)).toBe(true)
    expect(await factors.find(user.id)).toBeUndefined()
    expect(await countRows(temp, handle, 'recovery_codes')).toBe(0)
    expect(await factors.remove(user.id)).toBe(false)
  })
})
