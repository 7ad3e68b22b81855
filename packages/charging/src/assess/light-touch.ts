import { fail, formatLongDate, formatPence, issue, ok, type Result, toCalendarDate } from '@open-sds/kernel'
import { step, type Step } from '../explanation.js'
import type { LightTouch } from '../schemas/light-touch.js'

const REG_10 = 'Care and Support (Charging and Assessment of Resources) Regulations 2014, regulation 10'

const REASONS: Record<LightTouch['reason'], string> = {
  'capital-above-upper-limit':
    'your capital is plainly above the upper capital limit, or you chose not to share your finances, so you pay the full cost',
  'can-clearly-afford-the-charge':
    'the evidence shows you can clearly afford the charge and keep at least the minimum income you are entitled to, so you pay the cost of the service',
  'benefits-show-cannot-contribute':
    'your only income is benefits that show you could not contribute, so you pay nothing',
  'small-flat-fee':
    'the charge is a small flat fee that the evidence shows you can afford, so you pay the cost of the service',
}

/**
 * Regulation 10: treating a person as assessed without a full assessment, with their agreement, the reason and the
 * evidence recorded, and the person told they can ask for a full assessment. Explanation lines go to `steps` when given.
 */
export function lightTouchCharge(
  lightTouch: LightTouch,
  weeklyCostPence: number,
  steps?: Step[],
): { chargePence: number; fullCostPayer: boolean } {
  const chargePence = lightTouch.reason === 'benefits-show-cannot-contribute' ? 0 : weeklyCostPence
  if (steps) {
    const { consent } = lightTouch
    steps.push(
      step(
        'light-touch',
        `You agreed to a light-touch financial assessment on ${formatLongDate(consent.agreedOn)} (${consent.how}; recorded by ${consent.recordedBy}).`,
        { source: REG_10 },
      ),
      step(
        'light-touch',
        `Light-touch financial assessment: ${REASONS[lightTouch.reason]}. Evidence recorded: ${lightTouch.evidence}`,
        { weeklyPence: chargePence, source: REG_10 },
      ),
      step('light-touch', `Charge under the light-touch assessment: ${formatPence(chargePence)} a week.`, {
        weeklyPence: chargePence,
      }),
      step(
        'light-touch',
        'You can ask for a full financial assessment at any time, and the council will then carry one out.',
      ),
    )
  }
  return { chargePence, fullCostPayer: lightTouch.reason === 'capital-above-upper-limit' }
}

/** The agreement must be real and recorded on or before the date assessed. */
export function checkConsent(lightTouch: LightTouch, assessedFor: string): Result<true> {
  const agreed = toCalendarDate(
    lightTouch.consent.agreedOn,
    'lightTouch.consent.agreedOn',
    'The date the person agreed',
  )
  if (!agreed.ok) return agreed
  if (agreed.value > assessedFor) {
    return fail(
      issue(
        'lightTouch.consent.agreedOn',
        `The person's agreement (${formatLongDate(agreed.value)}) is after the date assessed (${formatLongDate(assessedFor)}): a light-touch assessment needs their agreement first (regulation 10)`,
      ),
    )
  }
  return ok(true)
}
