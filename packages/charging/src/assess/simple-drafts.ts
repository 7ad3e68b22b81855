import type { Step } from '../explanation.js'
import type { AssessmentSetting } from '../policy/policy-function.js'
import type { LightTouch } from '../schemas/light-touch.js'
import type { DraftCharge } from './charge-assessment.js'
import { lightTouchCharge } from './light-touch.js'

/** A full assessment's draft, once the charge is known. */
export const fullDraft = (
  setting: AssessmentSetting,
  weeklyCostOfCarePence: number,
  weeklyChargePence: number,
  maximumAssessedChargePence: number,
  fullCostPayer: boolean,
): DraftCharge => ({
  setting,
  route: 'full',
  weeklyChargePence,
  maximumAssessedChargePence,
  weeklyCostOfCarePence,
  fullCostPayer,
})

/** Every service is one the rules say must be free: nothing to assess. */
export const freeDraft = (setting: AssessmentSetting): DraftCharge => ({
  setting,
  route: 'free',
  weeklyChargePence: 0,
  maximumAssessedChargePence: 0,
  weeklyCostOfCarePence: 0,
  fullCostPayer: false,
})

export function lightTouchDraft(
  setting: AssessmentSetting,
  lightTouch: LightTouch,
  weeklyCostPence: number,
  steps?: Step[],
): DraftCharge {
  const light = lightTouchCharge(lightTouch, weeklyCostPence, steps)
  return {
    setting,
    route: 'light-touch',
    weeklyChargePence: light.chargePence,
    maximumAssessedChargePence: light.chargePence,
    weeklyCostOfCarePence: weeklyCostPence,
    fullCostPayer: light.fullCostPayer,
  }
}
