import type { Framework } from '@open-sds/outcomes'
import { linkIssues, nationalFrameworks } from '@open-sds/outcomes'
import { formatPence } from '@open-sds/kernel'
import type { Plan } from './plan-schema.js'
import { PlanSchema, planFieldLabels } from './plan-schema.js'
import type { Issue, Result } from '@open-sds/kernel'
import { fail, ok, parse } from '@open-sds/kernel'

export interface ValidatePlanOptions {
  /** Frameworks outcomes may link to; the national ones unless the instance's plugins add more. */
  frameworks?: readonly Framework[]
  /** Put in front of every issue's path, when the plan sits inside something bigger. */
  prefix?: string
}

/**
 * Checks a plan as a whole: its shape, then the rules that tie its parts together. Every problem is reported,
 * each naming the field and saying why, so a person can fix them all in one go.
 */
export function validatePlan(input: unknown, options: ValidatePlanOptions = {}): Result<Plan> {
  const prefix = options.prefix ?? ''
  const parsed = parse(PlanSchema, input, { labels: planFieldLabels, prefix })
  if (!parsed.ok) return parsed
  const plan = parsed.value
  const at = (path: string) => (prefix === '' ? path : `${prefix}.${path}`)
  const issues: Issue[] = [
    ...duplicateIds(plan.outcomes, 'outcomes', 'outcome'),
    ...duplicateIds(plan.supports, 'supports', 'support'),
    ...duplicateIds(plan.risksIChooseToTake, 'risksIChooseToTake', 'risk'),
    ...plan.outcomes.flatMap((outcome, index) =>
      linkIssues(outcome.linkedItems, options.frameworks ?? nationalFrameworks, `outcomes.${index}.linkedItems`),
    ),
    ...supportIssues(plan),
    ...fundingIssues(plan),
  ].map((issue) => ({ ...issue, path: at(issue.path) }))
  return issues.length > 0 ? fail(...issues) : ok(plan)
}

function duplicateIds(entries: readonly { id: string }[], list: string, noun: string): Issue[] {
  const seen = new Map<string, number>()
  const issues: Issue[] = []
  entries.forEach((entry, index) => {
    const first = seen.get(entry.id)
    if (first === undefined) seen.set(entry.id, index)
    else
      issues.push({
        path: `${list}.${index}.id`,
        message: `Another ${noun} (${list}.${first}) already has the id "${entry.id}"; each ${noun} needs its own`,
      })
  })
  return issues
}

function supportIssues(plan: Plan): Issue[] {
  const outcomeIds = new Set(plan.outcomes.map((outcome) => outcome.id))
  return plan.supports.flatMap((support, index): Issue[] => {
    const issues: Issue[] = []
    if (!outcomeIds.has(support.outcomeId)) {
      issues.push({
        path: `supports.${index}.outcomeId`,
        message: `"${support.description}" is for outcome "${support.outcomeId}", which is not one of this plan's outcomes; choose one of its outcomes or add it`,
      })
    }
    if (support.providerType === 'family-and-friends' && support.unitCostPence > 0) {
      issues.push({
        path: `supports.${index}.unitCostPence`,
        message: `"${support.description}" is from family and friends, which is unpaid and shown at £0.00, but it has a cost of ${formatPence(support.unitCostPence)}. If someone is being paid, record them as a personal assistant or other paid support`,
      })
    }
    return issues
  })
}

function fundingIssues(plan: Plan): Issue[] {
  const budget = plan.funding.personalBudget
  const issues: Issue[] = []
  const parts =
    budget.directPaymentWeeklyPence + budget.managedAccountWeeklyPence + budget.individualServiceFundWeeklyPence
  if (parts !== budget.weeklyPence) {
    issues.push({
      path: 'funding.personalBudget.weeklyPence',
      message: `The direct payment (${formatPence(budget.directPaymentWeeklyPence)}), managed account (${formatPence(budget.managedAccountWeeklyPence)}) and individual service fund (${formatPence(budget.individualServiceFundWeeklyPence)}) add up to ${formatPence(parts)} a week, but the personal budget is ${formatPence(budget.weeklyPence)} a week; they must add up to the personal budget`,
    })
  }
  if (budget.assessedContributionWeeklyPence > budget.weeklyPence) {
    issues.push({
      path: 'funding.personalBudget.assessedContributionWeeklyPence',
      message: `The assessed contribution (${formatPence(budget.assessedContributionWeeklyPence)} a week) is part of the personal budget, so it cannot be more than the budget (${formatPence(budget.weeklyPence)} a week)`,
    })
  }
  return issues
}
