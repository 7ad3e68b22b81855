import { describe, expect, it } from 'vitest'
import type { Plan } from '../src/index.js'
import {
  applyFlexibleChange,
  classifyChange,
  createPlanRecord,
  currentPlan,
  flexibilityRulesVersion,
} from '../src/index.js'
import { activeRecord, joan, joansPlan } from './fixtures.js'

/** Joan swaps two of her three PA hours for church for a taxi and a volunteer: less money, same outcome. */
function churchBySwap(): Plan {
  const plan = joansPlan()
  plan.supports = plan.supports.map((support) =>
    support.id === 'pa-church' ? { ...support, frequency: { per: 'week', count: 1 } } : support,
  )
  plan.supports.push({
    id: 'taxi',
    outcomeId: 'church',
    providerType: 'other',
    description: 'Taxi to church',
    frequency: { per: 'week', count: 1 },
    unitCostPence: 1200,
  })
  return plan
}

describe('classifyChange: the flexibility rule (Think Local Act Personal, 2011, 3.2.2)', () => {
  it('lets money move between supports within the same outcome without approval', () => {
    const result = classifyChange(joansPlan(), churchBySwap())
    expect(result).toEqual({
      kind: 'within-flexibility',
      changes: [
        'Changed "PA to get ready for and go to church" to £15.50 a week (was £46.50 a week)',
        'Added "Taxi to church" (£12.00 a week)',
      ],
      rulesVersion: flexibilityRulesVersion,
    })
  })

  it('sends money moved between outcomes to review, even when the total stays the same', () => {
    const plan = joansPlan()
    plan.supports = plan.supports.map((support) =>
      support.id === 'pa-church' ? { ...support, frequency: { per: 'week', count: 1 } } : support,
    )
    plan.supports.push({
      id: 'extra-visit',
      outcomeId: 'mornings',
      providerType: 'personal-assistant',
      description: 'Extra help on Sundays',
      frequency: { per: 'week', count: 2 },
      unitCostPence: 1550,
    })
    const result = classifyChange(joansPlan(), plan)
    expect(result.kind).toBe('needs-review')
    if (result.kind === 'needs-review') {
      expect(result.reasons).toEqual([
        'Spending on "I want to wash and dress in the morning without rushing" would go up from £8,008.00 to £9,620.00 a year; money can move between the supports for one outcome without asking, but not between outcomes',
      ])
    }
  })

  it('sends a higher total to review', () => {
    const plan = joansPlan()
    plan.supports = plan.supports.map((support) =>
      support.id === 'pa-church' ? { ...support, unitCostPence: 1600 } : support,
    )
    const result = classifyChange(joansPlan(), plan)
    expect(result.kind === 'needs-review' && result.reasons[0]).toBe(
      'The plan would cost £11,034.40 a year (£212.20 a week), more than the £10,956.40 a year (£210.70 a week) agreed',
    )
  })

  it('sends added, removed and reworded outcomes to review', () => {
    const plan = joansPlan()
    plan.outcomes = plan.outcomes.filter((outcome) => outcome.id !== 'grandchildren')
    plan.supports = plan.supports.filter((support) => support.outcomeId !== 'grandchildren')
    plan.outcomes.push({ id: 'garden', words: 'I want to grow tomatoes again', linkedItems: [] })
    const first = plan.outcomes[0]
    if (first) first.words = 'I want to go to church'
    const result = classifyChange(joansPlan(), plan)
    expect(result.kind === 'needs-review' && result.reasons).toEqual([
      'The outcome "I want to get to church every Sunday" would be reworded as "I want to go to church"',
      'The outcome "I want to keep in touch with my grandchildren" would be taken out',
      'A new outcome would be added: "I want to grow tomatoes again"',
    ])
  })

  it('sends changes to funding, the money manager, risks and the review date to review, but not a better contingency plan', () => {
    const plan = joansPlan()
    plan.people.moneyManagedBy = { name: 'Joan Okafor', role: 'the-person' }
    plan.risksIChooseToTake = []
    plan.reviewDate = '2026-09-01'
    plan.contingencyPlan = 'Grace or my neighbour Tom.'
    const result = classifyChange(joansPlan(), plan)
    expect(result.kind === 'needs-review' && result.reasons).toEqual([
      'Who manages the money would change',
      'The risks the person chooses to take would change; these are agreed together',
      'The review date would move from 2026-03-01 to 2026-09-01',
    ])
    const contingencyOnly = { ...joansPlan(), contingencyPlan: 'Grace or my neighbour Tom.' }
    expect(classifyChange(joansPlan(), contingencyOnly)).toEqual({
      kind: 'within-flexibility',
      changes: ['Updated the contingency plan'],
      rulesVersion: flexibilityRulesVersion,
    })
  })
})

describe('applyFlexibleChange', () => {
  it('records a change within flexibility at once as a new version, with who and when, and no approval', () => {
    const record = activeRecord()
    const result = applyFlexibleChange(record, churchBySwap(), {
      actor: joan,
      now: '2025-05-10T18:00:00Z',
      expectedVersion: record.version,
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.state).toBe('active')
    expect(result.value.version).toBe(record.version + 1)
    expect(result.value.versions.at(-1)).toMatchObject({
      planVersion: 2,
      change: 'flexible-change',
      recordedBy: joan,
      recordedAt: '2025-05-10T18:00:00Z',
    })
    expect(result.value.history.at(-1)).toMatchObject({
      action: 'flexible-change',
      from: 'active',
      to: 'active',
      actor: joan,
      planVersion: 2,
      rulesVersion: flexibilityRulesVersion,
    })
    expect(result.value.history.at(-1)?.changes).toContain('Added "Taxi to church" (£12.00 a week)')
    expect(result.value.approvedPlanVersion).toBe(1)
  })

  it('judges each change against the approved plan, so money saved can be spent again within the same outcome', () => {
    const record = activeRecord()
    const saved = applyFlexibleChange(record, churchBySwap(), {
      actor: joan,
      now: '2025-05-10T18:00:00Z',
      expectedVersion: record.version,
    })
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors))
    const backAgain = applyFlexibleChange(saved.value, joansPlan(), {
      actor: joan,
      now: '2025-06-10T18:00:00Z',
      expectedVersion: saved.value.version,
    })
    expect(backAgain.ok).toBe(true)
    if (backAgain.ok) expect(currentPlan(backAgain.value)).toEqual(joansPlan())
  })

  it('refuses a change that needs review, giving every reason', () => {
    const record = activeRecord()
    const plan = { ...joansPlan(), reviewDate: '2027-01-01' }
    expect(
      applyFlexibleChange(record, plan, { actor: joan, now: '2025-05-10T18:00:00Z', expectedVersion: record.version }),
    ).toEqual({
      ok: false,
      errors: [
        {
          path: 'plan',
          message:
            'This change needs the council to review it: The review date would move from 2026-03-01 to 2027-01-01',
        },
      ],
    })
  })

  it('refuses flexible changes before the plan is active, and stale or empty changes', () => {
    const created = createPlanRecord({ id: 'p', plan: joansPlan(), actor: joan, now: '2025-03-03T09:00:00Z' })
    if (!created.ok) throw new Error('not created')
    expect(
      applyFlexibleChange(created.value, churchBySwap(), {
        actor: joan,
        now: '2025-03-03T09:05:00Z',
        expectedVersion: 1,
      }),
    ).toEqual({
      ok: false,
      errors: [
        { path: 'action', message: 'A draft plan cannot be changed without approval; it can be edited or submitted.' },
      ],
    })
    const record = activeRecord()
    const stale = applyFlexibleChange(record, churchBySwap(), {
      actor: joan,
      now: '2025-05-10T18:00:00Z',
      expectedVersion: record.version - 1,
    })
    expect(stale.ok === false && stale.errors[0]?.path).toBe('expectedVersion')
    expect(
      applyFlexibleChange(record, joansPlan(), {
        actor: joan,
        now: '2025-05-10T18:00:00Z',
        expectedVersion: record.version,
      }),
    ).toEqual({
      ok: false,
      errors: [{ path: 'plan', message: 'Nothing in the plan has changed' }],
    })
  })
})
