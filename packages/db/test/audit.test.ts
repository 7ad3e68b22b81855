import { describe, expect, it } from 'vitest'
import { refusal, testEngines } from './engines.js'
import { describeAuditAction, type AuditAction } from '../src/audit-actions.js'
import { at, createPerson, createUser } from './helpers.js'

const now = at('2025-04-01T09:00:00Z')

describe.each(testEngines())('audit repository on $name', (temp) => {
  it('appends entries and lists them for a person, newest first', async () => {
    const handle = await temp.fresh()
    const dana = await createUser(handle, 'dana@example.org')
    const priya = await createPerson(handle, 'Priya')
    const joe = await createPerson(handle, 'Joe')
    const { audit } = handle.repos
    const read = await audit.append({
      at: now,
      actorUserId: dana.id,
      action: 'person.read',
      personId: priya.id,
      resource: `person/${priya.id}`,
    })
    expect(read).toEqual({
      id: expect.any(Number),
      at: now,
      actorUserId: dana.id,
      action: 'person.read',
      personId: priya.id,
      resource: `person/${priya.id}`,
      detail: null,
    })
    await audit.append({
      at: now,
      actorUserId: dana.id,
      action: 'person.read',
      personId: joe.id,
      resource: `person/${joe.id}`,
    })
    await audit.append({
      at: at('2025-04-01T09:05:00Z'),
      actorUserId: dana.id,
      action: 'person.update',
      personId: priya.id,
      resource: `person/${priya.id}`,
      detail: { fields: ['displayName'] },
    })
    const forPriya = await audit.listForPerson(priya.id)
    expect(forPriya.map((entry) => entry.action)).toEqual(['person.update', 'person.read'])
    expect(forPriya[0]?.detail).toEqual({ fields: ['displayName'] })
    expect((await audit.listRecent({ limit: 2 })).map((entry) => entry.personId)).toEqual([priya.id, joe.id])
  })

  it('pages back through older entries', async () => {
    const { repos } = await temp.fresh()
    for (let i = 0; i < 5; i += 1)
      await repos.audit.append({ at: now, action: 'user.sign-in', resource: `attempt/${i}` })
    const firstPage = await repos.audit.listRecent({ limit: 2 })
    const secondPage = await repos.audit.listRecent({ limit: 2, beforeId: firstPage.at(-1)?.id })
    expect([...firstPage, ...secondPage].map((entry) => entry.resource)).toEqual([
      'attempt/4',
      'attempt/3',
      'attempt/2',
      'attempt/1',
    ])
  })

  it('filters by person, by who did it and by action, and names the people in the log (issue 19)', async () => {
    const handle = await temp.fresh()
    const dana = await createUser(handle, 'dana@example.org')
    const eli = await createUser(handle, 'eli@example.org')
    const priya = await createPerson(handle, 'Priya')
    const joe = await createPerson(handle, 'Joe')
    await createPerson(handle, 'Ann, never read')
    const { audit } = handle.repos
    const entry = (actor: string, action: AuditAction, personId: string) =>
      audit.append({ at: now, actorUserId: actor, action, personId, resource: `person/${personId}` })
    await entry(dana.id, 'person.read', priya.id)
    await entry(eli.id, 'person.read', joe.id)
    await entry(dana.id, 'person.update', joe.id)
    await entry(eli.id, 'person.update', priya.id)
    const who = (entries: { actorUserId: string | null; action: string; personId: string | null }[]) =>
      entries.map((found) => [found.actorUserId, found.action, found.personId])
    expect(who(await audit.listRecent({ personId: joe.id }))).toEqual([
      [dana.id, 'person.update', joe.id],
      [eli.id, 'person.read', joe.id],
    ])
    expect(who(await audit.listRecent({ actorUserId: dana.id, action: 'person.read' }))).toEqual([
      [dana.id, 'person.read', priya.id],
    ])
    expect(await audit.listPeopleInLog()).toEqual([
      { id: joe.id, displayName: 'Joe' },
      { id: priya.id, displayName: 'Priya' },
    ])
  })

  it('refuses UPDATE and DELETE in the database itself, and the rows survive', async () => {
    const handle = await temp.fresh()
    const { repos } = handle
    await repos.audit.append({ at: now, action: 'user.sign-up', resource: 'user/1' })
    await repos.audit.append({ at: now, action: 'user.sign-in', resource: 'user/1' })
    const before = await temp.sql(handle, 'select * from audit_log order by id')
    expect(await refusal(temp.sql(handle, `update audit_log set action = 'person.read'`))).toMatch(
      'audit log is append-only',
    )
    expect(await refusal(temp.sql(handle, 'delete from audit_log where id = 1'))).toMatch('audit log is append-only')
    expect(await refusal(temp.sql(handle, 'delete from audit_log'))).toMatch('audit log is append-only')
    if (temp.name === 'PostgreSQL')
      expect(await refusal(temp.sql(handle, 'truncate audit_log'))).toMatch('audit log is append-only')
    expect(await temp.sql(handle, 'select * from audit_log order by id')).toEqual(before)
    expect(before).toHaveLength(2)
  })

  it('offers no way to change or remove an entry', async () => {
    const { repos } = await temp.fresh()
    expect(Object.keys(repos.audit).sort()).toEqual(['append', 'listForPerson', 'listPeopleInLog', 'listRecent'])
  })

  it('refuses a malformed entry loudly: an action that cannot be audited should not go ahead', async () => {
    const { repos } = await temp.fresh()
    // Cast: the type refuses an unknown code already; this is the check for code that gets around the type.
    await expect(
      repos.audit.append({ at: now, action: 'Person Read' as AuditAction, resource: 'person/1' }),
    ).rejects.toThrow(
      'Audit entry refused: action: Audit action must be one of the codes in audit-actions.ts, each with its plain words',
    )
    await expect(repos.audit.append({ at: now, action: 'person.read', resource: '' })).rejects.toThrow(
      /Audit resource is missing/,
    )
    expect(await repos.audit.listRecent()).toEqual([])
  })

  it('keeps entries about records that are later deleted: the log outlives what it describes', async () => {
    const handle = await temp.fresh()
    const user = await createUser(handle, 'gone@example.org')
    await handle.repos.audit.append({
      at: now,
      actorUserId: user.id,
      action: 'user.sign-in',
      resource: `user/${user.id}`,
    })
    await temp.sql(handle, 'delete from users where id = ?', user.id)
    expect((await handle.repos.audit.listRecent()).map((entry) => entry.actorUserId)).toEqual([user.id])
  })
})

describe('the words for audit codes (issue 19)', () => {
  it('reads a code in plain words, and an unknown code from an older release never as the code', () => {
    expect(describeAuditAction('person.read')).toBe('Opened the record')
    expect(describeAuditAction('support-plan.approve')).toBe('Approved the support plan')
    expect(describeAuditAction('person.teleport')).toBe('Did something this version no longer records')
  })
})
