import { formatLongDate, formatPence, ok, type Result } from '@open-sds/kernel'
import { step, type Step } from '../explanation.js'
import { applyPolicyFunction } from '../policy/apply-policy-function.js'
import type { CouncilPolicy } from '../policy/policy-schema.js'
import { RATE_LABELS } from '../rates/rate-keys.js'
import { RULES_VERSION } from '../version.js'
import type { ChargeAssessment, DraftCharge } from './charge-assessment.js'
import type { Prepared } from './prepare.js'

/** The opening lines: which rates and which council policy the assessment used. */
export function openingSteps(prepared: Prepared<unknown>): Step[] {
  const { rates, policy } = prepared
  // The rules version is the result's own field (rulesVersion), for staff; a person reads these steps (issue 19).
  const steps = [
    step(
      'rates',
      `Rates for ${rates.year}, in force from ${formatLongDate(rates.effectiveFrom)} to ${formatLongDate(rates.effectiveTo)} (each year's rates take effect on 6 April).`,
    ),
    step('policy', `Council charging policy: ${policy.name} (version ${policy.version}).`),
  ]
  for (const key of rates.overridden) {
    const supplied = rates.rates[key]
    if (supplied)
      steps.push(
        step('rates', `The council supplies the ${RATE_LABELS[key]} for ${rates.year}.`, { source: supplied.source }),
      )
  }
  return steps
}

/**
 * The council's minimum charge: non-residential and short-term charges below it are not collected (Reading: under
 * £1.25 a week). The one place the rule lives, for the explained and the figure-only assessments alike.
 */
export function afterMinimumCharge(draft: DraftCharge, policy: CouncilPolicy, charge: number, steps?: Step[]): number {
  const minimum = policy.minimumChargeWeeklyPence
  if (
    draft.setting === 'care-home-permanent' ||
    draft.setting === 'care-home-temporary' ||
    charge <= 0 ||
    charge >= minimum
  )
    return charge
  steps?.push(
    step(
      'policy',
      `${policy.name} does not collect charges under ${formatPence(minimum)} a week, so the ${formatPence(charge)} charge is waived.`,
      { weeklyPence: 0 },
    ),
  )
  return 0
}

/** Applies the council's policy function and minimum charge to the rules' charge, and records the result with its explanation. */
export function finalise(draft: DraftCharge, prepared: Prepared<unknown>, steps: Step[]): Result<ChargeAssessment> {
  const { policy, rates } = prepared
  let charge = draft.weeklyChargePence
  if (draft.route !== 'free') {
    const adjusted = applyPolicyFunction(policy, {
      setting: draft.setting,
      ratesYear: rates.year,
      weeklyChargePence: charge,
      maximumAssessedChargePence: draft.maximumAssessedChargePence,
      weeklyCostOfCarePence: draft.weeklyCostOfCarePence,
      fullCostPayer: draft.fullCostPayer,
      explanation: steps,
      input: prepared.input,
    })
    if (!adjusted.ok) return adjusted
    charge = adjusted.value.weeklyChargePence
    steps.push(...adjusted.value.steps)
  }
  charge = afterMinimumCharge(draft, policy, charge, steps)
  steps.push(step('charge', `Your weekly charge: ${formatPence(charge)}.`, { weeklyPence: charge }))
  return ok({
    setting: draft.setting,
    route: draft.route,
    weeklyChargePence: charge,
    maximumAssessedChargePence: draft.maximumAssessedChargePence,
    weeklyCostOfCarePence: draft.weeklyCostOfCarePence,
    fullCostPayer: draft.fullCostPayer,
    explanation: steps,
    rulesVersion: RULES_VERSION,
    ratesYear: rates.year,
    ratesEffectiveFrom: rates.effectiveFrom,
    councilRates: [...rates.overridden],
    policy: { name: policy.name, version: policy.version },
    assessedFor: prepared.date,
  })
}
