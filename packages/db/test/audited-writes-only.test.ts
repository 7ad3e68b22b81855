import { describe, expect, it } from 'vitest'
import { UnauditedWriteError, withoutUnauditedWrites } from '../src/index.js'
import { at, useTempDatabases } from './helpers.js'

const temp = useTempDatabases()
const now = at('2025-04-01T09:00:00Z')

// Issue 11 and 13: a change must never be stored without its audit row, so code outside withAudit cannot make one.
describe('repositories outside withAudit', () => {
  it('refuse a write before it reaches the database', async () => {
    const handle = temp.fresh()
    const outside = withoutUnauditedWrites(handle.repos)
    const sneaky = outside.people as unknown as typeof handle.repos.people
    await expect(sneaky.create({ displayName: 'Ada' }, now)).rejects.toThrow(UnauditedWriteError)
    await expect(sneaky.create({ displayName: 'Ada' }, now)).rejects.toThrow(/people\.create .* inside withAudit/)
    expect(handle.sqlite.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 0 })
  })

  it('still read, keep the audit log and keep sessions and counts, which are not changes to anyone’s record', async () => {
    const handle = temp.fresh()
    const outside = withoutUnauditedWrites(handle.repos)
    await outside.audit.append({ at: now, action: 'person.list', resource: 'person:x' })
    expect((await outside.audit.listRecent()).map((entry) => entry.action)).toEqual(['person.list'])
    expect((await outside.floodCounts.count('concern', '203.0.113.9', now)).count).toBe(1)
    expect(await outside.people.findById('nobody')).toBeUndefined()
  })

  it('leave the writes to withAudit, which stores each with its entry', async () => {
    const handle = temp.fresh()
    const made = await handle.withAudit(
      (repos) => repos.people.create({ displayName: 'Grace' }, now),
      (created) =>
        created.ok ? { at: now, action: 'person.create', resource: `person:${created.value.id}` } : undefined,
    )
    expect(made.ok).toBe(true)
    expect((await handle.repos.audit.listRecent()).map((entry) => entry.action)).toEqual(['person.create'])
  })
})
