import { formatPence, ok, parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { penceOf } from './fields.js'
import { CARERS_RULES_VERSION } from './version.js'

const percent = z
  .number({ error: 'Taper must be a whole percentage from 0 to 100' })
  .int({ error: 'Taper must be a whole percentage from 0 to 100' })
  .min(0, { error: 'Taper must be a whole percentage from 0 to 100' })
  .max(100, { error: 'Taper must be a whole percentage from 0 to 100' })

/**
 * Whether the council charges carers for support provided to them (Care Act s14(1) lets it; most councils do not, as
 * Gloucestershire's direct-payment policy §5.7): by default it does not. Where it does, the charge is the taper of the
 * carer's weekly income above the allowance, earnings of the carer and partner ignored, and never more than the support.
 */
export const CarersChargingSchema = z.discriminatedUnion(
  'charges',
  [
    z.strictObject({ charges: z.literal(false) }),
    z.strictObject({
      charges: z.literal(true),
      taperPercent: percent,
      weeklyAllowancePence: penceOf('Weekly allowance'),
    }),
  ],
  { error: 'Charges must be true or false' },
)
export type CarersCharging = z.infer<typeof CarersChargingSchema>
export const DEFAULT_CARERS_CHARGING: CarersCharging = { charges: false }

const IncomeSchema = z.strictObject({
  kind: z.enum(['earnings', 'partner-earnings', 'benefits', 'pension', 'other'], {
    error: 'Kind of income must be earnings, partner-earnings, benefits, pension or other',
  }),
  weeklyPence: penceOf('Weekly income'),
})

const SupportSchema = z.strictObject({
  /** Whom the support is provided to: the carer, or the person cared for (replacement care, sitting, respite). */
  providedTo: z.enum(['carer', 'cared-for'], {
    error: 'Say whether the support is provided to the carer or the person cared for',
  }),
  weeklyCostPence: penceOf('Weekly cost of support'),
})

export const CarerChargeInputSchema = z.strictObject({
  income: z.array(IncomeSchema),
  /** For a one-off budget, each `weeklyCostPence` is the whole one-off sum, provided in one go. */
  support: z.array(SupportSchema),
  /** The carer's budget is a one-off sum rather than support every week. */
  oneOff: z.boolean({ error: 'oneOff must be true or false' }).default(false),
})
export type CarerChargeInput = z.input<typeof CarerChargeInputSchema>

export type CarerCharge = {
  /** What the carer pays: a week, or for a one-off budget once (see `per`). */
  weeklyChargePence: number
  /** `once` for a one-off budget: one week's assessed contribution, paid once, never more than the sum. */
  per: 'week' | 'once'
  explanation: string[]
  rulesVersion: string
}

/**
 * What the carer pays a week towards support provided to them. Support provided to the person they care for is never
 * charged to the carer (Care Act s14(3)): it is that person's, charged to them if at all. A one-off budget is support
 * provided in one go, so the carer pays what they can afford in a week once, never more than the sum. Never throws.
 */
export function chargeCarer(policy: CarersCharging, given: unknown): Result<CarerCharge> {
  const parsed = parse(CarerChargeInputSchema, given)
  if (!parsed.ok) return parsed
  const per = parsed.value.oneOff ? ('once' as const) : ('week' as const)
  const toCarer = parsed.value.support.filter((each) => each.providedTo === 'carer')
  const supportPence = toCarer.reduce((sum, each) => sum + each.weeklyCostPence, 0)
  const lines: string[] = []
  if (toCarer.length < parsed.value.support.length)
    lines.push('Support provided to the person cared for is not charged to the carer (Care Act 2014 s14(3)).')
  if (!policy.charges)
    return ok({
      weeklyChargePence: 0,
      per,
      explanation: [...lines, 'The council does not charge carers for support provided to them.'],
      rulesVersion: CARERS_RULES_VERSION,
    })
  const counted = parsed.value.income.filter((each) => each.kind !== 'earnings' && each.kind !== 'partner-earnings')
  const ignored = parsed.value.income.length - counted.length
  const incomePence = counted.reduce((sum, each) => sum + each.weeklyPence, 0)
  const above = Math.max(0, incomePence - policy.weeklyAllowancePence)
  const tapered = Math.floor((above * policy.taperPercent) / 100)
  const weeklyChargePence = Math.min(tapered, supportPence)
  if (ignored > 0) lines.push('Earnings of the carer and their partner are ignored.')
  lines.push(
    `Weekly income counted ${formatPence(incomePence)}, less the allowance of ${formatPence(policy.weeklyAllowancePence)}, leaves ${formatPence(above)}; ${String(policy.taperPercent)}% of it is ${formatPence(tapered)}.`,
    ...(per === 'once'
      ? [
          weeklyChargePence < tapered
            ? `The budget is a one-off sum, so the charge is paid once, and is limited to the sum, ${formatPence(supportPence)}.`
            : `The budget is a one-off sum, so the carer pays one week’s contribution once: ${formatPence(weeklyChargePence)}.`,
        ]
      : [
          weeklyChargePence < tapered
            ? `The charge is limited to the cost of the carer’s own support, ${formatPence(supportPence)} a week.`
            : `The carer pays ${formatPence(weeklyChargePence)} a week.`,
        ]),
  )
  return ok({ weeklyChargePence, per, explanation: lines, rulesVersion: CARERS_RULES_VERSION })
}
