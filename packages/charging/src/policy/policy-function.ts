import type { Step } from '../explanation.js'

export type AssessmentSetting =
  'non-residential' | 'care-home-permanent' | 'care-home-short-term' | 'care-home-temporary'

/** What a council's policy function sees: the charge the rules produced and how. It receives a copy, so changing it changes nothing. */
export type PolicyDraft = {
  readonly setting: AssessmentSetting
  readonly ratesYear: string
  readonly weeklyChargePence: number
  readonly maximumAssessedChargePence: number
  readonly weeklyCostOfCarePence: number
  readonly fullCostPayer: boolean
  readonly explanation: readonly Step[]
  /** The validated assessment input. */
  readonly input: unknown
}

/** Return nothing to leave the charge as it is, or a new weekly charge with the reason a person will read. */
export type PolicyAdjustment = { weeklyChargePence: number; reason: string } | null | undefined | void

/**
 * A hook for a council rule the engine does not have. Its answer is checked: it may lower the charge (be more
 * generous), never raise it, and never take it below £0 or above the cost of care.
 */
export type PolicyFunction = (draft: PolicyDraft) => PolicyAdjustment
