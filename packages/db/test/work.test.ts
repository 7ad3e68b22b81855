import { describe, expect, it } from 'vitest'
import { notInTeamMessage, notTeamManagerMessage, type AnyDatabaseHandle } from '../src/index.js'
import { refusal, testEngines } from './engines.js'
import { at, createPerson } from './helpers.js'

const arrived = at('2026-05-01T10:00:00Z')
const later = at('2026-05-02T09:00:00Z')

async function account(handle: AnyDatabaseHandle, email: string, role: 'practitioner' | 'council-admin' | 'citizen') {
  const made = await handle.repos.users.create(
    { email, displayName: email.split('@')[0] ?? email, passwordHash: 'not-a-real-hash', role },
    arrived,
  )
  if (!made.ok) throw new Error(JSON.stringify(made.errors))
  return made.value
}

/** A front door team with a manager and a worker, and a worker in no team, with a person whose work arrives. */
async function frontDoor(handle: AnyDatabaseHandle) {
  const admin = await account(handle, 'admin@example.org', 'council-admin')
  const manager = await account(handle, 'manager@example.org', 'practitioner')
  const worker = await account(handle, 'worker@example.org', 'practitioner')
  const outsider = await account(handle, 'outsider@example.org', 'practitioner')
  const { work } = handle.repos
  const team = await work.createTeam(
    { name: 'Adult social care front door', handles: ['self-assessment', 'plan-agreement'], createdByUserId: admin.id },
    arrived,
  )
  if (!team.ok) throw new Error(JSON.stringify(team.errors))
  await work.addMember({ teamId: team.value.id, userId: manager.id, manager: true, addedByUserId: admin.id }, arrived)
  await work.addMember({ teamId: team.value.id, userId: worker.id, addedByUserId: admin.id }, arrived)
  const person = await createPerson(handle, 'Ada Lovelace')
  return { admin, manager, worker, outsider, team: team.value, person }
}

describe.each(testEngines())('teams and their work on $name (issue 18)', (engine) => {
  it('keeps teams as data: what each handles and who is in it, a manager marked; a name used once', async () => {
    const handle = await engine.fresh()
    const { admin, team, manager, worker } = await frontDoor(handle)
    const { work } = handle.repos
    const [listed] = await work.listTeams()
    expect(listed?.name).toBe('Adult social care front door')
    expect(listed?.handles.sort()).toEqual(['plan-agreement', 'self-assessment'])
    expect(listed?.members.map((member) => [member.userId, member.manager])).toEqual([
      [manager.id, true],
      [worker.id, false],
    ])
    const again = await work.createTeam(
      { name: 'Adult social care front door', handles: ['self-assessment'], createdByUserId: admin.id },
      arrived,
    )
    expect(again.ok ? '' : again.errors[0]?.message).toBe('A team with this name already exists')
    const none = await work.createTeam({ name: 'Empty', handles: [], createdByUserId: admin.id }, arrived)
    expect(none.ok ? '' : none.errors[0]?.message).toBe('Choose at least one kind of work the team handles')
    expect((await work.removeMember(team.id, worker.id)).ok).toBe(true)
    expect((await work.findTeam(team.id))?.members.map((member) => member.userId)).toEqual([manager.id])
    expect(await work.teamsOf(manager.id)).toEqual([{ teamId: team.id, name: team.name, manager: true }])
  })

  it('puts arriving work in the queue, oldest first, until a manager allocates it to a member with a priority and a reason', async () => {
    const handle = await engine.fresh()
    const { team, manager, worker, outsider, person } = await frontDoor(handle)
    const { work } = handle.repos
    const newer = await work.arrive(
      { kind: 'plan-agreement', teamId: team.id, personId: person.id, subject: 'support-plan:p1:v2' },
      later,
    )
    const older = await work.arrive(
      { kind: 'self-assessment', teamId: team.id, personId: person.id, subject: 'assessment:a1' },
      arrived,
    )
    if (!older.ok || !newer.ok) throw new Error('work did not arrive')
    expect((await work.queue(team.id)).map((item) => [item.subject, item.personName])).toEqual([
      ['assessment:a1', 'Ada Lovelace'],
      ['support-plan:p1:v2', 'Ada Lovelace'],
    ])
    expect(await work.counts(manager.id)).toEqual({ caseload: 0, queue: 2 })
    const twice = await work.arrive(
      { kind: 'self-assessment', teamId: team.id, personId: person.id, subject: 'assessment:a1' },
      later,
    )
    expect(twice.ok).toBe(false)

    const outside = await work.allocate(
      { itemId: older.value.id, toUserId: outsider.id, byUserId: manager.id, priority: 'high', reason: 'Near by' },
      later,
    )
    expect(outside.ok ? '' : outside.errors[0]?.message).toBe(notInTeamMessage)
    const notManager = await work.allocate(
      { itemId: older.value.id, toUserId: worker.id, byUserId: worker.id, priority: 'high', reason: 'Mine' },
      later,
    )
    expect(notManager.ok ? '' : notManager.errors[0]?.message).toBe(notTeamManagerMessage)
    const noReason = await work.allocate(
      { itemId: older.value.id, toUserId: worker.id, byUserId: manager.id, priority: 'high', reason: ' ' },
      later,
    )
    expect(noReason.ok ? '' : noReason.errors[0]?.message).toBe('Say why it is allocated to them')
    expect(await work.history(older.value.id)).toEqual([])

    const allocated = await work.allocate(
      {
        itemId: older.value.id,
        toUserId: worker.id,
        byUserId: manager.id,
        priority: 'urgent',
        reason: 'Asked for £900 a week',
      },
      later,
    )
    expect(allocated.ok).toBe(true)
    expect((await work.queue(team.id)).map((item) => item.subject)).toEqual(['support-plan:p1:v2'])
    expect((await work.caseload(worker.id)).map((item) => [item.subject, item.priority, item.holderName])).toEqual([
      ['assessment:a1', 'urgent', 'worker'],
    ])
    expect(await work.counts(worker.id)).toEqual({ caseload: 1, queue: 1 })

    // A worker takes the other; taking what is already allocated is refused.
    expect((await work.take(newer.value.id, worker.id, later)).ok).toBe(true)
    expect((await work.take(older.value.id, manager.id, later)).ok).toBe(false)
    expect((await work.take(newer.value.id, outsider.id, later)).ok).toBe(false)
    expect(await work.counts(worker.id)).toEqual({ caseload: 2, queue: 0 })

    // Done: closed, off the caseload; the history keeps every step.
    expect((await work.close('assessment:a1', worker.id, later)).ok).toBe(true)
    expect((await work.caseload(worker.id)).map((item) => item.subject)).toEqual(['support-plan:p1:v2'])
    expect((await work.history(older.value.id)).map((event) => [event.seq, event.event, event.toUserId])).toEqual([
      [1, 'allocated', worker.id],
      [2, 'closed', null],
    ])
    expect(
      (
        await work.allocate(
          { itemId: older.value.id, toUserId: worker.id, byUserId: manager.id, priority: 'low', reason: 'Again' },
          later,
        )
      ).ok,
    ).toBe(false)
  })

  it('keeps work no team handles, listed apart, and never changes or removes a work item or its history', async () => {
    const handle = await engine.fresh()
    const { team, manager, worker, person } = await frontDoor(handle)
    const { work } = handle.repos
    const nowhere = await work.arrive(
      { kind: 'safeguarding-concern', teamId: null, personId: null, subject: 'safeguarding-concern:c1' },
      arrived,
    )
    expect(nowhere.ok).toBe(true)
    expect((await work.queue(null)).map((item) => item.subject)).toEqual(['safeguarding-concern:c1'])
    const item = await work.arrive(
      { kind: 'self-assessment', teamId: team.id, personId: person.id, subject: 'assessment:a1' },
      arrived,
    )
    if (!item.ok) throw new Error('work did not arrive')
    await work.allocate(
      { itemId: item.value.id, toUserId: worker.id, byUserId: manager.id, priority: 'standard', reason: 'Next' },
      later,
    )
    expect(await refusal(engine.sql(handle, "update work_items set subject = 'x'"))).toMatch(
      'a work item cannot be changed: record what happened to it',
    )
    expect(await refusal(engine.sql(handle, 'delete from work_items'))).toMatch('a work item cannot be removed')
    expect(await refusal(engine.sql(handle, "update work_item_events set reason = 'x'"))).toMatch(
      'the history of a work item cannot be changed: record what happened next',
    )
    expect(await refusal(engine.sql(handle, 'delete from work_item_events'))).toMatch(
      'the history of a work item cannot be removed',
    )
  })
  it('lets one of two managers allocating the same work at once win; the other is told who has it, nothing half-done', async () => {
    const handle = await engine.fresh()
    const { admin, team, manager, worker, person } = await frontDoor(handle)
    const { work } = handle.repos
    const second = await account(handle, 'second-manager@example.org', 'practitioner')
    await work.addMember({ teamId: team.id, userId: second.id, manager: true, addedByUserId: admin.id }, arrived)
    const item = await work.arrive(
      { kind: 'self-assessment', teamId: team.id, personId: person.id, subject: 'assessment:a1' },
      arrived,
    )
    if (!item.ok) throw new Error('work did not arrive')
    // Both managers saw the item unallocated (0 events). The first allocation is stored but not yet committed when
    // the second starts: on PostgreSQL the second reads the same state and writes the same event number.
    let commitFirst = () => {}
    const firstMayCommit = new Promise<void>((resolve) => (commitFirst = resolve))
    const first = handle.withAudit(
      async (repos) => {
        const done = await repos.work.allocate(
          {
            itemId: item.value.id,
            toUserId: worker.id,
            byUserId: manager.id,
            priority: 'high',
            reason: 'Mine',
            seenEvents: 0,
          },
          later,
        )
        await firstMayCommit
        return done
      },
      () => undefined,
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    const secondAttempt = handle.withAudit(
      (repos) =>
        repos.work.allocate(
          {
            itemId: item.value.id,
            toUserId: second.id,
            byUserId: second.id,
            priority: 'low',
            reason: 'Me',
            seenEvents: 0,
          },
          later,
        ),
      () => undefined,
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    commitFirst()
    const [won, lost] = await Promise.all([first, secondAttempt])
    expect(won.ok).toBe(true)
    expect(lost.ok ? '' : lost.errors[0]?.message).toBe(
      'This work has already been allocated to worker. Nothing has been changed',
    )
    expect((await work.history(item.value.id)).map((event) => [event.seq, event.toUserId])).toEqual([[1, worker.id]])

    // A manager looking at an older page is refused the same way; one who saw the allocation may change it.
    const stale = await work.allocate(
      {
        itemId: item.value.id,
        toUserId: second.id,
        byUserId: manager.id,
        priority: 'low',
        reason: 'Swap',
        seenEvents: 0,
      },
      later,
    )
    expect(stale.ok ? '' : stale.errors[0]?.message).toBe(
      'This work has already been allocated to worker. Nothing has been changed',
    )
    const seen = await work.allocate(
      {
        itemId: item.value.id,
        toUserId: second.id,
        byUserId: manager.id,
        priority: 'low',
        reason: 'Swap',
        seenEvents: 1,
      },
      later,
    )
    expect(seen.ok).toBe(true)
  })
})
