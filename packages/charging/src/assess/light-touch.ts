import { step, type Step } from '../explanation.js'
import { formatPounds } from '../money.js'
import type { LightTouch } from '../schemas/light-touch.js'

const REASONS: Record<LightTouch['reason'], string> = {
  'capital-above-upper-limit': 'your capital is plainly above the upper capital limit, or you chose not to share your finances, so you pay the full cost',
  'can-clearly-afford-the-charge': 'the evidence shows you can clearly afford the charge and keep at least the minimum income you are entitled to, so you pay the cost of the service',
  'benefits-show-cannot-contribute': 'your only income is benefits that show you could not contribute, so you pay nothing',
}

/** Regulation 10: treating a person as assessed without a full assessment, recorded with its reason and evidence. */
export function lightTouchCharge(lightTouch: LightTouch, weeklyCostPence: number): { chargePence: number; fullCostPayer: boolean; steps: Step[] } {
  const chargePence = lightTouch.reason === 'benefits-show-cannot-contribute' ? 0 : weeklyCostPence
  const steps = [
    step('light-touch', `Light-touch financial assessment: ${REASONS[lightTouch.reason]}. Evidence recorded: ${lightTouch.evidence}`, {
      weeklyPence: chargePence,
      source: 'Care and Support (Charging and Assessment of Resources) Regulations 2014, regulation 10',
    }),
    step('light-touch', `Charge under the light-touch assessment: ${formatPounds(chargePence)} a week.`, { weeklyPence: chargePence }),
    step('light-touch', 'You can ask for a full financial assessment at any time, and the council will then carry one out.'),
  ]
  return { chargePence, fullCostPayer: lightTouch.reason === 'capital-above-upper-limit', steps }
}
