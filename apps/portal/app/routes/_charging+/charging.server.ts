import type { ChargeAssessment, CostOfCareBasis, CouncilPolicy } from '@open-sds/charging'
import { formatPence } from '@open-sds/kernel'
import { costOfCareToCapAt } from '@open-sds/charging'
import { chargingPolicyInForce, checkChargingPolicy, type ComposedConfiguration } from '@open-sds/plugin-sdk'
import type { FinancialAssessment, FinancialOutcome } from '@open-sds/db'
import { formatDate } from '~/components/dates'
import { ConfigurationError } from '../../.server/config.js'
import type { AppContext } from '../../.server/context.js'

/** The charging policy the plugins compose to, or the national rules when no plugin supplies one. */
export function chargingPolicyOf(site: Pick<ComposedConfiguration, 'slots' | 'provenance'>): CouncilPolicy {
  return chargingPolicyInForce(site).policy
}

/**
 * The weekly cost of care a charge is capped at, by @open-sds/charging's rule (`costOfCareToCapAt`), from what the
 * portal holds about the person: the support plan in force, the budget a practitioner agreed, the indicative budget.
 * Undefined when none exists (the person then says what they were quoted).
 */
export async function costOfCareFor(context: AppContext, personId: string): Promise<CostOfCareBasis | undefined> {
  const { assessments, eligibilityDecisions, supportPlans } = context.database.repos
  const plan = await supportPlans.findOpenForPerson(personId)
  const inForce =
    plan?.inForceVersion == null ? undefined : plan.versions.find((version) => version.version === plan.inForceVersion)
  const latest = (await assessments.listForPerson(personId)).find((assessment) => assessment.status === 'submitted')
  const decision = latest ? await eligibilityDecisions.latestForAssessment(latest.id) : undefined
  const basis = costOfCareToCapAt({
    ...(inForce
      ? {
          supportPlanInForce: {
            weeklyCostPence: inForce.weeklyCostPence,
            budgetWeeklyPence: inForce.budgetWeeklyPence,
          },
        }
      : {}),
    ...(decision?.eligible && decision.agreedWeeklyPence !== null
      ? { agreedBudgetWeeklyPence: decision.agreedWeeklyPence }
      : {}),
    ...(latest && latest.weeklyPence !== null ? { indicativeBudgetWeeklyPence: latest.weeklyPence } : {}),
  })
  return basis.ok ? basis.value : undefined
}

/** A stored charging result read back: what the pages show. Never recalculated. */
export type StoredCharge = Pick<
  ChargeAssessment,
  | 'weeklyChargePence'
  | 'weeklyCostOfCarePence'
  | 'explanation'
  | 'rulesVersion'
  | 'ratesYear'
  | 'policy'
  | 'assessedFor'
  | 'fullCostPayer'
>

export function storedCharge(result: unknown): StoredCharge {
  const value = result as Partial<StoredCharge> | null
  if (!value || typeof value.weeklyChargePence !== 'number' || !Array.isArray(value.explanation)) {
    throw new Error('A stored financial assessment holds a result that is not a charging result')
  }
  return value as StoredCharge
}

/** Stops the start when the composed charging policy breaks the charging rules; each problem names the plugin and the field. */
export function checkChargingPolicyAtStartUp(site: ComposedConfiguration, today: string): void {
  const checked = checkChargingPolicy(site, { now: today })
  if (checked.ok) return
  throw new ConfigurationError(
    `The portal cannot start because of its charging policy:\n${checked.errors.map((problem) => `- ${problem.path}: ${problem.message}`).join('\n')}`,
  )
}

/** A stored or fresh charging result as the pages show it. */
export function chargeView(result: unknown): {
  weekly: string
  costOfCare: string
  steps: string[]
  rulesVersion: string
  ratesYear: string
  policy: string
  assessedFor: string
} {
  const charge = storedCharge(result)
  return {
    weekly: formatPence(charge.weeklyChargePence),
    costOfCare: formatPence(charge.weeklyCostOfCarePence),
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

export { financialOutcomeOf as outcomeOf } from '@open-sds/db'
