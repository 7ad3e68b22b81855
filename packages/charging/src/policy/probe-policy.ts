import { fail, ok, type Issue, type Result } from '@open-sds/kernel'
import { assessNonResidential } from '../assess/non-residential.js'
import type { CouncilPolicyInput } from './policy-schema.js'
import type { NonResidentialInputInput } from '../schemas/non-residential-input.js'
import { RULES_VERSION } from '../version.js'

/** Made-up people who between them reach every part of the rules a policy can change: income, capital bands, cost of care. */
function probePeople(): NonResidentialInputInput[] {
  const people: NonResidentialInputInput[] = []
  for (const weeklyIncome of [0, 20_000, 40_000, 80_000]) {
    for (const savings of [0, 1_500_000, 5_000_000]) {
      for (const costOfCare of [1_000, 30_000]) {
        people.push({
          route: 'full',
          person: { ageYears: 70, pensionCreditAge: true },
          capital: savings > 0 ? [{ kind: 'savings', valuePence: savings }] : [],
          income: weeklyIncome > 0 ? [{ kind: 'state-pension', weeklyPence: weeklyIncome }] : [],
          housing: { costs: [{ kind: 'council-tax', weeklyPence: 2_000 }] },
          dre: { basis: 'itemised', items: [{ label: 'Extra heating', amountPence: 500, per: 'week' }] },
          services: [{ kind: 'care-and-support', cost: { amountPence: costOfCare, per: 'week' } }],
        })
      }
    }
  }
  return people
}

// A rate the national tables have not gathered is a fact about the year, not a fault in the council's policy.
const isMissingRate = (found: Issue) => /is not in the rate table/.test(found.message)

export type PolicyProbe = { peopleChecked: number; explanation: string[]; rulesVersion: string }

/**
 * Runs a council's composed charging policy over made-up people on `now` (a UK date, YYYY-MM-DD), so a policy that
 * breaks the rules (a policy function that charges more than the cost of care, a taper above 100%, limits below the
 * national ones) is refused when a host starts, not found in front of a person. Problems come back with paths under
 * `policy.` naming the field. It cannot prove a policy function right for everyone: the engine still checks every
 * answer it gives. Never throws, even when the policy function does.
 */
export function probeChargingPolicy(policy: CouncilPolicyInput, options: { now: string }): Result<PolicyProbe> {
  // One problem per field: the first made-up person to show it says enough.
  const problems = new Map<string, Issue>()
  const people = probePeople()
  for (const person of people) {
    const result = assessNonResidential(person, policy, { now: options.now })
    if (result.ok) continue
    // Outside every rate table (and no override): nothing can be assessed on that day, whatever the policy.
    if (result.errors.some((found) => found.path === 'now')) {
      return ok({
        peopleChecked: 0,
        explanation: [`No rate table covers ${options.now}, so the policy could not be tried on that day.`],
        rulesVersion: RULES_VERSION,
      })
    }
    for (const found of result.errors) {
      if (found.path.startsWith('policy') && !isMissingRate(found) && !problems.has(found.path))
        problems.set(found.path, found)
    }
  }
  if (problems.size > 0) return fail(...problems.values())
  return ok({
    peopleChecked: people.length,
    explanation: [
      `The policy was tried on ${people.length} made-up people on ${options.now} (incomes from £0 to £800 a week, savings from £0 to £50,000, care costing £10 or £300 a week) and broke no charging rule.`,
    ],
    rulesVersion: RULES_VERSION,
  })
}
