import { formatLongDate, formatPence, ok, parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { penceField } from '../schemas/fields.js'
import { RULES_VERSION } from '../version.js'

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'The date must be written YYYY-MM-DD, for example 2025-09-01' })

export const BudgetSharesInputSchema = z.strictObject({
  budgetWeeklyPence: penceField('The weekly personal budget'),
  /** Whether a practitioner agreed the budget (otherwise it is the indicative one). */
  budgetAgreed: z.boolean({ error: 'Whether the budget was agreed must be true or false' }),
  /** A stored charge (a `ChargeAssessment` will do) with its status: other fields are not read. */
  charge: z.object({
    weeklyChargePence: penceField('The weekly charge'),
    /** The cost of care the charge was worked out on, when it was stored with it. */
    weeklyCostOfCarePence: penceField('The weekly cost of care').nullable().optional(),
    status: z.enum(['submitted', 'confirmed'], {
      error: 'The charge must be "submitted" (waiting for a finance officer) or "confirmed"',
    }),
    /** The UK date the charge was recorded (confirmed, or sent). */
    recordedOn: calendarDate,
    ratesYear: z.string().min(1),
    rulesVersion: z.string().min(1),
  }),
})
export type BudgetSharesInput = z.input<typeof BudgetSharesInputSchema>

export type BudgetShares = {
  budgetWeeklyPence: number
  personSharePence: number
  councilSharePence: number
  confirmed: boolean
  explanation: string[]
  rulesVersion: string
}

/**
 * Who pays what of the weekly personal budget: the person pays their weekly charge, never more than the budget, and
 * the council pays the rest. The budget stands for the cost of care here (the agreed one once a practitioner agreed
 * it). Never throws.
 */
export function sharesOfBudget(given: unknown): Result<BudgetShares> {
  const parsed = parse(BudgetSharesInputSchema, given)
  if (!parsed.ok) return parsed
  const { budgetWeeklyPence: budget, budgetAgreed, charge } = parsed.value
  const personSharePence = Math.min(charge.weeklyChargePence, budget)
  const councilSharePence = budget - personSharePence
  const confirmed = charge.status === 'confirmed'
  const explanation = [
    `The cost of your care is taken to be your ${budgetAgreed ? 'agreed' : 'indicative'} weekly personal budget: ${formatPence(budget)}.`,
    `Your financial assessment ${confirmed ? `was confirmed on ${formatLongDate(charge.recordedOn)}` : 'has been sent and is waiting for a finance officer to confirm it'}: a weekly charge of ${formatPence(charge.weeklyChargePence)}, worked out with ${charge.ratesYear} rates (${charge.rulesVersion}).`,
  ]
  if (charge.weeklyCostOfCarePence != null && charge.weeklyCostOfCarePence !== budget) {
    explanation.push(
      `The charge was worked out on a weekly cost of care of ${formatPence(charge.weeklyCostOfCarePence)}. You never pay more than your budget, so your share is at most ${formatPence(budget)}.`,
    )
  }
  explanation.push(
    `You pay ${formatPence(personSharePence)} a week and the council pays the rest of your budget: ${formatPence(budget)} - ${formatPence(personSharePence)} = ${formatPence(councilSharePence)} a week.`,
  )
  return ok({
    budgetWeeklyPence: budget,
    personSharePence,
    councilSharePence,
    confirmed,
    explanation,
    rulesVersion: RULES_VERSION,
  })
}
