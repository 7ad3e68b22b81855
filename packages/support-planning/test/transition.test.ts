import { describe, expect, it } from 'vitest'
import type { PlanRecord, TransitionAction, TransitionOptions } from '../src/index.js'
import { approvedPlan, createPlanRecord, currentPlan, transition } from '../src/index.js'
import { activeRecord, joan, joansPlan, otherPractitioner, practitioner } from './fixtures.js'

function draft(): PlanRecord {
  const created = createPlanRecord({ id: 'plan-joan', plan: joansPlan(), actor: joan, now: '2025-03-03T09:00:00Z' })
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  return created.value
}

function move(record: PlanRecord, action: TransitionAction, options: Partial<TransitionOptions> = {}): PlanRecord {
  const result = transition(record, action, {
    actor: practitioner,
    now: '2025-03-04T10:00:00Z',
    expectedVersion: record.version,
    ...options,
  })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

describe('plan life cycle', () => {
  it('goes draft, submitted, approved, active, under review, revised, and back through approval, keeping every version', () => {
    let record = draft()
    record = move(record, 'submit', { actor: joan })
    record = move(record, 'approve')
    record = move(record, 'activate')
    record = move(record, 'start-review')
    const revisedPlan = { ...joansPlan(), reviewDate: '2027-03-01' }
    record = move(record, 'revise', { plan: revisedPlan })
    expect(record.state).toBe('revised')
    expect(record.versions.map((version) => [version.planVersion, version.change])).toEqual([
      [1, 'created'],
      [2, 'revised'],
    ])
    // Until the revision is approved, the version approved before stays in force.
    expect(approvedPlan(record)?.reviewDate).toBe('2026-03-01')
    record = move(record, 'submit')
    record = move(record, 'approve')
    expect(approvedPlan(record)?.reviewDate).toBe('2027-03-01')
    expect(record.history.map((entry) => `${entry.from ?? 'none'}>${entry.to}`)).toEqual([
      'none>draft',
      'draft>submitted',
      'submitted>approved',
      'approved>active',
      'active>under-review',
      'under-review>revised',
      'revised>submitted',
      'submitted>approved',
    ])
    expect(record.version).toBe(8)
  })

  it('records who made every move and when, and leaves the record it was given untouched', () => {
    const before = draft()
    const snapshot = structuredClone(before)
    const after = move(before, 'submit', { actor: joan, now: '2025-03-03T09:30:00Z' })
    expect(before).toEqual(snapshot)
    expect(after.history.at(-1)).toEqual({
      recordVersion: 2,
      action: 'submit',
      from: 'draft',
      to: 'submitted',
      actor: joan,
      at: '2025-03-03T09:30:00Z',
      planVersion: 1,
    })
  })

  it('refuses a move the life cycle does not allow, saying what can be done instead', () => {
    const approved = move(move(draft(), 'submit', { actor: joan }), 'approve')
    expect(
      transition(approved, 'submit', { actor: joan, now: '2025-03-05T09:00:00Z', expectedVersion: approved.version }),
    ).toEqual({
      ok: false,
      errors: [
        { path: 'action', message: 'A plan that is approved cannot be submitted again; it can be made active.' },
      ],
    })
    const ended = move(activeRecord(), 'end', { reason: 'Joan moved to live with her daughter in another county' })
    const refused = transition(ended, 'activate', {
      actor: practitioner,
      now: '2025-04-01T09:00:00Z',
      expectedVersion: ended.version,
    })
    expect(refused).toEqual({
      ok: false,
      errors: [
        {
          path: 'action',
          message:
            'A plan that has ended cannot be made active again; nothing more can be done with it, so start a new plan.',
        },
      ],
    })
  })

  it('requires reasons to return a plan, and keeps the person’s words when it goes back to draft (support planning note: a returned plan says why)', () => {
    const submitted = move(draft(), 'submit', { actor: joan })
    expect(
      transition(submitted, 'return', {
        actor: practitioner,
        now: '2025-03-04T10:00:00Z',
        expectedVersion: submitted.version,
        reason: '  ',
      }),
    ).toEqual({
      ok: false,
      errors: [{ path: 'reason', message: 'Say why the plan is being returned, so the person knows what to change' }],
    })
    const returned = move(submitted, 'return', { reason: 'Please add who will cover the morning visits at Christmas' })
    expect(returned.history.at(-1)?.reason).toBe('Please add who will cover the morning visits at Christmas')
    const edited = { ...joansPlan(), contingencyPlan: `${joansPlan().contingencyPlan} At Christmas Grace stays over.` }
    const redrafted = move(returned, 'edit', { actor: joan, plan: edited })
    expect(redrafted.state).toBe('draft')
    expect(currentPlan(redrafted).outcomes[0]?.words).toBe('I want to get to church every Sunday')
    expect(redrafted.versions).toHaveLength(2)
  })

  it('lets only the council approve or return a plan', () => {
    const submitted = move(draft(), 'submit', { actor: joan })
    expect(
      transition(submitted, 'approve', {
        actor: joan,
        now: '2025-03-04T10:00:00Z',
        expectedVersion: submitted.version,
      }),
    ).toEqual({
      ok: false,
      errors: [
        {
          path: 'actor.role',
          message: 'Only a practitioner or manager at the council can approve a plan or return it',
        },
      ],
    })
  })

  it('refuses the second of two practitioners approving the same version at once', () => {
    const submitted = move(draft(), 'submit', { actor: joan, now: '2025-03-03T14:00:00Z' })
    const seenByBoth = submitted.version
    const first = transition(submitted, 'approve', {
      actor: practitioner,
      now: '2025-03-03T14:05:00Z',
      expectedVersion: seenByBoth,
    })
    expect(first.ok).toBe(true)
    if (!first.ok) return
    // The second practitioner's request is checked against the record as it now stands.
    const second = transition(first.value, 'approve', {
      actor: otherPractitioner,
      now: '2025-03-03T14:05:30Z',
      expectedVersion: seenByBoth,
    })
    expect(second).toEqual({
      ok: false,
      errors: [
        {
          path: 'expectedVersion',
          message:
            'This plan was changed by someone else at 14:05 on 3 March 2025; reload it. (You were changing version 2; it is now version 3.)',
        },
      ],
    })
  })

  it('gives the time of a stale change in UK time, British Summer Time included', () => {
    const submitted = move(draft(), 'submit', { actor: joan, now: '2025-07-01T13:05:00Z' })
    const refused = transition(submitted, 'approve', {
      actor: practitioner,
      now: '2025-07-01T13:06:00Z',
      expectedVersion: 1,
    })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.errors[0]?.message).toContain('at 14:05 on 1 July 2025')
  })

  it('will not submit a plan with an outcome that has nothing planned for it, or without a contingency plan', () => {
    const plan = joansPlan()
    plan.supports = plan.supports.filter((support) => support.outcomeId !== 'grandchildren')
    plan.contingencyPlan = ' '
    const created = createPlanRecord({ id: 'p', plan, actor: joan, now: '2025-03-03T09:00:00Z' })
    if (!created.ok) throw new Error('not created')
    const refused = transition(created.value, 'submit', {
      actor: joan,
      now: '2025-03-03T09:10:00Z',
      expectedVersion: 1,
    })
    expect(refused).toEqual({
      ok: false,
      errors: [
        {
          path: 'plan.outcomes.2',
          message:
            '"I want to keep in touch with my grandchildren" has no support planned yet; add at least one (support from family, friends or the community counts, at £0)',
        },
        {
          path: 'plan.contingencyPlan',
          message:
            'Write a contingency plan: what will happen if things go wrong, such as the personal assistant being ill',
        },
      ],
    })
  })

  it('validates an edited plan, with paths inside the plan', () => {
    const record = draft()
    const bad = { ...joansPlan(), supports: [{ ...joansPlan().supports[0], unitCostPence: -5 }] }
    expect(
      transition(record, 'edit', { actor: joan, now: '2025-03-03T09:05:00Z', expectedVersion: 1, plan: bad }),
    ).toEqual({
      ok: false,
      errors: [{ path: 'plan.supports.0.unitCostPence', message: 'Unit cost must be 0 or more, in pence' }],
    })
  })

  it('refuses a change with no time or an unknown action, in plain English', () => {
    const record = draft()
    expect(transition(record, 'submit', { actor: joan, now: 'yesterday', expectedVersion: 1 })).toEqual({
      ok: false,
      errors: [{ path: 'now', message: 'The time must be a date and time such as 2025-03-03T14:05:00Z' }],
    })
    const unknown = transition(record, 'flexible-change' as TransitionAction, {
      actor: joan,
      now: '2025-03-03T09:05:00Z',
      expectedVersion: 1,
    })
    expect(unknown.ok).toBe(false)
    if (!unknown.ok) expect(unknown.errors[0]?.path).toBe('action')
  })
})
