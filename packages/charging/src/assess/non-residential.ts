import { ok, type Result } from '@open-sds/kernel'
import type { Step } from '../explanation.js'
import type { CouncilPolicyInput } from '../policy/policy-schema.js'
import {
  NonResidentialInputSchema,
  type NonResidentialInput,
  type NonResidentialInputInput,
} from '../schemas/non-residential-input.js'
import type { ChargeAssessment, DraftCharge } from './charge-assessment.js'
import { chargeAtHome } from './charge-at-home.js'
import { costOfCare } from './cost-of-care.js'
import { finalise, openingSteps } from './finalise.js'
import { checkConsent } from './light-touch.js'
import { prepare, type AssessOptions, type Prepared } from './prepare.js'
import { freeDraft, lightTouchDraft } from './simple-drafts.js'

const servicePath = (index: number) => `services.${index}`

/** The rules' draft charge for care outside a care home. Explanation lines go to `steps` when given; the figure is the same either way. */
export function nonResidentialDraft(
  prepared: Prepared<NonResidentialInput>,
  steps: Step[] | undefined,
): Result<DraftCharge> {
  const { input } = prepared
  const cost = costOfCare(input.services, servicePath, steps)
  if (!cost.ok) return cost
  if (cost.value.chargeable === 0) return ok(freeDraft('non-residential'))
  if (input.route === 'light-touch') {
    const consent = checkConsent(input.lightTouch, prepared.date)
    return consent.ok
      ? ok(lightTouchDraft('non-residential', input.lightTouch, cost.value.weeklyPence, steps))
      : consent
  }
  return chargeAtHome(input, prepared, 'non-residential', cost.value.weeklyPence, steps)
}

/**
 * Financial assessment for care outside a care home: home care, day services, direct payments, supported living.
 * Never throws on bad input: every problem comes back as an issue naming the field.
 */
export function assessNonResidential(
  input: NonResidentialInputInput,
  policy: CouncilPolicyInput,
  options: AssessOptions,
): Result<ChargeAssessment> {
  const prepared = prepare(NonResidentialInputSchema, input, policy, options)
  if (!prepared.ok) return prepared
  const steps = openingSteps(prepared.value)
  const draft = nonResidentialDraft(prepared.value, steps)
  if (!draft.ok) return draft
  return finalise(draft.value, prepared.value, steps)
}
