import { formatLongDate, formatPence } from '@open-sds/kernel'
import type { PlanCosting, SupportCost } from './cost-plan.js'
import { costPlan } from './cost-plan.js'
import { moneyManagerLabels, plannerRoleLabels, providerLabels, representativeAuthorityLabels } from './labels.js'
import type { Plan, Support } from './plan-schema.js'
import { sameValue } from './same-value.js'

/** Which part of the plan a difference is in, as the practitioner reads it. */
export type PlanDifferenceArea = 'Outcomes' | 'Supports' | 'Costs' | 'People' | 'Money' | 'Risks' | 'Other'

/** One thing that differs between two plans: what it is, and what it was and is now, in words. */
export type PlanDifference = { area: PlanDifferenceArea; what: string; was: string; now: string }

const none = 'None'
const notInPlan = 'Not in the plan'

const supportWords = (support: Support, line: SupportCost | undefined): string => {
  const { per, count } = support.frequency
  const often = per === 'one-off' ? 'once' : `a ${per}`
  const cost =
    line === undefined
      ? ''
      : line.oneOffPence > 0
        ? `, ${formatPence(line.oneOffPence)} one-off`
        : `, ${formatPence(line.weeklyPence)} a week`
  return `${support.description}: ${providerLabels[support.providerType]}, ${count} × ${formatPence(support.unitCostPence)} ${often}${cost}`
}

const peopleWords = {
  plannedWith: (plan: Plan) =>
    plan.people.plannedWith.map((row) => `${row.name} (${plannerRoleLabels[row.role].toLowerCase()})`).join('; '),
  moneyManagedBy: (plan: Plan) =>
    `${plan.people.moneyManagedBy.name} (${moneyManagerLabels[plan.people.moneyManagedBy.role].toLowerCase()})`,
  representative: (plan: Plan) => {
    const representative = plan.people.representative
    if (representative === undefined) return none
    const relationship = representative.relationship ? `, ${representative.relationship}` : ''
    return `${representative.name}${relationship} (${representativeAuthorityLabels[representative.authority].toLowerCase()})`
  },
}

function outcomeDifferences(was: Plan, now: Plan): PlanDifference[] {
  const differences: PlanDifference[] = []
  const nowById = new Map(now.outcomes.map((outcome) => [outcome.id, outcome]))
  const wasIds = new Set(was.outcomes.map((outcome) => outcome.id))
  for (const outcome of was.outcomes) {
    const next = nowById.get(outcome.id)
    if (next === undefined)
      differences.push({ area: 'Outcomes', what: 'Outcome taken out', was: outcome.words, now: notInPlan })
    else if (next.words !== outcome.words)
      differences.push({ area: 'Outcomes', what: 'Outcome reworded', was: outcome.words, now: next.words })
    else if (!sameValue(next.linkedItems, outcome.linkedItems))
      differences.push({
        area: 'Outcomes',
        what: `Framework outcomes linked to “${outcome.words}”`,
        was: `${outcome.linkedItems.length} linked`,
        now: `${next.linkedItems.length} linked`,
      })
  }
  for (const outcome of now.outcomes) {
    if (!wasIds.has(outcome.id))
      differences.push({ area: 'Outcomes', what: 'Outcome added', was: notInPlan, now: outcome.words })
  }
  return differences
}

function supportDifferences(was: Plan, now: Plan, before: PlanCosting, after: PlanCosting): PlanDifference[] {
  const differences: PlanDifference[] = []
  const costBefore = new Map(before.supports.map((line) => [line.supportId, line]))
  const costAfter = new Map(after.supports.map((line) => [line.supportId, line]))
  const nowById = new Map(now.supports.map((support) => [support.id, support]))
  const wasIds = new Set(was.supports.map((support) => support.id))
  for (const support of was.supports) {
    const next = nowById.get(support.id)
    const wasWords = supportWords(support, costBefore.get(support.id))
    if (next === undefined)
      differences.push({ area: 'Supports', what: 'Support stopped', was: wasWords, now: notInPlan })
    else if (!sameValue(next, support))
      differences.push({
        area: 'Supports',
        what: 'Support changed',
        was: wasWords,
        now: supportWords(next, costAfter.get(support.id)),
      })
  }
  for (const support of now.supports) {
    if (!wasIds.has(support.id))
      differences.push({
        area: 'Supports',
        what: 'Support added',
        was: notInPlan,
        now: supportWords(support, costAfter.get(support.id)),
      })
  }
  return differences
}

function costDifferences(before: PlanCosting, after: PlanCosting): PlanDifference[] {
  const differences: PlanDifference[] = []
  if (before.weeklyPence !== after.weeklyPence || before.annualPence !== after.annualPence)
    differences.push({
      area: 'Costs',
      what: 'What the plan costs',
      was: `${formatPence(before.weeklyPence)} a week (${formatPence(before.annualPence)} a year)`,
      now: `${formatPence(after.weeklyPence)} a week (${formatPence(after.annualPence)} a year)`,
    })
  if (before.oneOffPence !== after.oneOffPence)
    differences.push({
      area: 'Costs',
      what: 'One-off costs',
      was: formatPence(before.oneOffPence),
      now: formatPence(after.oneOffPence),
    })
  return differences
}

function changed(area: PlanDifferenceArea, what: string, was: string, now: string): PlanDifference[] {
  return was === now ? [] : [{ area, what, was, now }]
}

function moneyDifferences(was: Plan, now: Plan): PlanDifference[] {
  const split = (plan: Plan) => {
    const budget = plan.funding.personalBudget
    return `${formatPence(budget.weeklyPence)} a week: direct payment ${formatPence(budget.directPaymentWeeklyPence)}, managed account ${formatPence(budget.managedAccountWeeklyPence)}, individual service fund ${formatPence(budget.individualServiceFundWeeklyPence)}`
  }
  const other = (plan: Plan) =>
    plan.funding.otherStreams.length === 0
      ? none
      : plan.funding.otherStreams
          .map((stream) => `${stream.description || stream.source}: ${formatPence(stream.weeklyPence)} a week`)
          .join('; ')
  return [
    ...changed('Money', 'Personal budget and how it is paid', split(was), split(now)),
    ...changed(
      'Money',
      'Assessed contribution',
      formatPence(was.funding.personalBudget.assessedContributionWeeklyPence),
      formatPence(now.funding.personalBudget.assessedContributionWeeklyPence),
    ),
    ...changed('Money', 'Other money alongside the budget', other(was), other(now)),
  ]
}

/**
 * What differs between the plan in force and a plan proposed in its place, in words a practitioner reads as "was /
 * now": outcomes taken out, added or reworded; supports stopped, added or changed with their cost; what the plan
 * costs; who planned it, manages the money and represents the person; the budget and how it is paid; the risks;
 * the contingency plan and the review date. Nothing when the two are the same. Pure: the same plans give the same
 * list, in that order.
 */
export function comparePlans(was: Plan, now: Plan): PlanDifference[] {
  const before = costPlan(was)
  const after = costPlan(now)
  const risks = (plan: Plan) => plan.risksIChooseToTake.map((risk) => risk.description).join('; ') || none
  return [
    ...outcomeDifferences(was, now),
    ...supportDifferences(was, now, before, after),
    ...costDifferences(before, after),
    ...changed('People', 'Whose plan', was.people.person.name, now.people.person.name),
    ...changed('People', 'Planned with', peopleWords.plannedWith(was), peopleWords.plannedWith(now)),
    ...changed('People', 'Manages the money', peopleWords.moneyManagedBy(was), peopleWords.moneyManagedBy(now)),
    ...changed('People', 'Representative', peopleWords.representative(was), peopleWords.representative(now)),
    ...moneyDifferences(was, now),
    ...changed('Risks', 'Risks the person chooses to take', risks(was), risks(now)),
    ...changed('Other', 'If things go wrong', was.contingencyPlan || none, now.contingencyPlan || none),
    ...changed('Other', 'Review date', formatLongDate(was.reviewDate), formatLongDate(now.reviewDate)),
    ...changed(
      'Other',
      'Why the review is later than 12 months',
      was.reviewDateReason ?? none,
      now.reviewDateReason ?? none,
    ),
  ]
}
