import { describe, expect, it } from 'vitest'
import {
  accountLinkExpiredMessage,
  accountLinkUnknownMessage,
  accountLinkUsedMessage,
  createSessionToken,
  hashSessionToken,
} from '../src/index.js'
import { countRows, refusal, testEngines } from './engines.js'
import { at, createUser, minutes } from './helpers.js'

// Issue 18: a reset link works once and expires; the outbox keeps what the portal would have sent (decision 027).
const now = at('2026-12-02T09:00:00Z')
const later = (ms: number) => new Date(now.getTime() + ms)

describe.each(testEngines())('account links and the outbox on $name', (temp) => {
  const issued = async () => {
    const handle = await temp.fresh()
    const user = await createUser(handle, 'sam@example.org')
    const token = createSessionToken()
    const tokenHash = hashSessionToken(token)
    await handle.withAudit(
      (repos) =>
        repos.accountTokens.issue(
          { tokenHash, userId: user.id, purpose: 'password-reset', expiresAt: later(minutes(60)) },
          now,
        ),
      () => undefined,
    )
    return { handle, user, tokenHash }
  }

  it('spends a link once: a second use, even a minute later, is told it was used', async () => {
    const { handle, user, tokenHash } = await issued()
    const used = await handle.repos.accountTokens.use(tokenHash, 'password-reset', later(minutes(5)))
    expect(used.ok && used.value.userId).toBe(user.id)
    const again = await handle.repos.accountTokens.use(tokenHash, 'password-reset', later(minutes(6)))
    expect(again).toEqual({ ok: false, errors: [{ path: 'link', message: accountLinkUsedMessage }] })
  })

  it('refuses a late link, an unknown one and one for another purpose, and stores only the hash', async () => {
    const { handle, tokenHash } = await issued()
    expect(await handle.repos.accountTokens.use(tokenHash, 'password-reset', later(minutes(60)))).toEqual({
      ok: false,
      errors: [{ path: 'link', message: accountLinkExpiredMessage }],
    })
    const unknown = { ok: false, errors: [{ path: 'link', message: accountLinkUnknownMessage }] }
    expect(await handle.repos.accountTokens.use(hashSessionToken('guessed'), 'password-reset', now)).toEqual(unknown)
    expect(await handle.repos.accountTokens.use(tokenHash, 'email-change', now)).toEqual(unknown)
    expect(await handle.repos.accountTokens.check('not a hash', 'password-reset', now)).toEqual(unknown)
    await expect(
      handle.repos.accountTokens.issue(
        { tokenHash: createSessionToken(), userId: 'x', purpose: 'password-reset', expiresAt: now },
        now,
      ),
    ).rejects.toThrow(/never the token/)
  })

  it('makes older unused links of the same account stop working once one is used', async () => {
    const { handle, user, tokenHash } = await issued()
    const newer = hashSessionToken(createSessionToken())
    await handle.withAudit(
      (repos) =>
        repos.accountTokens.issue(
          { tokenHash: newer, userId: user.id, purpose: 'password-reset', expiresAt: later(minutes(90)) },
          later(minutes(30)),
        ),
      () => undefined,
    )
    expect((await handle.repos.accountTokens.use(newer, 'password-reset', later(minutes(31)))).ok).toBe(true)
    expect((await handle.repos.accountTokens.check(tokenHash, 'password-reset', later(minutes(32)))).ok).toBe(false)
  })

  it('refuses, even by hand-written SQL, reusing a link, removing one, or changing or removing a sent message', async () => {
    const { handle, tokenHash } = await issued()
    await handle.repos.accountTokens.use(tokenHash, 'password-reset', later(minutes(1)))
    expect(await refusal(temp.sql(handle, 'update account_tokens set used_at = null'))).toMatch(/marked used, once/)
    expect(await refusal(temp.sql(handle, 'update account_tokens set expires_at = 0'))).toMatch(/marked used, once/)
    expect(await refusal(temp.sql(handle, 'delete from account_tokens'))).toMatch(/cannot be removed/)
    const message = await handle.withAudit(
      (repos) =>
        repos.outbox.add(
          {
            toAddress: 'sam@example.org',
            subject: 'Reset',
            body: 'Follow the link',
            purpose: 'password-reset',
            link: '/x',
          },
          now,
        ),
      () => undefined,
    )
    expect(await handle.repos.outbox.listRecent()).toEqual([
      { ...message, delivery: expect.objectContaining({ status: 'queued' }) },
    ])
    expect(await refusal(temp.sql(handle, "update outbox_messages set body = 'changed'"))).toMatch(/cannot be changed/)
    expect(await refusal(temp.sql(handle, 'delete from outbox_messages'))).toMatch(/cannot be removed/)
    expect(await countRows(temp, handle, 'outbox_messages')).toBe(1)
  })

  it('replaces a password only with a hash', async () => {
    const { handle, user } = await issued()
    const changed = await handle.withAudit(
      (repos) => repos.users.setPasswordHash(user.id, 'scrypt$16$8$1$c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA=='),
      () => undefined,
    )
    expect(changed.ok).toBe(true)
    await expect(
      handle.withAudit(
        (repos) => repos.users.setPasswordHash(user.id, 'plain password'),
        () => undefined,
      ),
    ).rejects.toThrow(/never a password/)
  })

  it('moves an account to a new email address, never to one another account has', async () => {
    const { handle, user } = await issued()
    await createUser(handle, 'taken@example.org')
    const change = (email: string) =>
      handle.withAudit(
        (repos) => repos.users.changeEmail(user.id, email),
        () => undefined,
      )
    expect(await change('Taken@Example.org ')).toEqual({
      ok: false,
      errors: [{ path: 'email', message: 'An account with this email address already exists' }],
    })
    const moved = await change(' Sam.New@Example.org')
    expect(moved.ok && moved.value.email).toBe('sam.new@example.org')
    expect(await handle.repos.users.findByEmail('sam@example.org')).toBeUndefined()
  })
})
