import { pathToFileURL } from 'node:url'
import type { Actor, Plan, PlanRecord, Result } from '@open-sds/support-planning'
import {
  applyFlexibleChange,
  checkAgainstBudget,
  costPlan,
  createPlanRecord,
  transition,
  validatePlan,
} from '@open-sds/support-planning'

const joan: Actor = { id: 'user-joan', role: 'person' }
const sam: Actor = { id: 'user-sam', role: 'practitioner' }

const input = {
  people: {
    person: { name: 'Joan Okafor' },
    plannedWith: [{ name: 'Joan Okafor', role: 'the-person' }],
    moneyManagedBy: { name: 'Joan Okafor', role: 'the-person' },
  },
  outcomes: [
    {
      id: 'church',
      words: 'I want to get to church every Sunday',
      linkedItems: [{ frameworkId: 'care-act-eligibility-outcomes', itemId: 'community' }],
    },
    {
      id: 'mornings',
      words: 'I want to wash and dress in the morning without rushing',
      linkedItems: [{ frameworkId: 'care-act-eligibility-outcomes', itemId: 'hygiene' }],
    },
  ],
  supports: [
    {
      id: 'pa',
      outcomeId: 'church',
      providerType: 'personal-assistant',
      description: 'PA to go to church with me',
      frequency: { per: 'week', count: 3 },
      unitCostPence: 1550,
    },
    {
      id: 'lift',
      outcomeId: 'church',
      providerType: 'family-and-friends',
      description: 'Lift home with my neighbour',
      frequency: { per: 'week', count: 1 },
      unitCostPence: 0,
    },
    {
      id: 'visits',
      outcomeId: 'mornings',
      providerType: 'agency',
      description: 'Morning visits',
      frequency: { per: 'week', count: 7 },
      unitCostPence: 2200,
    },
    {
      id: 'alarm',
      outcomeId: 'mornings',
      providerType: 'telecare',
      description: 'Pendant alarm',
      frequency: { per: 'month', count: 1 },
      unitCostPence: 1820,
    },
  ],
  funding: {
    personalBudget: {
      weeklyPence: 20500,
      assessedContributionWeeklyPence: 3500,
      directPaymentWeeklyPence: 5100,
      managedAccountWeeklyPence: 15400,
      individualServiceFundWeeklyPence: 0,
    },
    otherStreams: [],
  },
  risksIChooseToTake: [{ id: 'walk', description: 'I walk to the corner shop on my own' }],
  contingencyPlan: 'If my PA is ill, my daughter Grace takes me to church.',
  reviewDate: '2026-03-01',
}

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.errors.map((issue) => `${issue.path}: ${issue.message}`).join('\n'))
  return result.value
}

/** Joan's plan: costed, checked against her budget, agreed, then changed by her within the flexibility rule. */
export function main() {
  const plan: Plan = must(validatePlan(input))
  const costing = costPlan(plan)
  const check = must(checkAgainstBudget(plan, plan.funding.personalBudget.weeklyPence))

  let record: PlanRecord = must(createPlanRecord({ id: 'plan-joan', plan, actor: joan, now: '2025-03-03T09:00:00Z' }))
  const tooSoon = transition(record, 'activate', {
    actor: sam,
    now: '2025-03-03T09:01:00Z',
    expectedVersion: record.version,
  })
  record = must(
    transition(record, 'submit', { actor: joan, now: '2025-03-03T09:30:00Z', expectedVersion: record.version }),
  )
  record = must(
    transition(record, 'approve', { actor: sam, now: '2025-03-05T11:00:00Z', expectedVersion: record.version }),
  )
  record = must(
    transition(record, 'activate', { actor: sam, now: '2025-03-05T11:05:00Z', expectedVersion: record.version }),
  )

  // Joan swaps a PA hour for a taxi: same outcome, less money, so no approval is needed.
  const swapped = {
    ...plan,
    supports: [
      ...plan.supports.map((support) =>
        support.id === 'pa' ? { ...support, frequency: { per: 'week' as const, count: 2 } } : support,
      ),
      {
        id: 'taxi',
        outcomeId: 'church',
        providerType: 'other' as const,
        description: 'Taxi to church',
        frequency: { per: 'week' as const, count: 1 },
        unitCostPence: 1200,
      },
    ],
  }
  record = must(
    applyFlexibleChange(record, swapped, { actor: joan, now: '2025-04-12T17:00:00Z', expectedVersion: record.version }),
  )
  // Moving money from mornings to church is a different matter: it goes to review.
  const moved = {
    ...swapped,
    supports: swapped.supports.map((support) =>
      support.id === 'visits'
        ? { ...support, frequency: { per: 'week' as const, count: 6 } }
        : support.id === 'taxi'
          ? { ...support, frequency: { per: 'week' as const, count: 2 } }
          : support,
    ),
  }
  const refused = applyFlexibleChange(record, moved, {
    actor: joan,
    now: '2025-04-20T17:00:00Z',
    expectedVersion: record.version,
  })

  return {
    weekly: costing.explanation,
    budget: check.message,
    activatingTooSoon: tooSoon.ok ? 'allowed' : tooSoon.errors[0]?.message,
    history: record.history.map(
      (entry) =>
        `${entry.at} ${entry.actor.id}: ${entry.action} -> ${entry.to}${entry.changes ? ` (${entry.changes.join('; ')})` : ''}`,
    ),
    movingMoneyBetweenOutcomes: refused.ok ? 'recorded' : refused.errors.map((issue) => issue.message),
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(main(), null, 2))
}
