import { pathToFileURL } from 'node:url'
import {
  DEFAULT_CARERS_POLICY,
  allocateCarersBudget,
  checkCarerPlan,
  determineCarerEligibility,
  formatPence,
} from '@open-sds/carers'

/** Maya cares for her husband; she cannot get to her choir. Is she eligible, what budget, and does her plan fit it? */
export function main() {
  const decided = determineCarerEligibility({
    necessaryCare: { met: true, reason: 'She helps her husband wash, dress and take his medicines every day' },
    health: { atRisk: false, reason: 'She reports no change in her own health' },
    outcomes: {
      unableToAchieve: ['recreation'],
      how: 'She has not been to her choir for a year: she cannot leave him',
    },
    wellbeing: { met: true, impact: 'She feels isolated and low' },
  })
  if (!decided.ok) return decided
  for (const line of decided.value.explanation) console.log(line)

  const { determination } = decided.value
  const allocation = allocateCarersBudget(DEFAULT_CARERS_POLICY.allocations, {
    eligible: decided.value.eligible,
    healthAtRisk: determination.health.atRisk,
    outcomesUnableToAchieve: determination.outcomes.unableToAchieve.length,
    wellbeingImpact: determination.wellbeing.met,
    on: '2026-05-01',
  })
  if (!allocation.ok) return allocation
  console.log(`Indicative budget: ${formatPence(allocation.value.budget.amountPence)}`)

  const plan = checkCarerPlan(
    DEFAULT_CARERS_POLICY.allocations,
    {
      outcomes: [{ words: 'I want to get back to my choir on Thursday evenings' }],
      supports: [{ description: 'Choir fees and taxis for a term', providedTo: 'carer', costPence: 18_000 }],
      budget: allocation.value.budget,
      emergencyPlan: { whoStepsIn: 'My son Tom', whatTheyNeedToKnow: 'His tablets are in the blue box' },
    },
    '2026-05-01',
  )
  if (plan.ok) for (const line of plan.value.explanation) console.log(line)
  return plan
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
