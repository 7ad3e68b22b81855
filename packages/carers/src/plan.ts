import { fail, formatPence, ok, parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { checkCarersBudget, describeBudget, type CarersAllocation, type CarersBudget } from './allocation.js'
import { penceOf, wordsOf } from './fields.js'
import { CARERS_RULES_VERSION } from './version.js'

const BudgetSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('one-off'), amountPence: penceOf('Budget') }),
    z.strictObject({
      kind: z.literal('recurring'),
      amountPence: penceOf('Budget'),
      per: z.enum(['week', 'four-weeks', 'year'], { error: 'Say how often the budget is paid' }),
    }),
  ],
  { error: 'Say whether the budget is one-off or recurring' },
)

/**
 * A carer's support plan (Care Act s25): the outcomes in the carer's own words, the supports that meet them, the
 * personal budget (s26), one-off or recurring, and an emergency plan for when the carer cannot care.
 */
export const CarerPlanSchema = z.strictObject({
  outcomes: z
    .array(z.strictObject({ words: wordsOf('What you want to achieve, in your words', 1_000) }))
    .min(1, { error: 'Write at least one thing the carer wants to achieve, in their words' }),
  supports: z
    .array(
      z.strictObject({
        description: wordsOf('What the support is', 500),
        providedTo: z.enum(['carer', 'cared-for'], { error: 'Say whom the support is provided to' }),
        costPence: penceOf('Cost'),
      }),
    )
    .min(1, { error: 'Add at least one support' }),
  budget: BudgetSchema,
  emergencyPlan: z.strictObject({
    whoStepsIn: wordsOf('Who steps in if you cannot care', 1_000),
    whatTheyNeedToKnow: wordsOf('What they need to know', 2_000),
  }),
})
export type CarerPlan = z.infer<typeof CarerPlanSchema>
export type CarerPlanInput = z.input<typeof CarerPlanSchema>

export type CheckedCarerPlan = {
  plan: CarerPlan
  annualPence: number
  explanation: string[]
  allocationVersion: string
  rulesVersion: string
}

/**
 * Checks a carer's plan: replacement care is refused here, because it is care for the adult and belongs in the cared-for
 * person's plan and budget (charged, if at all, to them: Care Act s14(3)); the supports must fit the budget; and the
 * budget must be within the maximum of the council's carers' allocation in force. Never throws.
 */
export function checkCarerPlan(
  tables: readonly CarersAllocation[],
  given: unknown,
  on: string,
): Result<CheckedCarerPlan> {
  const parsed = parse(CarerPlanSchema, given)
  if (!parsed.ok) return parsed
  const plan = parsed.value
  const replacement = plan.supports.findIndex((support) => support.providedTo === 'cared-for')
  if (replacement >= 0)
    return fail({
      path: `supports.${String(replacement)}.providedTo`,
      message:
        'Replacement care is care for the person cared for: record it in their support plan and budget, not the carer’s',
    })
  const budget: CarersBudget = plan.budget
  const checked = checkCarersBudget(tables, budget, on)
  if (!checked.ok) return checked
  const supportsPence = plan.supports.reduce((sum, support) => sum + support.costPence, 0)
  if (supportsPence > budget.amountPence)
    return fail({
      path: 'supports',
      message: `The supports cost ${formatPence(supportsPence)}, more than the budget of ${describeBudget(budget)}`,
    })
  return ok({
    plan,
    annualPence: checked.value.annualPence,
    explanation: [...checked.value.explanation, `The supports cost ${formatPence(supportsPence)} of it.`],
    allocationVersion: checked.value.allocationVersion,
    rulesVersion: CARERS_RULES_VERSION,
  })
}
