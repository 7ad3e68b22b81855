import { fail, formatPence, issue, ok, type Result } from '@open-sds/kernel'
import { step, type Step } from '../explanation.js'
import type { PolicyDraft } from './policy-function.js'
import type { CouncilPolicy } from './policy-schema.js'

const PATH = 'policy.policyFunction'

/**
 * Runs the council's policy function and checks its answer. A bad answer stops the assessment with a message
 * naming the policy: the engine never quietly corrects a council's figure into something it did not say.
 */
export function applyPolicyFunction(
  policy: CouncilPolicy,
  draft: PolicyDraft,
): Result<{ weeklyChargePence: number; steps: Step[] }> {
  const unchanged = ok({ weeklyChargePence: draft.weeklyChargePence, steps: [] as Step[] })
  if (!policy.policyFunction) return unchanged
  const who = `Council policy "${policy.name}" (version ${policy.version})`
  let answer: unknown
  try {
    answer = policy.policyFunction(structuredClone(draft))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail(issue(PATH, `${who}: its policy function failed (${reason}), so the assessment was stopped`))
  }
  if (answer === undefined || answer === null) return unchanged
  if (typeof answer !== 'object') {
    return fail(
      issue(PATH, `${who}: its policy function must return nothing (no change) or { weeklyChargePence, reason }`),
    )
  }
  const { weeklyChargePence: charge, reason } = answer as { weeklyChargePence?: unknown; reason?: unknown }
  if (typeof charge !== 'number' || !Number.isInteger(charge)) {
    return fail(
      issue(
        `${PATH}.weeklyChargePence`,
        `${who}: its policy function returned a weekly charge that is not a whole number of pence`,
      ),
    )
  }
  if (typeof reason !== 'string' || reason.trim() === '') {
    return fail(
      issue(
        `${PATH}.reason`,
        `${who}: its policy function changed the charge without a reason; a person must be told why`,
      ),
    )
  }
  if (charge < 0) {
    return fail(
      issue(
        `${PATH}.weeklyChargePence`,
        `${who}: its policy function returned a weekly charge of ${formatPence(charge)}; a charge can never be below £0`,
      ),
    )
  }
  if (charge > draft.weeklyCostOfCarePence) {
    return fail(
      issue(
        `${PATH}.weeklyChargePence`,
        `${who}: its policy function returned a weekly charge of ${formatPence(charge)}, more than the weekly cost of care (${formatPence(draft.weeklyCostOfCarePence)}); a charge can never exceed the cost of care (Care Act 2014 s14(4))`,
      ),
    )
  }
  if (charge > draft.weeklyChargePence) {
    return fail(
      issue(
        `${PATH}.weeklyChargePence`,
        `${who}: its policy function returned a weekly charge of ${formatPence(charge)}, more than the ${formatPence(draft.weeklyChargePence)} the charging rules allow; a council may be more generous than the rules, never less`,
      ),
    )
  }
  if (charge === draft.weeklyChargePence) return unchanged
  return ok({
    weeklyChargePence: charge,
    steps: [
      step(
        'policy',
        `${policy.name}: the charge is reduced from ${formatPence(draft.weeklyChargePence)} to ${formatPence(charge)} a week. ${reason.trim()}`,
        { weeklyPence: charge },
      ),
    ],
  })
}
