import type { Actor, Plan, PlanRecord } from '../src/index.js'
import { createPlanRecord, transition } from '../src/index.js'

/**
 * Joan's plan: three outcomes in her words, paid and unpaid support, one-off equipment, a mixed personal budget.
 * Weekly: PA £46.50 + lift £0 + agency £154.00 + lunch club £6.00 + telecare £4.20 = £210.70.
 */
export function joansPlan(): Plan {
  return {
    people: {
      person: { name: 'Joan Okafor' },
      plannedWith: [
        { name: 'Joan Okafor', role: 'the-person' },
        { name: 'Grace Okafor', role: 'family-or-friend' },
      ],
      moneyManagedBy: { name: 'Grace Okafor', role: 'nominated-person' },
      representative: { name: 'Grace Okafor', relationship: 'daughter', authority: 'lasting-power-of-attorney' },
    },
    outcomes: [
      {
        id: 'church',
        words: 'I want to get to church every Sunday',
        linkedItems: [
          { frameworkId: 'care-act-eligibility-outcomes', itemId: 'community' },
          { frameworkId: 'care-act-wellbeing', itemId: 'relationships' },
        ],
      },
      {
        id: 'mornings',
        words: 'I want to wash and dress in the morning without rushing',
        linkedItems: [
          { frameworkId: 'care-act-eligibility-outcomes', itemId: 'hygiene' },
          { frameworkId: 'care-act-eligibility-outcomes', itemId: 'clothing' },
        ],
      },
      {
        id: 'grandchildren',
        words: 'I want to keep in touch with my grandchildren',
        linkedItems: [{ frameworkId: 'care-act-wellbeing', itemId: 'relationships' }],
      },
    ],
    supports: [
      {
        id: 'pa-church',
        outcomeId: 'church',
        providerType: 'personal-assistant',
        description: 'PA to get ready for and go to church',
        frequency: { per: 'week', count: 3 },
        unitCostPence: 1550,
      },
      {
        id: 'lift',
        outcomeId: 'church',
        providerType: 'family-and-friends',
        description: 'Lift home from church with a neighbour',
        frequency: { per: 'week', count: 1 },
        unitCostPence: 0,
      },
      {
        id: 'agency-mornings',
        outcomeId: 'mornings',
        providerType: 'agency',
        description: 'Morning visit to help wash and dress',
        frequency: { per: 'week', count: 7 },
        unitCostPence: 2200,
      },
      {
        id: 'rails',
        outcomeId: 'mornings',
        providerType: 'equipment',
        description: 'Grab rails in the bathroom',
        frequency: { per: 'one-off', count: 1 },
        unitCostPence: 8500,
      },
      {
        id: 'lunch-club',
        outcomeId: 'grandchildren',
        providerType: 'community-group',
        description: 'Lunch club where the grandchildren visit',
        frequency: { per: 'month', count: 4 },
        unitCostPence: 650,
      },
      {
        id: 'tablet',
        outcomeId: 'grandchildren',
        providerType: 'equipment',
        description: 'Tablet for video calls',
        frequency: { per: 'one-off', count: 1 },
        unitCostPence: 12000,
      },
      {
        id: 'telecare',
        outcomeId: 'grandchildren',
        providerType: 'telecare',
        description: 'Pendant alarm',
        frequency: { per: 'month', count: 1 },
        unitCostPence: 1820,
      },
    ],
    funding: {
      personalBudget: {
        weeklyPence: 21070,
        assessedContributionWeeklyPence: 3500,
        directPaymentWeeklyPence: 5670,
        managedAccountWeeklyPence: 15400,
        individualServiceFundWeeklyPence: 0,
      },
      otherStreams: [
        {
          source: 'own-money',
          description: 'Joan pays for the taxi to church herself',
          weeklyPence: 1200,
          oneOffPence: 0,
        },
      ],
    },
    risksIChooseToTake: [
      { id: 'walk-alone', description: 'I walk to the corner shop on my own, even though I have fallen before' },
    ],
    contingencyPlan:
      'If the PA is ill, Grace takes me to church; if the agency cannot come, Grace calls the council duty line.',
    reviewDate: '2026-03-01',
  }
}

export const joan: Actor = { id: 'user-joan', role: 'person' }
export const practitioner: Actor = { id: 'user-sam', role: 'practitioner' }
export const otherPractitioner: Actor = { id: 'user-ali', role: 'practitioner' }

/** Joan's plan taken through to active, one move a minute from 09:00 on 3 March 2025. */
export function activeRecord(plan: Plan = joansPlan()): PlanRecord {
  const created = createPlanRecord({ id: 'plan-joan', plan, actor: joan, now: '2025-03-03T09:00:00Z' })
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  let record = created.value
  const moves = [
    ['submit', joan],
    ['approve', practitioner],
    ['activate', practitioner],
  ] as const
  moves.forEach(([action, actor], index) => {
    const next = transition(record, action, {
      actor,
      now: `2025-03-03T09:0${index + 1}:00Z`,
      expectedVersion: record.version,
    })
    if (!next.ok) throw new Error(JSON.stringify(next.errors))
    record = next.value
  })
  return record
}
