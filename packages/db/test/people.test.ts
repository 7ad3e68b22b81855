import { describe, expect, it } from 'vitest'
import { UnauditedWriteError, withoutUnauditedWrites } from '../src/index.js'
import { testEngines } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

const now = at('2025-04-01T09:00:00Z')

describe.each(testEngines())('people repository on $name', (temp) => {
  it('creates a person record, with a date of birth when known', async () => {
    const { repos } = await temp.fresh()
    const created = await repos.people.create({ displayName: ' Priya Shah ', dateOfBirth: '1938-09-03' }, now)
    expect(created).toEqual({
      ok: true,
      value: { id: expect.any(String), displayName: 'Priya Shah', dateOfBirth: '1938-09-03', createdAt: now },
    })
    expect(created.ok && (await repos.people.findById(created.value.id))).toEqual(created.ok && created.value)
  })

  it('refuses a date of birth that is not a real date, or is in the future', async () => {
    const { repos } = await temp.fresh()
    expect(await repos.people.create({ displayName: 'A', dateOfBirth: '1990-02-30' }, now)).toEqual({
      ok: false,
      errors: [{ path: 'dateOfBirth', message: 'Date of birth must be a real date, written as YYYY-MM-DD' }],
    })
    expect(await repos.people.create({ displayName: 'A', dateOfBirth: '2025-04-02' }, now)).toEqual({
      ok: false,
      errors: [{ path: 'dateOfBirth', message: 'Date of birth must be today or in the past' }],
    })
    expect((await repos.people.create({ displayName: 'A', dateOfBirth: '2025-04-01' }, now)).ok).toBe(true)
  })

  it('updates only the fields given, and null clears the date of birth', async () => {
    const { repos } = await temp.fresh()
    const created = await repos.people.create({ displayName: 'Joe', dateOfBirth: '1994-01-20' }, now)
    if (!created.ok) throw new Error('setup')
    const id = created.value.id
    expect(await repos.people.update(id, { displayName: 'Joseph' }, now)).toMatchObject({
      ok: true,
      value: { displayName: 'Joseph', dateOfBirth: '1994-01-20' },
    })
    expect(await repos.people.update(id, { dateOfBirth: null }, now)).toMatchObject({
      ok: true,
      value: { displayName: 'Joseph', dateOfBirth: null },
    })
    expect(await repos.people.update('nobody', { displayName: 'X' }, now)).toEqual({
      ok: false,
      errors: [{ path: 'id', message: 'No person has this id' }],
    })
  })

  it('lists only the people an account has access to, with the relationship, by name', async () => {
    const handle = await temp.fresh()
    const { people } = handle.repos
    const practitioner = await createUser(handle, 'dana@example.org')
    const other = await createUser(handle, 'other@example.org')
    const zara = await createPerson(handle, 'Zara')
    const ben = await createPerson(handle, 'Ben')
    await createPerson(handle, 'Not on the caseload')
    await people.grantAccess(practitioner.id, zara.id, 'practitioner', now)
    await people.grantAccess(practitioner.id, ben.id, 'practitioner', now)
    await people.grantAccess(other.id, ben.id, 'representative', now)
    expect((await people.listForUser(practitioner.id)).map((p) => [p.displayName, p.relationship])).toEqual([
      ['Ben', 'practitioner'],
      ['Zara', 'practitioner'],
    ])
    expect((await people.listForUser(other.id)).map((p) => [p.displayName, p.relationship])).toEqual([
      ['Ben', 'representative'],
    ])
  })

  it('grants access once: repeating it is harmless, a different relationship is refused', async () => {
    const handle = await temp.fresh()
    const user = await createUser(handle, 'ravi@example.org')
    const person = await createPerson(handle, 'Priya')
    const first = await handle.repos.people.grantAccess(user.id, person.id, 'representative', now)
    expect(first.ok).toBe(true)
    expect(
      await handle.repos.people.grantAccess(user.id, person.id, 'representative', at('2025-05-01T00:00:00Z')),
    ).toEqual(first)
    expect(await handle.repos.people.grantAccess(user.id, person.id, 'practitioner', now)).toEqual({
      ok: false,
      errors: [{ path: 'relationship', message: 'This account already has access to this person as representative' }],
    })
    expect(await handle.repos.people.relationshipOf(user.id, person.id)).toBe('representative')
  })

  it('allows only one account to be the person themselves', async () => {
    const handle = await temp.fresh()
    const person = await createPerson(handle, 'Alex')
    const alex = await createUser(handle, 'alex@example.org')
    const impostor = await createUser(handle, 'impostor@example.org')
    expect((await handle.repos.people.grantAccess(alex.id, person.id, 'self', now)).ok).toBe(true)
    expect(await handle.repos.people.grantAccess(impostor.id, person.id, 'self', now)).toEqual({
      ok: false,
      errors: [{ path: 'relationship', message: 'Another account is already this person’s own account' }],
    })
    expect(await handle.repos.people.relationshipOf(impostor.id, person.id)).toBeUndefined()
  })

  it('refuses access for an unknown account, person or relationship', async () => {
    const handle = await temp.fresh()
    const user = await createUser(handle, 'a@example.org')
    const person = await createPerson(handle, 'P')
    expect(await handle.repos.people.grantAccess('nobody', person.id, 'self', now)).toEqual({
      ok: false,
      errors: [{ path: 'userId', message: 'No account has this id' }],
    })
    expect(await handle.repos.people.grantAccess(user.id, 'nobody', 'self', now)).toEqual({
      ok: false,
      errors: [{ path: 'personId', message: 'No person has this id' }],
    })
    expect(await handle.repos.people.grantAccess(user.id, person.id, 'friend' as never, now)).toEqual({
      ok: false,
      errors: [{ path: 'relationship', message: 'Relationship must be one of: self, representative, practitioner' }],
    })
  })

  it('revokes access, after which the account no longer sees the person', async () => {
    const handle = await temp.fresh()
    const user = await createUser(handle, 'dana@example.org')
    const person = await createPerson(handle, 'Joe')
    await handle.repos.people.grantAccess(user.id, person.id, 'practitioner', now)
    expect(await handle.repos.people.revokeAccess(user.id, person.id)).toBe(true)
    expect(await handle.repos.people.revokeAccess(user.id, person.id)).toBe(false)
    expect(await handle.repos.people.relationshipOf(user.id, person.id)).toBeUndefined()
    expect(await handle.repos.people.listForUser(user.id)).toEqual([])
  })

  it('records the details for the national returns only inside withAudit, with their entry in the same transaction', async () => {
    const handle = await temp.fresh()
    const user = await createUser(handle, 'dana@example.org')
    const person = await createPerson(handle, 'Joe')
    const guarded = withoutUnauditedWrites(handle.repos) as unknown as typeof handle.repos
    await expect(
      guarded.people.updateReturnDetails(person.id, { gender: 'male' }, { actorUserId: user.id, now }),
    ).rejects.toThrow(UnauditedWriteError)
    const saved = await handle.withAudit(
      (repos) =>
        repos.people.updateReturnDetails(
          person.id,
          { gender: 'male', hasUnpaidCarer: true },
          { actorUserId: user.id, now },
        ),
      () => ({
        at: now,
        actorUserId: user.id,
        action: 'person.return-details.update',
        personId: person.id,
        resource: `person:${person.id}`,
        detail: { fields: ['gender', 'hasUnpaidCarer'] },
      }),
    )
    expect(saved.ok).toBe(true)
    expect(await handle.repos.people.returnDetails(person.id)).toMatchObject({ gender: 'male', hasUnpaidCarer: true })
    expect((await handle.repos.audit.listForPerson(person.id)).map((entry) => entry.action)).toEqual([
      'person.return-details.update',
    ])
    const refused = await handle.withAudit(
      (repos) => repos.people.updateReturnDetails('nobody', { gender: 'male' }, { actorUserId: user.id, now }),
      () => ({ at: now, actorUserId: user.id, action: 'person.return-details.update', resource: 'person:nobody' }),
    )
    expect(refused).toEqual({ ok: false, errors: [{ path: 'id', message: 'No person has this id' }] })
    expect(await handle.repos.audit.listRecent({ limit: 10 })).toHaveLength(1)
  })
})
