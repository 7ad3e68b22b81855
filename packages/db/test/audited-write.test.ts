import { describe, expect, it } from 'vitest'
import type { Repositories } from '../src/index.js'
import { countRows, testEngines } from './engines.js'
import { at, createPerson, createUser, useTempDatabases } from './helpers.js'

const temp = useTempDatabases()
const now = at('2025-04-01T09:00:00Z')

describe.each(testEngines())('withAudit on $name: a write and its audit entry in one transaction', (engine) => {
  it('stores the change and its entry together', async () => {
    const handle = await engine.fresh()
    const person = await handle.withAudit(
      (repos) => repos.people.create({ displayName: 'Ada' }, now),
      (created) =>
        created.ok
          ? { at: now, action: 'person.create', personId: created.value.id, resource: `person:${created.value.id}` }
          : undefined,
    )
    expect(person.ok).toBe(true)
    if (!person.ok) return
    expect(await handle.repos.people.findById(person.value.id)).toBeDefined()
    const entries = await handle.repos.audit.listForPerson(person.value.id)
    expect(entries.map((entry) => entry.action)).toEqual(['person.create'])
  })

  it('stores nothing when the audit entry cannot be written (a change is never stored without its audit row)', async () => {
    const handle = await engine.fresh()
    let madeId = ''
    await expect(
      handle.withAudit(
        async (repos) => {
          const created = await repos.people.create({ displayName: 'Grace' }, now)
          if (created.ok) madeId = created.value.id
          return created
        },
        () => ({ at: now, action: 'Not An Action' as never, resource: 'person' }),
      ),
    ).rejects.toThrow(/Audit entry refused/)
    expect(madeId).not.toBe('')
    expect(await handle.repos.people.findById(madeId)).toBeUndefined()
  })

  it('undoes the earlier steps of a write whose later step answers with a refusal', async () => {
    const handle = await engine.fresh()
    const user = await createUser(handle, 'sam@example.org')
    const answer = await handle.withAudit(
      async (repos) => {
        const person = await repos.people.create({ displayName: 'Sam' }, now)
        if (!person.ok) return person
        return repos.people.grantAccess(user.id, person.value.id, 'not-a-relationship' as never, now)
      },
      () => ({ at: now, action: 'person.create', resource: 'person' }),
    )
    expect(answer.ok).toBe(false)
    expect(await handle.repos.people.listForUser(user.id)).toEqual([])
    expect(await countRows(engine, handle, 'people')).toBe(0)
    expect(await handle.repos.audit.listRecent()).toEqual([])
  })

  it('lets writes from many requests at once each commit with their own entry', async () => {
    const handle = await engine.fresh()
    const made = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        handle.withAudit(
          async (repos) => {
            const person = await createPersonVia(repos, `Person ${index}`)
            await new Promise((resolve) => setTimeout(resolve, index % 3))
            return person
          },
          (person) => ({ at: now, action: 'person.create', personId: person.id, resource: `person:${person.id}` }),
        ),
      ),
    )
    const entries = await handle.repos.audit.listRecent({ limit: 100 })
    expect(new Set(entries.map((entry) => entry.personId))).toEqual(new Set(made.map((person) => person.id)))
  })

  it('joins an enclosing write instead of deadlocking on it', async () => {
    const handle = await engine.fresh()
    const person = await createPerson(handle, 'Outer')
    // The outer write holds the person's row when the inner one changes it: a second transaction would wait forever.
    const inner = await handle.withAudit(
      async (repos) => {
        await repos.people.update(person.id, { displayName: 'Outer' }, now)
        return handle.withAudit(
          (repos) => repos.people.update(person.id, { displayName: 'Inner' }, now),
          () => ({ at: now, action: 'person.update', resource: 'person' }),
        )
      },
      () => ({ at: now, action: 'person.update', resource: 'person' }),
    )
    expect(inner.ok).toBe(true)
    expect((await handle.repos.people.findById(person.id))?.displayName).toBe('Inner')
    expect((await handle.repos.audit.listRecent()).length).toBe(2)
  })
  it('keeps a half-done write out of sight of other requests until it commits', async () => {
    const handle = await engine.fresh()
    const id = '6f1f9d5e-3d0a-4f8e-9a51-5b2f7c0d1e2a'
    let release!: () => void
    const paused = new Promise<void>((resolve) => (release = resolve))
    let created!: () => void
    const made = new Promise<void>((resolve) => (created = resolve))
    const writing = handle.withAudit(
      async (repos) => {
        const person = await repos.people.create({ id, displayName: 'Half Done' }, now)
        created()
        await paused
        return person
      },
      () => ({ at: now, action: 'person.create', resource: 'person' }),
    )
    await made
    // SQLite makes the reader wait for the commit; PostgreSQL answers at once, from what was committed.
    const reading = handle.repos.people.findById(id)
    const early = await Promise.race([reading, new Promise((resolve) => setTimeout(() => resolve('waiting'), 50))])
    expect(early).toBe(engine.name === 'SQLite' ? 'waiting' : undefined)
    release()
    await writing
    expect(await reading).toEqual(engine.name === 'SQLite' ? expect.objectContaining({ id }) : undefined)
    expect(await handle.repos.people.findById(id)).toMatchObject({ id, displayName: 'Half Done' })
  })
})

describe('withAudit on SQLite: one connection', () => {
  it('keeps a half-done write out of sight of other requests until it commits', async () => {
    const handle = temp.fresh()
    const seen: string[] = []
    let release!: () => void
    const paused = new Promise<void>((resolve) => (release = resolve))
    const writing = handle.withAudit(
      async (repos) => {
        const created = await repos.people.create({ displayName: 'Half Done' }, now)
        await paused
        return created
      },
      () => ({ at: now, action: 'person.create', resource: 'person' }),
    )
    const reading = (async () => {
      const people = await handle.repos.people.listForUser('nobody')
      seen.push(`list:${people.length}`)
      const count = handle.sqlite.prepare('select count(*) as n from people').get() as { n: number }
      seen.push(`count:${count.n}`)
    })()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(seen).toEqual([])
    release()
    await Promise.all([writing, reading])
    expect(seen).toEqual(['list:0', 'count:1'])
  })
})

async function createPersonVia(repos: Repositories, displayName: string) {
  const created = await repos.people.create({ displayName }, now)
  if (!created.ok) throw new Error('test setup')
  return created.value
}
