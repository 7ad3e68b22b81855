import { describe, expect, it } from 'vitest'
import type { AnyDatabaseHandle, NewShortTermSupport } from '../src/index.js'
import { countRows, refusal, testEngines } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

const now = at('2026-11-02T09:00:00Z')

/** What the portal does: the change and its audit entry in one transaction. */
const recordAudited = (handle: AnyDatabaseHandle, input: NewShortTermSupport, actorUserId: string) =>
  handle.withAudit(
    (repos) => repos.shortTermSupport.record(input, { actorUserId, now }),
    (result) =>
      result.ok
        ? {
            at: now,
            actorUserId,
            action: 'short-term-support.record',
            personId: result.value.personId,
            resource: `short-term-support:${result.value.id}`,
          }
        : undefined,
  )

describe.each(testEngines())('short-term support records on $name', (engine) => {
  it('records support with its audit entry, and puts it right naming the fields changed', async () => {
    const handle = await engine.fresh()
    const { repos } = handle
    const staff = await createUser(handle, 'staff@example.org')
    const person = await createPerson(handle, 'Joe Whitfield')
    const recorded = await recordAudited(
      handle,
      { personId: person.id, serviceType: 'st-max', component: 'reablment', startedOn: '2026-09-01' },
      staff.id,
    )
    if (!recorded.ok) throw new Error(JSON.stringify(recorded.errors))
    const fixed = await handle.withAudit(
      (inside) =>
        inside.shortTermSupport.update(recorded.value.id, {
          personId: person.id,
          serviceType: 'st-max',
          component: 'reablement',
          startedOn: '2026-09-01',
          endedOn: '2026-10-13',
          outcome: 'support-ended-as-planned',
          weeklyPence: 21_000,
        }),
      (result) =>
        result.ok
          ? {
              at: at('2026-11-03T10:00:00Z'),
              actorUserId: staff.id,
              action: 'short-term-support.update',
              personId: person.id,
              resource: `short-term-support:${recorded.value.id}`,
              detail: { fields: result.value.fields },
            }
          : undefined,
    )
    expect(fixed.ok && fixed.value.record).toMatchObject({
      component: 'reablement',
      endedOn: '2026-10-13',
      outcome: 'support-ended-as-planned',
      weeklyCostPence: 21_000,
    })
    expect(await repos.shortTermSupport.findById(recorded.value.id)).toEqual(fixed.ok && fixed.value.record)
    const audit = await repos.audit.listForPerson(person.id)
    expect(audit.map((entry) => [entry.action, entry.detail]).reverse()).toEqual([
      ['short-term-support.record', null],
      ['short-term-support.update', { fields: ['component', 'endedOn', 'outcome', 'weeklyCostPence'] }],
    ])
    const other = await createPerson(handle, 'Someone else')
    const moved = await repos.shortTermSupport.update(recorded.value.id, {
      personId: other.id,
      serviceType: 'st-max',
      component: 'reablement',
      startedOn: '2026-09-01',
    })
    expect(moved).toEqual({
      ok: false,
      errors: [{ path: 'id', message: 'No short-term support for this person has this id' }],
    })
    expect(await repos.shortTermSupport.listForPerson(other.id)).toEqual([])
  })

  it('refuses an ending without an outcome, and changes nothing', async () => {
    const handle = await engine.fresh()
    const staff = await createUser(handle, 'staff@example.org')
    const person = await createPerson(handle, 'Joe Whitfield')
    const piece = {
      personId: person.id,
      serviceType: 'st-max' as const,
      component: 'reablement',
      startedOn: '2026-09-01',
    }
    const recorded = await recordAudited(handle, piece, staff.id)
    if (!recorded.ok) throw new Error('setup')
    const refused = await handle.repos.shortTermSupport.update(recorded.value.id, { ...piece, endedOn: '2026-10-01' })
    expect(refused.ok ? [] : refused.errors.map((error) => error.path)).toEqual(['outcome'])
    expect((await handle.repos.shortTermSupport.findById(recorded.value.id))?.endedOn).toBeNull()
  })

  it('stores nothing, and no audit entry, when the support is refused', async () => {
    const handle = await engine.fresh()
    const staff = await createUser(handle, 'staff@example.org')
    const refused = await recordAudited(
      handle,
      { personId: 'nobody', serviceType: 'st-max', component: 'reablement', startedOn: '2026-09-01' },
      staff.id,
    )
    expect(refused).toEqual({ ok: false, errors: [{ path: 'personId', message: 'No person has this id' }] })
    expect(await countRows(engine, handle, 'short_term_support')).toBe(0)
    expect(await countRows(engine, handle, 'audit_log')).toBe(0)
  })

  it('refuses support ending before it started, or ended without an outcome, even from hand-written SQL', async () => {
    const handle = await engine.fresh()
    const staff = await createUser(handle, 'staff@example.org')
    const person = await createPerson(handle, 'Joe Whitfield')
    const insert = (endedOn: string | null, outcome: string | null, weekly: number | null = null) =>
      engine.sql(
        handle,
        `insert into short_term_support (id, person_id, service_type, component, started_on, ended_on, outcome,
          weekly_cost_pence, recorded_by_user_id, recorded_at) values (?, ?, 'st-max', 'reablement', '2026-09-01', ?, ?, ?, ?, ?)`,
        `raw-${String(endedOn)}-${String(outcome)}-${String(weekly)}`,
        person.id,
        endedOn,
        outcome,
        weekly,
        staff.id,
        now.getTime(),
      )
    expect(await refusal(insert('2026-08-31', 'support-ended-as-planned'))).toMatch(/short_term_support_ended_on_date/)
    expect(await refusal(insert('2026-09-30', null))).toMatch(/short_term_support_outcome_when_ended/)
    expect(await refusal(insert('2026-02-30', 'support-ended-as-planned'))).toMatch(/short_term_support_ended_on_date/)
    expect(await refusal(insert(null, null, -1))).toMatch(/short_term_support_cost_whole/)
    await insert('2026-09-30', 'support-ended-as-planned', 21_000)
    expect(await countRows(engine, handle, 'short_term_support')).toBe(1)
  })
})
