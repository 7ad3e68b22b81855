import { fail, formatPence, issue, ok, parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { penceField } from '../schemas/fields.js'
import { RULES_VERSION } from '../version.js'

export const CostOfCareSourcesSchema = z.strictObject({
  /** The support plan in force: what it costs a week and the weekly personal budget it spends. */
  supportPlanInForce: z
    .strictObject({
      weeklyCostPence: penceField('The weekly cost of the support plan'),
      budgetWeeklyPence: penceField('The weekly budget of the support plan'),
    })
    .optional(),
  /** The weekly personal budget a practitioner agreed after finding eligible needs. */
  agreedBudgetWeeklyPence: penceField('The agreed weekly personal budget').optional(),
  /** The indicative weekly budget the self-assessment gave. */
  indicativeBudgetWeeklyPence: penceField('The indicative weekly budget').optional(),
  /** What the person said they were quoted, when the council knows none of the above. */
  statedByPersonWeeklyPence: penceField('The weekly cost of your care and support').optional(),
})
export type CostOfCareSources = z.input<typeof CostOfCareSourcesSchema>

export type CostOfCareBasis = {
  weeklyPence: number
  basis: 'support-plan' | 'agreed-budget' | 'indicative-budget' | 'stated-by-person'
  /** Where the figure came from, in words that finish "the cost of your care: ..." */
  source: string
  explanation: string[]
  rulesVersion: string
}

/**
 * The weekly cost of care a charge is capped at (Care Act 2014 s14(4): a charge never exceeds the cost of meeting the
 * needs). The most settled figure wins: the support plan in force, up to the personal budget it spends (anything above
 * the budget is paid from other money and is not care the council arranges); else the budget a practitioner agreed;
 * else the indicative budget; else what the person said they were quoted. With none of these there is nothing to cap
 * at, and the person is asked. Never throws.
 */
export function costOfCareToCapAt(given: unknown): Result<CostOfCareBasis> {
  const parsed = parse(CostOfCareSourcesSchema, given)
  if (!parsed.ok) return parsed
  const {
    supportPlanInForce: plan,
    agreedBudgetWeeklyPence: agreed,
    indicativeBudgetWeeklyPence: indicative,
    statedByPersonWeeklyPence: stated,
  } = parsed.value
  const settled = (
    weeklyPence: number,
    basis: CostOfCareBasis['basis'],
    source: string,
    explanation: string[],
  ): Result<CostOfCareBasis> => ok({ weeklyPence, basis, source, explanation, rulesVersion: RULES_VERSION })

  if (plan) {
    const weeklyPence = Math.min(plan.weeklyCostPence, plan.budgetWeeklyPence)
    const above = plan.weeklyCostPence > plan.budgetWeeklyPence
    return settled(
      weeklyPence,
      'support-plan',
      'the weekly cost of your agreed support plan, up to your personal budget',
      [
        `Your support plan in force costs ${formatPence(plan.weeklyCostPence)} a week and spends a personal budget of ${formatPence(plan.budgetWeeklyPence)} a week.`,
        above
          ? `The cost of your care is taken to be your budget, ${formatPence(weeklyPence)}: what the plan costs above the budget is paid from other money, not care the council arranges.`
          : `The cost of your care is taken to be what the plan costs: ${formatPence(weeklyPence)} a week.`,
      ],
    )
  }
  if (agreed !== undefined) {
    return settled(agreed, 'agreed-budget', 'the weekly personal budget your practitioner agreed', [
      `You have no support plan in force yet, so the cost of your care is taken to be the weekly personal budget your practitioner agreed: ${formatPence(agreed)}.`,
    ])
  }
  if (indicative !== undefined) {
    return settled(indicative, 'indicative-budget', 'your indicative weekly personal budget', [
      `No personal budget has been agreed yet, so the cost of your care is taken to be your indicative weekly budget from your self-assessment: ${formatPence(indicative)}.`,
    ])
  }
  if (stated !== undefined && stated > 0) {
    return settled(stated, 'stated-by-person', 'what you told us your care costs', [
      `The council has no budget or plan for you yet, so the cost of your care is taken to be what you told us: ${formatPence(stated)} a week.`,
    ])
  }
  return fail(issue('statedByPersonWeeklyPence', 'Enter the weekly cost of your care and support'))
}
