import { z } from 'zod'
import { formatPence } from '@open-sds/kernel'
import { weeklyFromAnnual, weeksPerYear } from './money.js'
import type { Plan, ProviderType, Support } from './plan-schema.js'

export const costingRulesVersion = 'support-planning-costing/1'

const penceAmount = z.number().int().min(0)

export const SupportCostSchema = z.object({
  supportId: z.string(),
  outcomeId: z.string(),
  description: z.string(),
  weeklyPence: penceAmount,
  annualPence: penceAmount,
  oneOffPence: penceAmount,
  explanation: z.string(),
})
export type SupportCost = z.infer<typeof SupportCostSchema>

export const OutcomeCostSchema = z.object({
  outcomeId: z.string(),
  words: z.string(),
  weeklyPence: penceAmount,
  annualPence: penceAmount,
  oneOffPence: penceAmount,
})
export type OutcomeCost = z.infer<typeof OutcomeCostSchema>

export const PlanCostingSchema = z.object({
  weeklyPence: penceAmount,
  annualPence: penceAmount,
  oneOffPence: penceAmount,
  outcomes: z.array(OutcomeCostSchema),
  supports: z.array(SupportCostSchema),
  explanation: z.array(z.string()),
  rulesVersion: z.string(),
})
export type PlanCosting = z.infer<typeof PlanCostingSchema>

const timesPerYear = { week: weeksPerYear, month: 12, year: 1 } as const

export const providerWords: Record<ProviderType, string> = {
  'personal-assistant': 'personal assistant',
  agency: 'agency',
  'community-group': 'community group',
  'family-and-friends': 'family and friends',
  equipment: 'equipment',
  telecare: 'telecare',
  other: 'other',
}

/**
 * The cost of one support. Recurring costs are worked out for the year exactly (52 weeks, 12 months), then turned
 * into a weekly cost rounded to the nearest penny, half a penny up. One-off costs stay apart from both.
 */
export function costSupport(support: Support): SupportCost {
  const { per, count } = support.frequency
  const unit = support.unitCostPence
  const label = `${support.description} (${providerWords[support.providerType]})`
  // Object literals rather than spreads: this runs for every line of every plan, and spreads cost ten times more.
  if (per === 'one-off') {
    const oneOffPence = unit * count
    const explanation = `${label}: ${count} × ${formatPence(unit)} once = ${formatPence(oneOffPence)} one-off, kept apart from the weekly cost`
    return line(support, 0, 0, oneOffPence, explanation)
  }
  const annualPence = unit * count * timesPerYear[per]
  const weeklyPence = weeklyFromAnnual(annualPence)
  if (unit === 0)
    return line(
      support,
      weeklyPence,
      annualPence,
      0,
      `${label}: no cost (£0.00), shown so the whole picture is visible`,
    )
  const each = `${count} × ${formatPence(unit)} a ${per}`
  const explanation =
    per === 'week'
      ? `${label}: ${each} = ${formatPence(weeklyPence)} a week, ${formatPence(annualPence)} a year`
      : `${label}: ${each} = ${formatPence(annualPence)} a year, which is ${formatPence(weeklyPence)} a week (the year's cost ÷ ${weeksPerYear}, to the nearest penny)`
  return line(support, weeklyPence, annualPence, 0, explanation)
}

function line(
  support: Support,
  weeklyPence: number,
  annualPence: number,
  oneOffPence: number,
  explanation: string,
): SupportCost {
  return {
    supportId: support.id,
    outcomeId: support.outcomeId,
    description: support.description,
    weeklyPence,
    annualPence,
    oneOffPence,
    explanation,
  }
}

/**
 * Weekly, yearly and one-off totals for the plan, for each outcome and each support. Totals are the sums of the
 * lines as shown, so they always add up on the page; the yearly total is the sum of exact yearly costs, so it can
 * differ by a few pence from 52 times the weekly total.
 */
export function costPlan(plan: Plan): PlanCosting {
  const supports = plan.supports.map(costSupport)
  const outcomeOrder = [
    ...plan.outcomes.map((outcome) => outcome.id),
    ...plan.supports.map((support) => support.outcomeId),
  ]
  const outcomes = [...new Set(outcomeOrder)].map((outcomeId): OutcomeCost => {
    const sums = totals(supports.filter((cost) => cost.outcomeId === outcomeId))
    const words =
      plan.outcomes.find((outcome) => outcome.id === outcomeId)?.words ??
      `(not one of this plan's outcomes: ${outcomeId})`
    return {
      outcomeId,
      words,
      weeklyPence: sums.weeklyPence,
      annualPence: sums.annualPence,
      oneOffPence: sums.oneOffPence,
    }
  })
  const total = totals(supports)
  const explanation = [
    ...supports.map((line) => line.explanation),
    ...outcomes.map(
      (outcome) =>
        `For "${outcome.words}": ${formatPence(outcome.weeklyPence)} a week${oneOffWords(outcome.oneOffPence)}`,
    ),
    `The plan costs ${formatPence(total.weeklyPence)} a week, the sum of the weekly costs above, and ${formatPence(total.annualPence)} a year, the sum of each support's yearly cost${oneOffWords(total.oneOffPence)}.`,
  ]
  return {
    weeklyPence: total.weeklyPence,
    annualPence: total.annualPence,
    oneOffPence: total.oneOffPence,
    outcomes,
    supports,
    explanation,
    rulesVersion: costingRulesVersion,
  }
}

function totals(lines: readonly SupportCost[]) {
  let weeklyPence = 0
  let annualPence = 0
  let oneOffPence = 0
  for (const cost of lines) {
    weeklyPence += cost.weeklyPence
    annualPence += cost.annualPence
    oneOffPence += cost.oneOffPence
  }
  return { weeklyPence, annualPence, oneOffPence }
}

function oneOffWords(oneOffPence: number): string {
  return oneOffPence > 0 ? `, plus ${formatPence(oneOffPence)} of one-off costs` : ''
}
