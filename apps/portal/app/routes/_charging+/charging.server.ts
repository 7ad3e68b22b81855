import type { ChargeAssessment, CouncilPolicy, NonResidentialInputInput, Issue } from '@open-sds/charging'
import { assessNonResidential, formatPounds, nationalDefaultPolicy } from '@open-sds/charging'
import type { ComposedConfiguration } from '@open-sds/plugin-sdk'
import type { FinancialAssessment, FinancialOutcome } from '@open-sds/db'
import { formatDate } from '~/components/dates'
import { outcomeOf } from './charge-outcome.server.js'
import { ConfigurationError } from '../../.server/config.js'
import type { AppContext } from '../../.server/context.js'

/** The charging policy the plugins compose to, or the national rules when no plugin supplies one. */
export function chargingPolicyOf(site: Pick<ComposedConfiguration, 'slots'>): CouncilPolicy {
  return site.slots.chargingPolicy ?? nationalDefaultPolicy
}

/** Made-up people who between them reach every part of the rules a policy can change. */
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
const isMissingRate = (issue: Issue) => /is not in the rate table/.test(issue.message)

/**
 * Runs the council's charging policy over made-up people on `today`, so a policy that breaks the rules (a policy
 * function that charges more than the cost of care, limits below the national ones) stops the portal at start-up
 * rather than surfacing in front of a person. It cannot prove a policy function right for everyone; the engine still
 * checks every answer it gives.
 */
export function chargingPolicyProblems(policy: CouncilPolicy, today: string): string[] {
  const problems = new Set<string>()
  for (const person of probePeople()) {
    const result = assessNonResidential(person, policy, { now: today })
    if (result.ok) continue
    for (const issue of result.errors) {
      if (issue.path.startsWith('policy') && !isMissingRate(issue)) problems.add(`${issue.path}: ${issue.message}`)
      // Outside every rate table (and no override): nothing can be assessed today; the pages say so plainly.
      if (issue.path === 'now') return []
    }
  }
  return [...problems]
}


export type CostOfCare = { weeklyPence: number; source: string }

/**
 * The weekly cost of the person's care: once a support plan is in force, what that plan costs each week, up to the
 * personal budget it spends (anything above is paid from other money and is not care the council arranges);
 * before that, the personal budget a practitioner agreed, or else the indicative budget from the self-assessment.
 * Undefined when none exists (the person then says what they were quoted).
 */
export async function costOfCareFor(context: AppContext, personId: string): Promise<CostOfCare | undefined> {
  const { assessments, eligibilityDecisions, supportPlans } = context.database.repos
  const plan = await supportPlans.findOpenForPerson(personId)
  const inForce = plan?.inForceVersion == null ? undefined : plan.versions.find((version) => version.version === plan.inForceVersion)
  if (inForce) {
    return { weeklyPence: Math.min(inForce.weeklyCostPence, inForce.budgetWeeklyPence), source: 'the weekly cost of your agreed support plan, up to your personal budget' }
  }
  const latest = (await assessments.listForPerson(personId)).find((assessment) => assessment.status === 'submitted')
  if (!latest || latest.weeklyPence === null) return undefined
  const decision = await eligibilityDecisions.latestForAssessment(latest.id)
  if (decision?.eligible && decision.agreedWeeklyPence !== null) {
    return { weeklyPence: decision.agreedWeeklyPence, source: 'the weekly personal budget your practitioner agreed' }
  }
  return { weeklyPence: latest.weeklyPence, source: 'your indicative weekly personal budget' }
}

/** A stored charging result read back: what the pages show. Never recalculated. */
export type StoredCharge = Pick<ChargeAssessment, 'weeklyChargePence' | 'weeklyCostOfCarePence' | 'explanation' | 'rulesVersion' | 'ratesYear' | 'policy' | 'assessedFor' | 'fullCostPayer'>

export function storedCharge(result: unknown): StoredCharge {
  const value = result as Partial<StoredCharge> | null
  if (!value || typeof value.weeklyChargePence !== 'number' || !Array.isArray(value.explanation)) {
    throw new Error('A stored financial assessment holds a result that is not a charging result')
  }
  return value as StoredCharge
}

/** Stops the start when the composed charging policy breaks the charging rules, naming the plugin that supplied it. */
export function checkChargingPolicyAtStartUp(site: ComposedConfiguration, today: string): void {
  const problems = chargingPolicyProblems(chargingPolicyOf(site), today)
  if (problems.length === 0) return
  const source = site.provenance.slots.chargingPolicy ?? 'national-defaults'
  throw new ConfigurationError(
    `The portal cannot start because the charging policy from plugin "${source}" breaks the charging rules:\n${problems.map((problem) => `- chargingPolicy.${problem.replace(/^policy\./, '')}`).join('\n')}`,
  )
}

/** A stored or fresh charging result as the pages show it. */
export function chargeView(result: unknown): { weekly: string; costOfCare: string; steps: string[]; rulesVersion: string; ratesYear: string; policy: string; assessedFor: string } {
  const charge = storedCharge(result)
  return {
    weekly: formatPounds(charge.weeklyChargePence),
    costOfCare: formatPounds(charge.weeklyCostOfCarePence),
    steps: charge.explanation.map((step) => step.text),
    rulesVersion: charge.rulesVersion,
    ratesYear: charge.ratesYear,
    policy: `${charge.policy.name}, version ${charge.policy.version}`,
    assessedFor: formatDate(charge.assessedFor),
  }
}

/** A recorded version's outcome, copied as it is into a confirmation: confirming never recalculates. */
export function storedOutcome(version: FinancialAssessment): FinancialOutcome {
  return {
    result: version.result,
    weeklyChargePence: version.weeklyChargePence ?? 0,
    weeklyCostOfCarePence: version.weeklyCostOfCarePence ?? 0,
    rulesVersion: version.rulesVersion ?? '',
    policyName: version.policyName ?? '',
    policyVersion: version.policyVersion ?? '',
    ratesYear: version.ratesYear ?? '',
    assessedFor: version.assessedFor ?? '',
  }
}

export { outcomeOf }
