import { describe, expect, it } from 'vitest'
import { createSessionToken, hashSessionToken, isSessionTokenHash } from '../src/index.js'
import { countRows, refusal, testEngines } from './engines.js'
import { at, createUser, minutes } from './helpers.js'

const now = at('2025-04-01T09:00:00Z')
const later = (base: Date, ms: number) => new Date(base.getTime() + ms)

describe('session tokens', () => {
  it('are random and stored only as a SHA-256 hex digest', () => {
    const token = createSessionToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(createSessionToken()).not.toBe(token)
    const hash = hashSessionToken(token)
    expect(isSessionTokenHash(hash)).toBe(true)
    expect(hash).not.toContain(token)
    // The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    expect(hashSessionToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
})

describe.each(testEngines())('sessions repository on $name', (temp) => {
  it('finds a session with its user until it expires, and not after', async () => {
    const handle = await temp.fresh()
    const user = await createUser(handle, 'sam@example.org')
    const tokenHash = hashSessionToken(createSessionToken())
    const expiresAt = later(now, minutes(30))
    await handle.repos.sessions.create(tokenHash, user.id, expiresAt, now, { flash: 'Welcome back' })
    const found = await handle.repos.sessions.findValid(tokenHash, later(now, minutes(29)))
    expect(found?.user).toEqual(user)
    expect(found?.session).toEqual({
      tokenHash,
      userId: user.id,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      data: { flash: 'Welcome back' },
    })
    expect(found && 'passwordHash' in found.user).toBe(false)
    expect(await handle.repos.sessions.findValid(tokenHash, expiresAt)).toBeUndefined()
    expect(await handle.repos.sessions.findValid(hashSessionToken('guessed'), now)).toBeUndefined()
  })

  it('refuses to store anything but a SHA-256 hex digest, so a raw token is never written', async () => {
    const handle = await temp.fresh()
    const user = await createUser(handle, 'sam@example.org')
    const token = createSessionToken()
    await expect(handle.repos.sessions.create(token, user.id, later(now, minutes(30)), now)).rejects.toThrow(
      /never the token/,
    )
    expect(await countRows(temp, handle, 'sessions')).toBe(0)
  })

  it('slides the expiry on touch, and keeps data set later', async () => {
    const handle = await temp.fresh()
    const user = await createUser(handle, 'sam@example.org')
    const tokenHash = hashSessionToken('t')
    await handle.repos.sessions.create(tokenHash, user.id, later(now, minutes(30)), now)
    expect(await handle.repos.sessions.touch(tokenHash, later(now, minutes(20)), later(now, minutes(50)))).toBe(true)
    expect(await handle.repos.sessions.setData(tokenHash, { flash: 'Saved' })).toBe(true)
    const found = await handle.repos.sessions.findValid(tokenHash, later(now, minutes(45)))
    expect(found?.session).toMatchObject({
      lastSeenAt: later(now, minutes(20)),
      expiresAt: later(now, minutes(50)),
      data: { flash: 'Saved' },
    })
    expect(await handle.repos.sessions.touch(hashSessionToken('gone'), now)).toBe(false)
  })

  it('stops a disabled account’s sessions from being valid', async () => {
    const handle = await temp.fresh()
    const user = await createUser(handle, 'sam@example.org')
    const tokenHash = hashSessionToken('t')
    await handle.repos.sessions.create(tokenHash, user.id, later(now, minutes(30)), now)
    await handle.repos.users.disable(user.id, now)
    expect(await handle.repos.sessions.findValid(tokenHash, now)).toBeUndefined()
  })

  it('deletes one session, all of an account’s sessions, or the expired ones', async () => {
    const handle = await temp.fresh()
    const { sessions } = handle.repos
    const sam = await createUser(handle, 'sam@example.org')
    const kim = await createUser(handle, 'kim@example.org')
    await sessions.create(hashSessionToken('sam-1'), sam.id, later(now, minutes(10)), now)
    await sessions.create(hashSessionToken('sam-2'), sam.id, later(now, minutes(60)), now)
    await sessions.create(hashSessionToken('kim-1'), kim.id, later(now, minutes(10)), now)
    await sessions.create(hashSessionToken('kim-2'), kim.id, later(now, minutes(60)), now)
    expect(await sessions.delete(hashSessionToken('sam-1'))).toBe(true)
    expect(await sessions.delete(hashSessionToken('sam-1'))).toBe(false)
    expect(await sessions.deleteExpired(later(now, minutes(10)))).toBe(1)
    expect(await sessions.deleteForUser(sam.id)).toBe(1)
    expect(await sessions.findValid(hashSessionToken('kim-2'), now)).toBeDefined()
    expect(await countRows(temp, handle, 'sessions')).toBe(1)
  })

  it('goes when its user is deleted (foreign key cascade)', async () => {
    const handle = await temp.fresh()
    const user = await createUser(handle, 'sam@example.org')
    await handle.repos.sessions.create(hashSessionToken('t'), user.id, later(now, minutes(30)), now)
    await temp.sql(handle, 'delete from users where id = ?', user.id)
    expect(await countRows(temp, handle, 'sessions')).toBe(0)
  })

  it('cannot belong to an account that does not exist (foreign key)', async () => {
    const handle = await temp.fresh()
    expect(
      await refusal(handle.repos.sessions.create(hashSessionToken('t'), 'no-such-user', later(now, minutes(30)), now)),
    ).toMatch(/FOREIGN KEY constraint failed|violates foreign key constraint/)
    expect(await countRows(temp, handle, 'sessions')).toBe(0)
  })
})
