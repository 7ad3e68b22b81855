import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { duplicateEmailMessage, roles } from '../src/index.js'
import { refusal, testEngines } from './engines.js'
import { at } from './helpers.js'

const now = at('2025-04-01T09:00:00Z')
const sam = { email: 'sam@example.org', displayName: 'Sam', passwordHash: 'hash-1', role: 'citizen' } as const

describe.each(testEngines())('users repository on $name', (temp) => {
  it('creates an account with a random UUID and the time given', async () => {
    const { repos } = await temp.fresh()
    const created = await repos.users.create(sam, now)
    expect(created).toEqual({
      ok: true,
      value: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        ...{ email: sam.email, displayName: 'Sam', role: 'citizen' },
        createdAt: now,
        disabledAt: null,
        emailVerifiedAt: now,
      },
    })
    expect(created.ok && 'passwordHash' in created.value).toBe(false)
  })

  it('keeps an account its owner made waiting until they prove the address, and keeps the first proof (issue 15)', async () => {
    const { repos } = await temp.fresh()
    const created = await repos.users.create({ ...sam, emailVerified: false }, now)
    if (!created.ok) throw new Error('not created')
    expect(created.value.emailVerifiedAt).toBeNull()
    expect((await repos.users.findForSignIn(sam.email))?.user.emailVerifiedAt).toBeNull()
    const later = at('2025-04-01T10:00:00Z')
    expect(await repos.users.markEmailVerified(created.value.id, later)).toMatchObject({
      ok: true,
      value: { emailVerifiedAt: later },
    })
    await repos.users.markEmailVerified(created.value.id, at('2025-04-02T10:00:00Z'))
    expect((await repos.users.findById(created.value.id))?.emailVerifiedAt).toEqual(later)
    expect(await repos.users.markEmailVerified('no-such-account', later)).toMatchObject({ ok: false })
  })

  it('refuses a duplicate email with the typed error, never throwing, and keeps the first account', async () => {
    const { repos } = await temp.fresh()
    const first = await repos.users.create(sam, now)
    const second = await repos.users.create(
      { ...sam, email: '  SAM@Example.ORG ', displayName: 'Impostor', passwordHash: 'hash-2' },
      now,
    )
    expect(second).toEqual({ ok: false, errors: [{ path: 'email', message: duplicateEmailMessage }] })
    expect(duplicateEmailMessage).toBe('An account with this email address already exists')
    const kept = await repos.users.findForSignIn('sam@example.org')
    expect(kept?.user).toEqual(first.ok && first.value)
    expect(kept?.passwordHash).toBe('hash-1')
    expect(await repos.users.list()).toHaveLength(1)
  })

  it('stores email addresses trimmed and lower-cased, and finds them however they are typed', async () => {
    const handle = await temp.fresh()
    const { repos } = handle
    await repos.users.create({ ...sam, email: '  Sam.Jones@Example.ORG\t' }, now)
    expect(await temp.sql(handle, 'select email from users')).toEqual([{ email: 'sam.jones@example.org' }])
    expect((await repos.users.findByEmail('SAM.JONES@example.org '))?.email).toBe('sam.jones@example.org')
  })

  it('finds the same account for any casing and surrounding spaces of its address (property)', async () => {
    const { repos } = await temp.fresh()
    await repos.users.create(sam, now)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: sam.email.length, maxLength: sam.email.length }),
        fc.string({ unit: fc.constantFrom(' ', '\t', '\n'), maxLength: 3 }),
        async (upper, padding) => {
          const typed = [...sam.email].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('')
          const found = await repos.users.findByEmail(`${padding}${typed}${padding}`)
          expect(found?.email).toBe(sam.email)
          const again = await repos.users.create({ ...sam, email: typed }, now)
          expect(again.ok).toBe(false)
        },
      ),
      { numRuns: 50 },
    )
  })

  it('the database itself refuses an address that was not normalised', async () => {
    const handle = await temp.fresh()
    const insert = (id: string, email: string) =>
      temp.sql(
        handle,
        `insert into users (id, email, display_name, password_hash, role, created_at) values (?, ?, 'X', 'h', 'citizen', 0)`,
        id,
        email,
      )
    expect(await refusal(insert('u1', 'Sam@Example.org'))).toMatch(/check constraint.*users_email_normalised/i)
    await expect(insert('u2', 'sam@example.org')).resolves.toEqual([])
  })

  it('explains bad input field by field in plain English', async () => {
    const { repos } = await temp.fresh()
    const result = await repos.users.create(
      { email: 'not an email', displayName: '   ', passwordHash: '', role: 'wizard' as never },
      now,
    )
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors).toEqual([
      { path: 'email', message: 'Enter an email address in the correct format, like name@example.com' },
      { path: 'displayName', message: 'Enter a name' },
      { path: 'passwordHash', message: 'Password hash is missing' },
      { path: 'role', message: `Role must be one of: ${roles.join(', ')}` },
    ])
  })

  it('uses the id the caller gives', async () => {
    const { repos } = await temp.fresh()
    const id = '2c4d3b1a-9f8e-4d7c-8b6a-5f4e3d2c1b0a'
    const created = await repos.users.create({ ...sam, id }, now)
    expect(created.ok && created.value.id).toBe(id)
    expect((await repos.users.findById(id))?.email).toBe(sam.email)
    expect(await repos.users.findById('2c4d3b1a-0000-4000-8000-000000000000')).toBeUndefined()
  })

  it('lists accounts by email address, optionally by role', async () => {
    const { repos } = await temp.fresh()
    await repos.users.create({ ...sam, email: 'zoe@example.org' }, now)
    await repos.users.create({ ...sam, email: 'amir@example.org', role: 'practitioner' }, now)
    expect((await repos.users.list()).map((user) => user.email)).toEqual(['amir@example.org', 'zoe@example.org'])
    expect((await repos.users.list({ role: 'practitioner' })).map((user) => user.email)).toEqual(['amir@example.org'])
  })

  it('changes a role, refusing an unknown role or account', async () => {
    const { repos } = await temp.fresh()
    const created = await repos.users.create(sam, now)
    if (!created.ok) throw new Error('setup')
    const changed = await repos.users.setRole(created.value.id, 'finance-officer')
    expect(changed.ok && changed.value.role).toBe('finance-officer')
    expect(await repos.users.setRole(created.value.id, 'overlord' as never)).toEqual({
      ok: false,
      errors: [{ path: 'role', message: `Role must be one of: ${roles.join(', ')}` }],
    })
    expect(await repos.users.setRole('no-such-id', 'citizen')).toEqual({
      ok: false,
      errors: [{ path: 'id', message: 'No account has this id' }],
    })
  })

  // Issue 18, decision 047: a member of staff can hold more than one role, e.g. a practitioner who also administers.
  it('gives a staff account a second role and takes it away; lists it under both; never gives a personal account one', async () => {
    const handle = await temp.fresh()
    const { repos } = handle
    const admin = await repos.users.create({ ...sam, email: 'admin@example.org', role: 'council-admin' }, now)
    const amir = await repos.users.create({ ...sam, email: 'amir@example.org', role: 'practitioner' }, now)
    const zoe = await repos.users.create({ ...sam, email: 'zoe@example.org' }, now)
    if (!admin.ok || !amir.ok || !zoe.ok) throw new Error('setup')
    const amirId = amir.value.id
    expect((await repos.users.giveRole(amirId, 'council-admin', admin.value.id, now)).ok).toBe(true)
    expect((await repos.users.giveRole(amirId, 'council-admin', admin.value.id, now)).ok).toBe(true)
    expect((await repos.users.giveRole(amirId, 'finance-officer', admin.value.id, now)).ok).toBe(true)
    expect(await repos.users.otherRoles(amirId)).toEqual(['finance-officer', 'council-admin'])
    expect((await repos.users.list({ role: 'council-admin' })).map((user) => user.email)).toEqual([
      'admin@example.org',
      'amir@example.org',
    ])
    expect((await repos.users.list({ role: 'practitioner' })).map((user) => user.email)).toEqual(['amir@example.org'])

    expect((await repos.users.takeAwayRole(amirId, 'council-admin')).ok).toBe(true)
    expect(await repos.users.otherRoles(amirId)).toEqual(['finance-officer'])
    expect((await repos.users.list({ role: 'council-admin' })).map((user) => user.email)).toEqual(['admin@example.org'])

    // Made the main role, a role given besides it is no longer listed twice.
    await repos.users.setRole(amirId, 'finance-officer')
    expect(await repos.users.otherRoles(amirId)).toEqual([])

    const refused = {
      ok: false,
      errors: [
        { path: 'role', message: 'Only a council staff account can hold more than one role, and only staff roles' },
      ],
    }
    expect(await repos.users.giveRole(zoe.value.id, 'practitioner', admin.value.id, now)).toEqual(refused)
    expect(await repos.users.giveRole(amirId, 'citizen', admin.value.id, now)).toEqual(refused)
    await expect(
      temp.sql(handle, `insert into user_roles (user_id, role, given_at) values ('${zoe.value.id}', 'citizen', 0)`),
    ).rejects.toThrow(/user_roles_staff_role|CHECK/i)
    expect(await repos.users.otherRoles(zoe.value.id)).toEqual([])
  })

  it('disables an account, keeping the first time it was disabled, and enables it again', async () => {
    const { repos } = await temp.fresh()
    const created = await repos.users.create(sam, now)
    if (!created.ok) throw new Error('setup')
    const id = created.value.id
    expect(await repos.users.disable(id, at('2025-05-01T00:00:00Z'))).toMatchObject({
      ok: true,
      value: { disabledAt: at('2025-05-01T00:00:00Z') },
    })
    expect(await repos.users.disable(id, at('2025-06-01T00:00:00Z'))).toMatchObject({
      ok: true,
      value: { disabledAt: at('2025-05-01T00:00:00Z') },
    })
    expect(await repos.users.enable(id)).toMatchObject({ ok: true, value: { disabledAt: null } })
  })
  it('lets only one of two administrators demoting each other at once succeed, when each checks one is left (issue 18)', async () => {
    const handle = await temp.fresh()
    const made = await Promise.all(
      ['ada@example.org', 'bo@example.org'].map((email) =>
        handle.repos.users.create({ email, displayName: email, passwordHash: 'hash', role: 'council-admin' }, now),
      ),
    )
    const [ada, bo] = made.map((user) => (user.ok ? user.value.id : ''))
    // What the portal does: lock, demote, then count the active administrators left and roll back if none is.
    const demote = (id: string, beforeCommit: Promise<void>) =>
      handle.withAudit(
        async (repos) => {
          await repos.users.lockAdministrators()
          await repos.users.setRole(id, 'practitioner')
          const left = (await repos.users.list({ role: 'council-admin' })).filter((user) => user.disabledAt === null)
          await beforeCommit
          return left.length > 0 ? { ok: true as const, value: id } : { ok: false as const, errors: [] }
        },
        () => undefined,
      )
    // Bo's demotion is made and counted, but not yet committed, when Ada's begins: without the lock, Ada's count would
    // still see Bo as an administrator, and both would commit.
    let commitFirst = () => {}
    const firstMayCommit = new Promise<void>((resolve) => (commitFirst = resolve))
    const first = demote(bo ?? '', firstMayCommit)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const second = demote(ada ?? '', Promise.resolve())
    await new Promise((resolve) => setTimeout(resolve, 200))
    commitFirst()
    expect((await Promise.all([first, second])).map((outcome) => outcome.ok)).toEqual([true, false])
    const administrators = await handle.repos.users.list({ role: 'council-admin' })
    expect(administrators.map((user) => user.email)).toEqual(['ada@example.org'])
  })
})
