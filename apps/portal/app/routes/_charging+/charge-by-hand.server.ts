import { chargingYearOf, type CouncilPolicy } from '@open-sds/charging'
import type { FinancialOutcome } from '@open-sds/db'
import type { FieldError } from '~/.server/forms'
import { moneyField } from '~/.server/money-field'
import { outcomeOf } from './charging.server'

/** A form's text fields by name (the form token left out): what is shown back, as typed, after an error. */
export function formStrings(form: FormData): Record<string, string> {
  const raw: Record<string, string> = {}
  for (const [key, value] of form.entries()) if (typeof value === 'string' && key !== 'csrf') raw[key] = value
  return raw
}

/**
 * A charge a finance officer worked out by hand, read from their form: the weekly charge and cost of care in pounds,
 * and how they worked it out (the person sees it). Stored like the engine's result, so every page reads it the same
 * way, with "worked out by hand" where the rules version would be.
 */
export function readChargeByHand(
  raw: Record<string, string>,
  policy: CouncilPolicy,
  whyByHand: string,
  today: string,
): { ok: true; outcome: FinancialOutcome } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const charge = moneyField('the weekly charge').safeParse(raw.weeklyCharge ?? '')
  if (!charge.success)
    errors.push({ field: 'weeklyCharge', message: charge.error.issues[0]?.message ?? 'Enter the weekly charge' })
  const cost = moneyField('the weekly cost of care').safeParse(raw.weeklyCostOfCare ?? '')
  if (!cost.success)
    errors.push({
      field: 'weeklyCostOfCare',
      message: cost.error.issues[0]?.message ?? 'Enter the weekly cost of care',
    })
  const how = (raw.handReason ?? '').trim()
  if (how === '')
    errors.push({ field: 'handReason', message: 'Enter how the charge was worked out: the person will see it' })
  else if (how.length > 2000)
    errors.push({ field: 'handReason', message: 'How the charge was worked out must be 2,000 characters or fewer' })
  // Care Act 2014 s14(4): a charge never exceeds the cost of meeting the needs.
  if (charge.success && cost.success && charge.data > cost.data)
    errors.push({ field: 'weeklyCharge', message: 'The weekly charge must not be more than the weekly cost of care' })
  if (errors.length > 0 || !charge.success || !cost.success) return { ok: false, errors }
  const result = {
    weeklyChargePence: charge.data,
    weeklyCostOfCarePence: cost.data,
    explanation: [
      { kind: 'by-hand', text: `It could not be worked out straight away: ${whyByHand}` },
      { kind: 'by-hand', text: `A finance officer worked it out by hand: ${how}` },
    ],
    rulesVersion: 'worked out by hand',
    ratesYear: chargingYearOf(today),
    policy: { name: policy.name, version: policy.version },
    assessedFor: today,
    fullCostPayer: charge.data === cost.data,
  }
  return { ok: true, outcome: outcomeOf(result) }
}
