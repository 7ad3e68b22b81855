import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Actor, PlanRecord, TransitionAction } from '../src/index.js'
import {
  PlanStateSchema,
  TransitionActionSchema,
  applyFlexibleChange,
  createPlanRecord,
  currentPlan,
  lifeCycle,
  transition,
} from '../src/index.js'
import { joan, joansPlan, practitioner } from './fixtures.js'

// Most steps pick a move the current state allows, so walks reach review and revision; the rest try anything.
type Command =
  | { kind: 'transition'; allowedOnly: boolean; pick: number; actor: Actor; withReason: boolean; stale: boolean }
  | { kind: 'flexible'; saving: number; stale: boolean }

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('transition' as const),
      allowedOnly: fc.boolean(),
      pick: fc.nat(),
      actor: fc.constantFrom(joan, practitioner, practitioner),
      withReason: fc.constantFrom(true, true, true, false),
      stale: fc.constantFrom(false, false, false, true),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('flexible' as const),
      saving: fc.integer({ min: 0, max: 3 }),
      stale: fc.boolean(),
    }),
  },
)

function chooseAction(record: PlanRecord, step: Extract<Command, { kind: 'transition' }>): TransitionAction {
  const allowed = TransitionActionSchema.options.filter((action) => lifeCycle[record.state][action] !== undefined)
  const pool = step.allowedOnly && allowed.length > 0 ? allowed : TransitionActionSchema.options
  return pool[step.pick % pool.length] ?? 'submit'
}

const knownStates = new Set<string>(PlanStateSchema.options)

function run(record: PlanRecord, step: Command, minute: number) {
  const now = `2025-03-03T${String(10 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00Z`
  const expectedVersion = step.stale ? record.version - 1 : record.version
  if (step.kind === 'flexible') {
    const plan = currentPlan(record)
    const supports = plan.supports.map((support) =>
      support.id === 'pa-church'
        ? { ...support, unitCostPence: Math.max(0, support.unitCostPence - step.saving) }
        : support,
    )
    return {
      action: 'flexible-change' as const,
      result: applyFlexibleChange(record, { ...plan, supports }, { actor: joan, now, expectedVersion }),
    }
  }
  const action = chooseAction(record, step)
  const plan =
    action === 'edit' || action === 'revise'
      ? { ...currentPlan(record), contingencyPlan: `Plan B, written at ${now}` }
      : undefined
  const options = {
    actor: step.actor,
    now,
    expectedVersion,
    ...(step.withReason ? { reason: 'Because' } : {}),
    ...(plan ? { plan } : {}),
  }
  return { action, result: transition(record, action, options) }
}

describe('life cycle (properties)', () => {
  it('only ever moves along the graph, one version at a time, keeping a history entry for every move', () => {
    const reached = new Set<string>()
    fc.assert(
      fc.property(fc.array(command, { minLength: 10, maxLength: 60 }), (commands) => {
        const created = createPlanRecord({ id: 'p', plan: joansPlan(), actor: joan, now: '2025-03-03T09:00:00Z' })
        if (!created.ok) throw new Error('not created')
        let record = created.value
        let moves = 0
        let planChanges = 0
        commands.forEach((step, minute) => {
          const before = record
          const { action, result } = run(record, step, minute)
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0)
            if (step.stale) expect(result.errors[0]?.path).toBe('expectedVersion')
            return
          }
          record = result.value
          moves += 1
          if (record.versions.length > before.versions.length) planChanges += 1
          expect(step.stale).toBe(false)
          expect(lifeCycle[before.state][action]).toBe(record.state)
          expect(knownStates.has(record.state)).toBe(true)
          reached.add(`${action}>${record.state}`)
          expect(record.version).toBe(before.version + 1)
          expect(record.history.at(-1)).toMatchObject({
            recordVersion: record.version,
            from: before.state,
            to: record.state,
            action,
          })
        })
        expect(record.history).toHaveLength(moves + 1)
        expect(record.versions).toHaveLength(planChanges + 1)
        expect(record.history.map((entry) => entry.recordVersion)).toEqual(record.history.map((_, index) => index + 1))
        record.history.slice(1).forEach((entry, index) => expect(entry.from).toBe(record.history[index]?.to))
      }),
      { numRuns: 200 },
    )
    // The walks must actually exercise the whole graph, or the property says little.
    const everyEdge = Object.entries(lifeCycle).flatMap(([, moves]) =>
      Object.entries(moves).map(([action, to]) => `${action}>${to}`),
    )
    expect([...reached].sort()).toEqual([...new Set(everyEdge)].sort())
  })
})
