import { ok, type Result } from '@open-sds/kernel'
import type { Step } from '../explanation.js'
import type { CouncilPolicyInput } from '../policy/policy-schema.js'
import type { CareHomeInput } from '../schemas/care-home-input.js'
import type { NonResidentialInput } from '../schemas/non-residential-input.js'
import { RULES_VERSION } from '../version.js'
import { careHomeDraft } from './care-home.js'
import type { DraftCharge } from './charge-assessment.js'
import { afterMinimumCharge, finalise, openingSteps } from './finalise.js'
import { nonResidentialDraft } from './non-residential.js'
import { prepareSetting, type AssessOptions, type Prepared, type Setting } from './prepare.js'

/**
 * The weekly charge only, for many people on one date under one policy: the same rules as `assessNonResidential`
 * and `assessCareHome`, run without writing the explanation. Inputs must already be validated (the output of
 * `NonResidentialInputSchema` or `CareHomeInputSchema`, for example parsed once when the answers were stored).
 */
export type ChargeCalculator = {
  readonly ratesYear: string
  readonly rulesVersion: string
  /** The weekly charge in pence for a validated non-residential input, or the same refusal the explained assessment gives. */
  nonResidential(input: NonResidentialInput): Result<number>
  /** The weekly charge in pence for a validated care home input, or the same refusal the explained assessment gives. */
  careHome(input: CareHomeInput): Result<number>
}

type Drafter<T> = (prepared: Prepared<T>, steps: Step[] | undefined) => Result<DraftCharge>

function chargeOnly<T>(setting: Setting, drafter: Drafter<T>, input: T): Result<number> {
  const prepared: Prepared<T> = { policy: setting.policy, date: setting.date, rates: setting.rates, input }
  if (setting.policy.policyFunction) {
    // A council's policy function reads the explanation, so it is written for it; the figure is still the explained one.
    const steps = openingSteps(prepared)
    const draft = drafter(prepared, steps)
    if (!draft.ok) return draft
    const assessed = finalise(draft.value, prepared, steps)
    return assessed.ok ? ok(assessed.value.weeklyChargePence) : assessed
  }
  const draft = drafter(prepared, undefined)
  if (!draft.ok) return draft
  return ok(
    draft.value.route === 'free' ? 0 : afterMinimumCharge(draft.value, setting.policy, draft.value.weeklyChargePence),
  )
}

/** Validates the policy and date once, and returns a calculator for the weekly charge alone. */
export function createChargeCalculator(policy: CouncilPolicyInput, options: AssessOptions): Result<ChargeCalculator> {
  const setting = prepareSetting(policy, options)
  if (!setting.ok) return setting
  const resolved = setting.value
  return ok({
    ratesYear: resolved.rates.year,
    rulesVersion: RULES_VERSION,
    nonResidential: (input) => chargeOnly(resolved, nonResidentialDraft, input),
    careHome: (input) => chargeOnly(resolved, careHomeDraft, input),
  })
}
