import { findItem } from '@open-sds/outcomes'
import type { Plan, PlanRecord } from '@open-sds/support-planning'
import {
  actorRoleLabels,
  costPlan,
  formatPence,
  moneyManagerLabels,
  planHistoryLabels,
  planInForce,
  plannerRoleLabels,
  planStateLabels,
  providerLabels,
  representativeAuthorityLabels as authorityLabels,
} from '@open-sds/support-planning'
import type { StoredSupportPlan } from '@open-sds/db'
import type { Framework } from '@open-sds/outcomes'
import { budgetCheckOf, currentPlan } from './support-plans.server.js'
import { formatDate } from '../../components/dates.js'

/** States in which the person may change their plan: writing it, or (through the flexibility rule) using it. */
export const editableStates: ReadonlySet<PlanRecord['state']> = new Set(['draft', 'returned', 'revised', 'active'])

function frequencyWords(support: Plan['supports'][number]): string {
  const { per, count } = support.frequency
  const unit = formatPence(support.unitCostPence)
  if (per === 'one-off') return `${count} × ${unit}, once`
  return `${count} × ${unit} a ${per}`
}

/** Everything a page shows about a plan, as plain data: the plan itself, its costs, the budget check and its history. */
export function planView(
  stored: StoredSupportPlan,
  record: PlanRecord,
  names: ReadonlyMap<string, string>,
  frameworks: readonly Framework[],
) {
  const plan = currentPlan(record)
  const costing = costPlan(plan)
  const check = budgetCheckOf(plan)
  const overLines = new Set(check.largestCosts.map((line) => line.supportId))
  const budget = plan.funding.personalBudget
  const lastReturn = [...record.history].reverse().find((entry) => entry.action === 'return')
  const lastFlexible = record.history.at(-1)?.action === 'flexible-change' ? record.history.at(-1) : undefined
  const inForce = planInForce(record)
  return {
    id: stored.id,
    state: record.state,
    stateLabel: planStateLabels[record.state],
    editable: editableStates.has(record.state),
    canSubmit: record.state === 'draft' || record.state === 'revised',
    recordVersion: record.version,
    planVersion: record.versions.at(-1)?.planVersion ?? 1,
    approvedPlanVersion: record.approvedPlanVersion ?? null,
    /** The version the money is spent on and when it came into force; null until the council first agrees the plan. */
    inForce: inForce ? { planVersion: inForce.planVersion, since: formatDate(inForce.since) } : null,
    person: plan.people.person.name,
    people: {
      plannedWith: plan.people.plannedWith.map((row) => `${row.name} (${plannerRoleLabels[row.role].toLowerCase()})`),
      moneyManagedBy: `${plan.people.moneyManagedBy.name} (${moneyManagerLabels[plan.people.moneyManagedBy.role].toLowerCase()})`,
      representative: plan.people.representative
        ? `${plan.people.representative.name}${plan.people.representative.relationship ? `, ${plan.people.representative.relationship}` : ''} (${authorityLabels[plan.people.representative.authority].toLowerCase()})`
        : null,
    },
    outcomes: plan.outcomes.map((outcome) => ({
      id: outcome.id,
      words: outcome.words,
      linked: outcome.linkedItems.map((ref) => findItem(frameworks, ref)?.title ?? `${ref.frameworkId}/${ref.itemId}`),
      weekly: formatPence(costing.outcomes.find((line) => line.outcomeId === outcome.id)?.weeklyPence ?? 0),
      supports: plan.supports
        .filter((support) => support.outcomeId === outcome.id)
        .map((support) => {
          const line = costing.supports.find((candidate) => candidate.supportId === support.id)
          return {
            id: support.id,
            description: support.description,
            provider: providerLabels[support.providerType],
            frequency: frequencyWords(support),
            weekly:
              line && line.oneOffPence > 0
                ? `${formatPence(line.oneOffPence)} one-off`
                : `${formatPence(line?.weeklyPence ?? 0)} a week`,
            causesOverspend: overLines.has(support.id),
            directoryService: support.directoryService
              ? { id: support.directoryService.id, name: support.directoryService.name }
              : null,
            replacementCareFor: support.replacementCareFor?.carerName ?? null,
          }
        }),
    })),
    costs: {
      weekly: formatPence(costing.weeklyPence),
      annual: formatPence(costing.annualPence),
      oneOff: costing.oneOffPence > 0 ? formatPence(costing.oneOffPence) : null,
      explanation: costing.explanation,
      rulesVersion: costing.rulesVersion,
    },
    check: {
      status: check.status,
      message: check.message,
      difference: formatPence(check.differenceWeeklyPence),
      budget: formatPence(check.budgetWeeklyPence),
      plan: formatPence(check.planWeeklyPence),
    },
    money: {
      budget: formatPence(budget.weeklyPence),
      directPayment: formatPence(budget.directPaymentWeeklyPence),
      managedAccount: formatPence(budget.managedAccountWeeklyPence),
      individualServiceFund: formatPence(budget.individualServiceFundWeeklyPence),
    },
    contingencyPlan: plan.contingencyPlan,
    reviewDate: plan.reviewDate,
    reviewDateReason: plan.reviewDateReason ?? null,
    risks: plan.risksIChooseToTake.map((risk) => risk.description),
    returnReason: record.state === 'returned' || record.state === 'draft' ? (lastReturn?.reason ?? null) : null,
    lastFlexible: lastFlexible ? { at: lastFlexible.at, changes: lastFlexible.changes ?? [] } : null,
    history: [...record.history].reverse().map((entry) => ({
      at: entry.at,
      what: planHistoryLabels[entry.action],
      by: `${names.get(entry.actor.id) ?? 'Someone'} (${actorRoleLabels[entry.actor.role]})`,
      reason: entry.reason ?? null,
      changes: entry.changes ?? [],
      planVersion: entry.planVersion,
    })),
  }
}

export type PlanView = ReturnType<typeof planView>

/** Display names of everyone who has changed the plan, for its history. */
export async function namesIn(
  lookup: (id: string) => Promise<{ displayName: string } | undefined>,
  stored: StoredSupportPlan,
): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  for (const id of new Set(stored.transitions.map((entry) => entry.byUserId))) {
    const user = await lookup(id)
    if (user) names.set(id, user.displayName)
  }
  return names
}
