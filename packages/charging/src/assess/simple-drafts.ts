import type { Step } from '../explanation.js'
import type { AssessmentSetting } from '../policy/policy-function.js'
import type { LightTouch } from '../schemas/light-touch.js'
import type { DraftCharge } from './charge-assessment.js'
import { lightTouchCharge } from './light-touch.js'

/** A full assessment's draft, once the charge is known; the steps list is shared and filled as the assessment goes. */
export const fullDraft =
  (setting: AssessmentSetting, weeklyCostOfCarePence: number, steps: Step[]) =>
  (weeklyChargePence: number, maximumAssessedChargePence: number, fullCostPayer: boolean): DraftCharge => ({
    setting,
    route: 'full',
    weeklyChargePence,
    maximumAssessedChargePence,
    weeklyCostOfCarePence,
    fullCostPayer,
    steps,
  })

/** Every service is one the rules say must be free: nothing to assess. */
export const freeDraft = (setting: AssessmentSetting, steps: Step[]): DraftCharge => ({
  setting,
  route: 'free',
  weeklyChargePence: 0,
  maximumAssessedChargePence: 0,
  weeklyCostOfCarePence: 0,
  fullCostPayer: false,
  steps,
})

export function lightTouchDraft(setting: AssessmentSetting, lightTouch: LightTouch, cost: { weeklyPence: number; steps: Step[] }): DraftCharge {
  const light = lightTouchCharge(lightTouch, cost.weeklyPence)
  return {
    setting,
    route: 'light-touch',
    weeklyChargePence: light.chargePence,
    maximumAssessedChargePence: light.chargePence,
    weeklyCostOfCarePence: cost.weeklyPence,
    fullCostPayer: light.fullCostPayer,
    steps: [...cost.steps, ...light.steps],
  }
}
