import type { CouncilPolicyInput } from '../policy/policy-schema.js'
import { ok, type Result } from '../result.js'
import { NonResidentialInputSchema, type NonResidentialInputInput } from '../schemas/non-residential-input.js'
import type { ChargeAssessment, DraftCharge } from './charge-assessment.js'
import { chargeAtHome } from './charge-at-home.js'
import { costOfCare } from './cost-of-care.js'
import { finalise } from './finalise.js'
import { prepare, type AssessOptions } from './prepare.js'
import { freeDraft, lightTouchDraft } from './simple-drafts.js'

/**
 * Financial assessment for care outside a care home: home care, day services, direct payments, supported living.
 * Never throws on bad input: every problem comes back as an issue naming the field.
 */
export function assessNonResidential(input: NonResidentialInputInput, policy: CouncilPolicyInput, options: AssessOptions): Result<ChargeAssessment> {
  const prepared = prepare(NonResidentialInputSchema, input, policy, options)
  if (!prepared.ok) return prepared
  const { input: parsed } = prepared.value
  const cost = costOfCare(parsed.services, (index) => `services.${index}`)
  if (!cost.ok) return cost

  let draft: Result<DraftCharge>
  if (cost.value.chargeable === 0) draft = ok(freeDraft('non-residential', cost.value.steps))
  else if (parsed.route === 'light-touch') draft = ok(lightTouchDraft('non-residential', parsed.lightTouch, cost.value))
  else draft = chargeAtHome(parsed, prepared.value, 'non-residential', cost.value)
  if (!draft.ok) return draft
  return finalise(draft.value, prepared.value)
}
