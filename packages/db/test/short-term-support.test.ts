import { describe, expect, it } from 'vitest'
import { at, createPerson, createUser, useTempDatabases } from './helpers.js'

const temp = useTempDatabases()
const now = at('2026-11-02T09:00:00Z')

describe('short-term support records, put right with their audit entry', () => {
  it('changes a record, names the fields changed in the audit log, and keeps the person it is about', async () => {
    const handle = temp.fresh()
    const { repos } = handle
    const staff = await createUser(handle, 'staff@example.org')
    const person = await createPerson(handle, 'Joe Whitfield')
    const context = { actorUserId: staff.id, now }
    const recorded = await repos.shortTermSupport.record(
      { personId: person.id, serviceType: 'st-max', component: 'reablment', startedOn: '2026-09-01' },
      context,
    )
    if (!recorded.ok) throw new Error(JSON.stringify(recorded.errors))
    const fixed = await repos.shortTermSupport.update(
      recorded.value.id,
      {
        personId: person.id,
        serviceType: 'st-max',
        component: 'reablement',
        startedOn: '2026-09-01',
        endedOn: '2026-10-13',
        outcome: 'support-ended-as-planned',
        weeklyPence: 21_000,
      },
      { actorUserId: staff.id, now: at('2026-11-03T10:00:00Z') },
    )
    expect(fixed.ok && fixed.value).toMatchObject({
      component: 'reablement',
      endedOn: '2026-10-13',
      outcome: 'support-ended-as-planned',
      weeklyCostPence: 21_000,
    })
    const audit = await repos.audit.listForPerson(person.id)
    expect(audit.map((entry) => [entry.action, entry.detail])).toContainEqual([
      'short-term-support.update',
      { fields: ['component', 'endedOn', 'outcome', 'weeklyCostPence'] },
    ])
    const other = await createPerson(handle, 'Someone else')
    const moved = await repos.shortTermSupport.update(
      recorded.value.id,
      { personId: other.id, serviceType: 'st-max', component: 'reablement', startedOn: '2026-09-01' },
      context,
    )
    expect(moved).toEqual({
      ok: false,
      errors: [{ path: 'id', message: 'No short-term support for this person has this id' }],
    })
  })

  it('refuses an ending without an outcome, and changes nothing', async () => {
    const handle = temp.fresh()
    const staff = await createUser(handle, 'staff@example.org')
    const person = await createPerson(handle, 'Joe Whitfield')
    const context = { actorUserId: staff.id, now }
    const piece = {
      personId: person.id,
      serviceType: 'st-max' as const,
      component: 'reablement',
      startedOn: '2026-09-01',
    }
    const recorded = await handle.repos.shortTermSupport.record(piece, context)
    if (!recorded.ok) throw new Error('setup')
    const refused = await handle.repos.shortTermSupport.update(
      recorded.value.id,
      { ...piece, endedOn: '2026-10-01' },
      context,
    )
    expect(refused.ok ? [] : refused.errors.map((error) => error.path)).toEqual(['outcome'])
    expect((await handle.repos.shortTermSupport.findById(recorded.value.id))?.endedOn).toBeNull()
  })
})
