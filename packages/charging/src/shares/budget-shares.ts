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
  /**
   * The weekly cost of care, when the council knows one more settled than the budget (`costOfCareToCapAt`: the
   * support plan in force): what is shared, stated once. Without it the budget stands for the cost of care.
   */
  costOfCare: z
    .strictObject({
      weeklyPence: penceField('The weekly cost of care'),
      /** Where the figure comes from, in words that finish "The cost of your care is taken to be ..." */
      source: z.string().min(1),
    })
    .optional(),
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
 * Who pays what of the weekly cost of care: the person pays their weekly charge, never more than the cost of care, and
 * the council pays the rest. The cost of care is the one given (the support plan in force), else the budget (the
 * agreed one once a practitioner agreed it). The explanation states that one cost of care and no other, and names no
 * rules version: a person reads it (issue 19). Never throws.
 */
export function sharesOfBudget(given: unknown): Result<BudgetShares> {
  const parsed = parse(BudgetSharesInputSchema, given)
  if (!parsed.ok) return parsed
  const { budgetWeeklyPence, budgetAgreed, charge, costOfCare } = parsed.value
  const cost = costOfCare?.weeklyPence ?? budgetWeeklyPence
  const source = costOfCare?.source ?? `your ${budgetAgreed ? 'agreed' : 'indicative'} weekly personal budget`
  const personSharePence = Math.min(charge.weeklyChargePence, cost)
  const councilSharePence = cost - personSharePence
  const confirmed = charge.status === 'confirmed'
  const explanation = [
    `The cost of your care is taken to be ${source}: ${formatPence(cost)} a week.`,
    `Your financial assessment ${confirmed ? `was confirmed on ${formatLongDate(charge.recordedOn)}` : 'has been sent and is waiting for a finance officer to confirm it'}: a weekly charge of ${formatPence(charge.weeklyChargePence)}, worked out with the ${charge.ratesYear} rates.`,
  ]
  if (charge.weeklyChargePence > cost)
    explanation.push(`You never pay more than the cost of your care, so your share is ${formatPence(cost)}.`)
  explanation.push(
    `You pay ${formatPence(personSharePence)} a week and the council pays the rest: ${formatPence(cost)} - ${formatPence(personSharePence)} = ${formatPence(councilSharePence)} a week.`,
  )
  return ok({
    budgetWeeklyPence,
    personSharePence,
    councilSharePence,
    confirmed,
    explanation,
    rulesVersion: RULES_VERSION,
  })
}
