import { createPlanRecord, transition, type Actor, type Plan, type PlanRecord } from '@open-sds/support-planning'
import {
  DEFAULT_DIRECT_PAYMENT_POLICY,
  makeAgreement,
  type Agreement,
  type AgreementInput,
  type DirectPaymentPolicy,
} from '../src/index.js'

/**
 * Ade's plan: two outcomes, four supports, £360.00 a week, all of it as a direct payment; assessed charge £40.00.
 * Mornings: PA 10 hours at £15.00 (£150.00) and an agency evening visit 7 times at £20.00 (£140.00).
 * Out and about: PA 4 hours at £15.00 (£60.00) and a gym session at £10.00.
 */
export function adesPlan(): Plan {
  return {
    people: {
      person: { name: 'Ade Bello' },
      plannedWith: [{ name: 'Ade Bello', role: 'the-person' }],
      moneyManagedBy: { name: 'Ade Bello', role: 'the-person' },
    },
    outcomes: [
      { id: 'mornings', words: 'I want to get up and ready at my own pace', linkedItems: [] },
      { id: 'out', words: 'I want to get out and about and keep fit', linkedItems: [] },
    ],
    supports: [
      {
        id: 'pa-mornings',
        outcomeId: 'mornings',
        providerType: 'personal-assistant',
        description: 'PA in the mornings',
        frequency: { per: 'week', count: 10 },
        unitCostPence: 1500,
      },
      {
        id: 'agency-evenings',
        outcomeId: 'mornings',
        providerType: 'agency',
        description: 'Agency visit in the evening',
        frequency: { per: 'week', count: 7 },
        unitCostPence: 2000,
      },
      {
        id: 'pa-outings',
        outcomeId: 'out',
        providerType: 'personal-assistant',
        description: 'PA for outings',
        frequency: { per: 'week', count: 4 },
        unitCostPence: 1500,
      },
      {
        id: 'gym',
        outcomeId: 'out',
        providerType: 'community-group',
        description: 'Gym session',
        frequency: { per: 'week', count: 1 },
        unitCostPence: 1000,
      },
    ],
    funding: {
      personalBudget: {
        weeklyPence: 36_000,
        assessedContributionWeeklyPence: 4_000,
        directPaymentWeeklyPence: 36_000,
        managedAccountWeeklyPence: 0,
        individualServiceFundWeeklyPence: 0,
      },
      otherStreams: [],
    },
    risksIChooseToTake: [],
    contingencyPlan: 'If my PA is ill, the agency covers the mornings.',
    reviewDate: '2027-03-01',
  }
}

const ade: Actor = { id: 'user-ade', role: 'person' }
const practitioner: Actor = { id: 'user-sam', role: 'practitioner' }

/** Ade's plan taken as far as `upTo` in its life cycle (active by default). */
export function planRecord(upTo: 'draft' | 'approved' | 'active' = 'active'): PlanRecord {
  const created = createPlanRecord({ id: 'plan-ade', plan: adesPlan(), actor: ade, now: '2026-03-02T09:00:00Z' })
  if (!created.ok) throw new Error(JSON.stringify(created.errors))
  let record = created.value
  const moves =
    upTo === 'draft'
      ? []
      : upTo === 'approved'
        ? (['submit', 'approve'] as const)
        : (['submit', 'approve', 'activate'] as const)
  moves.forEach((action, index) => {
    const next = transition(record, action, {
      actor: action === 'submit' ? ade : practitioner,
      now: `2026-03-02T09:0${String(index + 1)}:00Z`,
      expectedVersion: record.version,
    })
    if (!next.ok) throw new Error(JSON.stringify(next.errors))
    record = next.value
  })
  return record
}

export const agreementInput = (overrides: Partial<AgreementInput> = {}): AgreementInput => ({
  id: 'dp-ade',
  planRecord: planRecord(),
  recipient: { role: 'the-person', name: 'Ade Bello' },
  account: { type: 'own-bank-account' },
  basis: 'net',
  assessedWeeklyChargePence: 4_000,
  startDate: '2026-04-06',
  ...overrides,
})

/** Ade's agreement: net of his £40.00 charge, so £320.00 a week, from Monday 6 April 2026. */
export function adesAgreement(
  overrides: Partial<AgreementInput> = {},
  policy: DirectPaymentPolicy = DEFAULT_DIRECT_PAYMENT_POLICY,
): Agreement {
  const made = makeAgreement(agreementInput(overrides), policy)
  if (!made.ok) throw new Error(JSON.stringify(made.errors))
  return made.value
}

export function unwrap<T>(result: { ok: true; value: T } | { ok: false; errors: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}
