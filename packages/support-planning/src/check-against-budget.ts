import { z } from 'zod'
import type { PlanCosting, SupportCost } from './cost-plan.js'
import { costPlan, costingRulesVersion } from './cost-plan.js'
import { formatPence } from '@open-sds/kernel'
import type { Plan } from './plan-schema.js'
import type { Result } from '@open-sds/kernel'
import { ok, parse } from '@open-sds/kernel'
import { listWords } from '@open-sds/kernel'

export const BudgetStatusSchema = z.enum(['within', 'over', 'under'])
export type BudgetStatus = z.infer<typeof BudgetStatusSchema>

export interface BudgetLine {
  supportId: string
  outcomeId: string
  description: string
  weeklyPence: number
}

export interface BudgetCheck {
  status: BudgetStatus
  planWeeklyPence: number
  budgetWeeklyPence: number
  /** How far the plan is from the budget, a week, always 0 or more. */
  differenceWeeklyPence: number
  tolerancePence: number
  /** When over: the largest weekly costs, as many as it takes to cover the overspend, at most three. */
  largestCosts: BudgetLine[]
  message: string
  explanation: string[]
  rulesVersion: string
}

const BudgetInputSchema = z.object({
  budgetWeeklyPence: z
    .number({ error: 'The weekly budget must be an amount in pence' })
    .int({ error: 'The weekly budget must be a whole number of pence' })
    .min(0, { error: 'The weekly budget must be 0 or more, in pence' }),
  tolerancePence: z
    .number({ error: 'The tolerance must be an amount in pence' })
    .int({ error: 'The tolerance must be a whole number of pence' })
    .min(0, { error: 'The tolerance must be 0 or more, in pence' }),
})

const mostLinesNamed = 3

/**
 * Compares the plan's weekly cost with a weekly budget. Within means no further apart than `tolerancePence`
 * (0 unless the council sets one). One-off costs are not weekly, so they are mentioned but not compared.
 */
export function checkAgainstBudget(
  plan: Plan,
  budgetWeeklyPence: number,
  options: { tolerancePence?: number; costing?: PlanCosting } = {},
): Result<BudgetCheck> {
  const tolerancePence = options.tolerancePence ?? 0
  // Checked by hand first because this runs once per plan in bulk checks; zod only when there is something to say.
  if (!isPence(budgetWeeklyPence) || !isPence(tolerancePence)) {
    const input = parse(BudgetInputSchema, { budgetWeeklyPence, tolerancePence })
    if (!input.ok) return input
  }
  const costing = options.costing ?? costPlan(plan)
  const planWeeklyPence = costing.weeklyPence
  const gap = planWeeklyPence - budgetWeeklyPence
  const status: BudgetStatus = Math.abs(gap) <= tolerancePence ? 'within' : gap > 0 ? 'over' : 'under'
  const largestCosts = status === 'over' ? coveringLines(costing.supports, gap) : []
  const planAmount = formatPence(planWeeklyPence)
  const budgetAmount = formatPence(budgetWeeklyPence)
  const differenceAmount = formatPence(Math.abs(gap))
  const headline = {
    within:
      gap === 0
        ? `This plan costs ${planAmount} a week, exactly the budget of ${budgetAmount} a week.`
        : `This plan costs ${planAmount} a week, within ${formatPence(tolerancePence)} of the budget of ${budgetAmount} a week.`,
    over: `This plan costs ${planAmount} a week, which is ${differenceAmount} a week more than the budget of ${budgetAmount} a week.`,
    under: `This plan costs ${planAmount} a week, which is ${differenceAmount} a week less than the budget of ${budgetAmount} a week.`,
  }[status]
  const sentences = [headline]
  if (largestCosts.length > 0) {
    const named = listWords(
      largestCosts.map((line) => `"${line.description}" (${formatPence(line.weeklyPence)} a week)`),
      'and',
    )
    sentences.push(largestCosts.length === 1 ? `The largest cost is ${named}.` : `The largest costs are ${named}.`)
  }
  if (costing.oneOffPence > 0) {
    sentences.push(
      `One-off costs of ${formatPence(costing.oneOffPence)} are shown separately and not counted against the weekly budget.`,
    )
  }
  return ok({
    status,
    planWeeklyPence,
    budgetWeeklyPence,
    differenceWeeklyPence: Math.abs(gap),
    tolerancePence,
    largestCosts,
    message: sentences.join(' '),
    explanation: [...costing.explanation, ...sentences],
    rulesVersion: costingRulesVersion,
  })
}

function isPence(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0
}

/** The biggest lines first, until together they cost at least the overspend. */
function coveringLines(supports: readonly SupportCost[], overspend: number): BudgetLine[] {
  const ranked = supports
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.weeklyPence > 0)
    .sort((a, b) => b.line.weeklyPence - a.line.weeklyPence || a.index - b.index)
  const chosen: BudgetLine[] = []
  let covered = 0
  for (const { line } of ranked) {
    if (chosen.length === mostLinesNamed || covered >= overspend) break
    chosen.push({
      supportId: line.supportId,
      outcomeId: line.outcomeId,
      description: line.description,
      weeklyPence: line.weeklyPence,
    })
    covered += line.weeklyPence
  }
  return chosen
}
