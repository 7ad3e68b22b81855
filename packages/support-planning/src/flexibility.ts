import type { Framework } from '@open-sds/outcomes'
import type { PlanCosting, SupportCost } from './cost-plan.js'
import { costPlan } from './cost-plan.js'
import { refusalMessage } from './life-cycle.js'
import { formatPence } from '@open-sds/kernel'
import type { Plan } from './plan-schema.js'
import type { Actor, PlanRecord } from './plan-record.js'
import { applyMove, approvedPlan, currentPlan, parseContext, staleVersionIssue } from './plan-record.js'
import type { Result } from '@open-sds/kernel'
import { fail, ok } from '@open-sds/kernel'
import { sameValue } from './same-value.js'
import { validatePlan } from './validate-plan.js'

export const flexibilityRulesVersion = 'support-planning-flexibility/1'

export type ChangeClassification =
  | { kind: 'within-flexibility'; changes: string[]; rulesVersion: string }
  | { kind: 'needs-review'; reasons: string[]; changes: string[]; rulesVersion: string }

/**
 * The flexibility rule (Think Local Act Personal, 2011, 3.2.2): a person may change how they use their budget to
 * meet the agreed outcomes without asking first. So a change is within flexibility when the outcomes are the same,
 * no outcome gets more money than agreed (money moves between supports inside an outcome, not between outcomes),
 * the total does not go up, and the funding, who manages the money, the representative, the risks and the review
 * date are unchanged. Anything else needs review, with the reasons. Costs are compared by the year, which is exact.
 */
export function classifyChange(agreed: Plan, proposed: Plan): ChangeClassification {
  const before = costPlan(agreed)
  const after = costPlan(proposed)
  const reasons = [
    ...outcomeReasons(agreed, proposed),
    ...moneyReasons(before, after),
    ...otherReasons(agreed, proposed),
  ]
  const changes = supportChanges(agreed, proposed, before, after)
  if (!sameValue(agreed.contingencyPlan, proposed.contingencyPlan)) changes.push('Updated the contingency plan')
  if (!sameValue(agreed.people.plannedWith, proposed.people.plannedWith))
    changes.push('Updated who helped make the plan')
  const rulesVersion = flexibilityRulesVersion
  return reasons.length === 0
    ? { kind: 'within-flexibility', changes, rulesVersion }
    : { kind: 'needs-review', reasons, changes, rulesVersion }
}

function outcomeReasons(agreed: Plan, proposed: Plan): string[] {
  const reasons: string[] = []
  const proposedById = new Map(proposed.outcomes.map((outcome) => [outcome.id, outcome]))
  const agreedIds = new Set(agreed.outcomes.map((outcome) => outcome.id))
  for (const outcome of agreed.outcomes) {
    const next = proposedById.get(outcome.id)
    if (next === undefined) reasons.push(`The outcome "${outcome.words}" would be taken out`)
    else if (next.words !== outcome.words)
      reasons.push(`The outcome "${outcome.words}" would be reworded as "${next.words}"`)
    else if (!sameValue(next.linkedItems, outcome.linkedItems))
      reasons.push(`The outcome "${outcome.words}" would be linked to different framework outcomes`)
  }
  for (const outcome of proposed.outcomes) {
    if (!agreedIds.has(outcome.id)) reasons.push(`A new outcome would be added: "${outcome.words}"`)
  }
  return reasons
}

function moneyReasons(before: PlanCosting, after: PlanCosting): string[] {
  const reasons: string[] = []
  if (after.annualPence > before.annualPence) {
    reasons.push(
      `The plan would cost ${formatPence(after.annualPence)} a year (${formatPence(after.weeklyPence)} a week), more than the ${formatPence(before.annualPence)} a year (${formatPence(before.weeklyPence)} a week) agreed`,
    )
  }
  if (after.oneOffPence > before.oneOffPence) {
    reasons.push(
      `One-off costs would be ${formatPence(after.oneOffPence)}, more than the ${formatPence(before.oneOffPence)} agreed`,
    )
  }
  const agreedByOutcome = new Map(before.outcomes.map((outcome) => [outcome.outcomeId, outcome]))
  for (const outcome of after.outcomes) {
    const was = agreedByOutcome.get(outcome.outcomeId)
    if (was === undefined) continue
    if (outcome.annualPence > was.annualPence) {
      reasons.push(
        `Spending on "${outcome.words}" would go up from ${formatPence(was.annualPence)} to ${formatPence(outcome.annualPence)} a year; money can move between the supports for one outcome without asking, but not between outcomes`,
      )
    }
    if (outcome.oneOffPence > was.oneOffPence) {
      reasons.push(
        `One-off spending on "${outcome.words}" would go up from ${formatPence(was.oneOffPence)} to ${formatPence(outcome.oneOffPence)}`,
      )
    }
  }
  return reasons
}

function otherReasons(agreed: Plan, proposed: Plan): string[] {
  const reasons: string[] = []
  if (!sameValue(agreed.funding, proposed.funding))
    reasons.push('How the plan is funded would change (the personal budget, how it is paid, or other funding)')
  if (!sameValue(agreed.people.moneyManagedBy, proposed.people.moneyManagedBy))
    reasons.push('Who manages the money would change')
  if (
    !sameValue(agreed.people.representative, proposed.people.representative) ||
    !sameValue(agreed.people.person, proposed.people.person)
  ) {
    reasons.push('The person or their representative would change')
  }
  if (!sameValue(agreed.risksIChooseToTake, proposed.risksIChooseToTake))
    reasons.push('The risks the person chooses to take would change; these are agreed together')
  if (agreed.reviewDate !== proposed.reviewDate)
    reasons.push(`The review date would move from ${agreed.reviewDate} to ${proposed.reviewDate}`)
  return reasons
}

function costWords(line: SupportCost | undefined): string {
  if (line === undefined) return ''
  return line.oneOffPence > 0 ? `${formatPence(line.oneOffPence)} one-off` : `${formatPence(line.weeklyPence)} a week`
}

function supportChanges(agreed: Plan, proposed: Plan, before: PlanCosting, after: PlanCosting): string[] {
  const changes: string[] = []
  const agreedById = new Map(agreed.supports.map((support) => [support.id, support]))
  const proposedIds = new Set(proposed.supports.map((support) => support.id))
  const costBefore = new Map(before.supports.map((line) => [line.supportId, line]))
  const costAfter = new Map(after.supports.map((line) => [line.supportId, line]))
  for (const support of agreed.supports) {
    if (!proposedIds.has(support.id))
      changes.push(`Stopped "${support.description}" (was ${costWords(costBefore.get(support.id))})`)
  }
  for (const support of proposed.supports) {
    const was = agreedById.get(support.id)
    if (was === undefined) changes.push(`Added "${support.description}" (${costWords(costAfter.get(support.id))})`)
    else if (!sameValue(was, support)) {
      changes.push(
        `Changed "${support.description}" to ${costWords(costAfter.get(support.id))} (was ${costWords(costBefore.get(support.id))})`,
      )
    }
  }
  return changes
}

export interface FlexibleChangeOptions {
  actor: Actor
  now: string
  expectedVersion: number
  frameworks?: readonly Framework[]
}

/**
 * Records a change the person makes within the flexibility rule as a new plan version at once, with who made it
 * and when, without approval. A change that needs review is refused with each reason, so it can go to review.
 */
export function applyFlexibleChange(
  record: PlanRecord,
  proposed: unknown,
  options: FlexibleChangeOptions,
): Result<PlanRecord> {
  const context = parseContext({ actor: options.actor, now: options.now, expectedVersion: options.expectedVersion })
  if (!context.ok) return context
  const stale = staleVersionIssue(record, context.value.expectedVersion)
  if (stale) return fail(stale)
  if (record.state !== 'active') {
    return fail({ path: 'action', message: refusalMessage(record.state, 'flexible-change', false) })
  }
  const plan = validatePlan(proposed, {
    prefix: 'plan',
    ...(options.frameworks ? { frameworks: options.frameworks } : {}),
  })
  if (!plan.ok) return plan
  const agreed = approvedPlan(record) ?? currentPlan(record)
  if (sameValue(currentPlan(record), plan.value))
    return fail({ path: 'plan', message: 'Nothing in the plan has changed' })
  const classification = classifyChange(agreed, plan.value)
  if (classification.kind === 'needs-review') {
    return fail(
      ...classification.reasons.map((reason) => ({
        path: 'plan',
        message: `This change needs the council to review it: ${reason}`,
      })),
    )
  }
  return ok(
    applyMove(record, {
      action: 'flexible-change',
      to: 'active',
      context: context.value,
      changes: classification.changes,
      rulesVersion: classification.rulesVersion,
      newPlan: { plan: plan.value, change: 'flexible-change' },
    }),
  )
}
