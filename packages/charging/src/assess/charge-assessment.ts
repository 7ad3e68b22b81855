import type { Step } from '../explanation.js'
import type { AssessmentSetting } from '../policy/policy-function.js'

/** The outcome of a financial assessment: the weekly charge, how it was reached, and the rules and rates used. */
export type ChargeAssessment = {
  setting: AssessmentSetting
  /** A full assessment, a light-touch one (reg 10), or none needed because every service is free. */
  route: 'full' | 'light-touch' | 'free'
  weeklyChargePence: number
  /** What the person could pay a week before the cost-of-care cap, any policy reduction and any minimum-charge waiver. */
  maximumAssessedChargePence: number
  /** The weekly cost of the chargeable care: the charge never exceeds it. In a nursing home, the fee less NHS-funded nursing care. */
  weeklyCostOfCarePence: number
  fullCostPayer: boolean
  explanation: Step[]
  rulesVersion: string
  ratesYear: string
  ratesEffectiveFrom: string
  /** The rates the council supplied or replaced for this year. */
  councilRates: string[]
  policy: { name: string; version: string }
  /** The UK calendar date the assessment is for. */
  assessedFor: string
}

/** The charge as the rules produce it, before the council's policy function and minimum charge. */
export type DraftCharge = {
  setting: AssessmentSetting
  route: ChargeAssessment['route']
  weeklyChargePence: number
  maximumAssessedChargePence: number
  weeklyCostOfCarePence: number
  fullCostPayer: boolean
}
