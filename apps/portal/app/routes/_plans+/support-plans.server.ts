import { arriveInQueue, closeWork } from '../_work+/work-arrival.server'
import type { Framework } from '@open-sds/outcomes'
import { outcomeFrameworksInForce } from '@open-sds/plugin-sdk'
import type { Actor, BudgetCheck, Plan, PlanRecord, Result } from '@open-sds/support-planning'
import {
  PlanRecordSchema,
  checkAgainstBudget,
  costPlan,
  createPlanRecord,
  currentPlan,
  startingPlan,
  planInForce,
} from '@open-sds/support-planning'
import type {
  Repositories,
  NewSupportPlanTransition,
  NewSupportPlanVersion,
  StoredSupportPlan,
  SupportPlanReview,
} from '@open-sds/db'
import type { AppContext } from '../../.server/context.js'
import type { Viewer } from '../../.server/auth/session.js'
import { todayInEngland } from '../_self-assessment+/self-assessment.server.js'

/** The frameworks a person can link their outcomes to: the national ones, then any the instance's plugins add. */
export function planFrameworks(context: AppContext): readonly Framework[] {
  return outcomeFrameworksInForce(context.site)
}

export type PlanReader = {
  personId: string
  displayName: string
  relationship: 'self' | 'representative' | 'practitioner'
}

const notFound = () =>
  new Response('There is no support plan at this address that you can see.', { status: 404, statusText: 'Not Found' })

/** The person whose plan this is, when the viewer is them, acts for them, or has them on their caseload; else a 404. */
export async function requirePlanReader(
  context: AppContext,
  viewer: Viewer,
  personId: string,
  allowed: readonly PlanReader['relationship'][],
): Promise<PlanReader> {
  const { people } = context.database.repos
  const relationship = await people.relationshipOf(viewer.id, personId)
  const person = relationship && allowed.includes(relationship) ? await people.findById(personId) : undefined
  if (!person || !relationship) throw notFound()
  return { personId, displayName: person.displayName, relationship }
}

export function actorFor(viewer: Viewer, relationship: PlanReader['relationship']): Actor {
  const role = relationship === 'self' ? 'person' : relationship
  return { id: viewer.id, role }
}

/** The weekly budget a practitioner agreed on the person's latest sent self-assessment, if they are eligible. */
export async function agreedBudgetFor(context: AppContext, personId: string): Promise<number | undefined> {
  const { assessments, eligibilityDecisions } = context.database.repos
  const latest = (await assessments.listForPerson(personId)).find((assessment) => assessment.status === 'submitted')
  if (!latest) return undefined
  const decision = await eligibilityDecisions.latestForAssessment(latest.id)
  return decision?.eligible && decision.agreedWeeklyPence !== null ? decision.agreedWeeklyPence : undefined
}

/** A new plan's budget: the person manages a direct payment of the whole of it. */
function wholeDirectPayment(weeklyPence: number) {
  return {
    weeklyPence,
    assessedContributionWeeklyPence: 0,
    directPaymentWeeklyPence: weeklyPence,
    managedAccountWeeklyPence: 0,
    individualServiceFundWeeklyPence: 0,
  }
}

/** The stored plan read back through the package's own schema: what the database holds is not trusted blindly. */
export function toRecord(stored: StoredSupportPlan): PlanRecord {
  const record = {
    id: stored.id,
    version: stored.recordVersion,
    state: stored.status,
    ...(stored.approvedVersion === null ? {} : { approvedPlanVersion: stored.approvedVersion }),
    versions: stored.versions.map((version) => ({
      planVersion: version.version,
      plan: version.plan,
      recordedAt: version.createdAt.toISOString(),
      recordedBy: { id: version.createdByUserId, role: version.createdByRole },
      change: version.change,
    })),
    history: stored.transitions.map((entry) => ({
      recordVersion: entry.recordVersion,
      action: entry.action,
      from: entry.fromStatus,
      to: entry.toStatus,
      actor: { id: entry.byUserId, role: entry.byRole },
      at: entry.at.toISOString(),
      planVersion: entry.planVersion,
      ...(entry.reason === null ? {} : { reason: entry.reason }),
      ...(entry.changes === null ? {} : { changes: entry.changes }),
      ...(entry.rulesVersion === null ? {} : { rulesVersion: entry.rulesVersion }),
    })),
  }
  const parsed = PlanRecordSchema.safeParse(record)
  if (!parsed.success)
    throw new Error(`Support plan ${stored.id} holds a record that is not a valid plan record: ${parsed.error.message}`)
  return parsed.data
}

/** A plan version as the database stores it, with its costing. */
export function versionRow(
  version: PlanRecord['versions'][number],
  status: PlanRecord['state'],
): NewSupportPlanVersion {
  const costing = costPlan(version.plan)
  const budget = version.plan.funding.personalBudget
  return {
    version: version.planVersion,
    status,
    change: version.change,
    plan: version.plan,
    weeklyCostPence: costing.weeklyPence,
    oneOffCostPence: costing.oneOffPence,
    budgetWeeklyPence: budget.weeklyPence,
    directPaymentWeeklyPence: budget.directPaymentWeeklyPence,
    managedAccountWeeklyPence: budget.managedAccountWeeklyPence,
    individualServiceFundWeeklyPence: budget.individualServiceFundWeeklyPence,
    createdByUserId: version.recordedBy.id,
    createdByRole: version.recordedBy.role,
    createdAt: new Date(version.recordedAt),
  }
}

/** A history entry as the database stores it. */
export function transitionRow(entry: PlanRecord['history'][number]): NewSupportPlanTransition {
  return {
    recordVersion: entry.recordVersion,
    action: entry.action,
    fromStatus: entry.from,
    toStatus: entry.to,
    planVersion: entry.planVersion,
    byUserId: entry.actor.id,
    byRole: entry.actor.role,
    at: new Date(entry.at),
    reason: entry.reason ?? null,
    changes: entry.changes ?? null,
    rulesVersion: entry.rulesVersion ?? null,
  }
}

/**
 * Saves what the package's life cycle did to a record: the new history entries and plan versions, all or nothing,
 * refused if anyone else changed the plan since `stored` was read. A write: call it inside `withAudit`, with the
 * repositories it gives.
 */
export async function saveRecord(
  context: AppContext,
  repos: Repositories,
  stored: StoredSupportPlan,
  after: PlanRecord,
  options: { openReview?: boolean } = {},
): Promise<Result<StoredSupportPlan & { openedReview?: SupportPlanReview }>> {
  const newEntries = after.history.slice(stored.transitions.length)
  const inForce = planInForce(after)?.planVersion ?? stored.inForceVersion
  const newVersions = after.versions.slice(stored.versions.length)
  const saved = await repos.supportPlans.saveChanges({
    planId: stored.id,
    expectedRecordVersion: stored.recordVersion,
    status: after.state,
    currentVersion: after.versions.at(-1)?.planVersion ?? stored.currentVersion,
    approvedVersion: after.approvedPlanVersion ?? null,
    inForceVersion: inForce,
    versions: newVersions.map((version) => versionRow(version, after.state)),
    transitions: newEntries.map(transitionRow),
    ...(options.openReview ? { openReview: { planVersion: inForce ?? stored.currentVersion } } : {}),
  })
  if (!saved.ok) return { ok: false, errors: saved.errors }
  // Sent for agreement: it enters a team's queue; agreed or sent back: that work is done (issue 18).
  const actorUserId = after.history.at(-1)?.actor.id ?? ''
  if (after.state === 'submitted' && stored.status !== 'submitted') {
    const queued = await arriveInQueue(
      context,
      {
        kind: 'plan-agreement',
        personId: stored.personId,
        subject: planAgreementSubject(stored.id, saved.value.recordVersion),
        actorUserId,
      },
      new Date(after.history.at(-1)?.at ?? Date.now()),
    )
    if (!queued.ok) return queued
  }
  if (stored.status === 'submitted' && after.state !== 'submitted')
    await closeWork(
      context,
      { subject: planAgreementSubject(stored.id, stored.recordVersion), personId: stored.personId, actorUserId },
      new Date(after.history.at(-1)?.at ?? Date.now()),
    )
  return saved
}

/** The work of agreeing one sending of a plan: the record as it stood once sent, so each sending is its own item. */
const planAgreementSubject = (planId: string, recordVersion: number) => `support-plan:${planId}:${recordVersion}`

/** Starts the person's plan, or returns the one already in progress. A write: call it inside `withAudit`. */
export async function startPlan(
  context: AppContext,
  repos: Repositories,
  viewer: Viewer,
  reader: PlanReader,
  budgetWeeklyPence: number,
  now: Date,
): Promise<StoredSupportPlan> {
  const { supportPlans } = repos
  const existing = await supportPlans.findOpenForPerson(reader.personId)
  if (existing) return existing
  const record = createPlanRecord(
    {
      id: 'new',
      plan: startingPlan(reader.displayName, wholeDirectPayment(budgetWeeklyPence), todayInEngland(now)),
      actor: actorFor(viewer, reader.relationship),
      now: now.toISOString(),
    },
    { frameworks: planFrameworks(context) },
  )
  if (!record.ok)
    throw new Error(`The starting plan is not a valid plan: ${record.errors.map((issue) => issue.message).join('; ')}`)
  const [version] = record.value.versions
  const [created] = record.value.history
  if (!version || !created) throw new Error('A new plan record has a version and a history entry')
  const made = await supportPlans.create({
    personId: reader.personId,
    firstVersion: versionRow(version, 'draft'),
    created: transitionRow(created),
  })
  if (made.ok) return made.value
  // Two tabs starting at once: the loser carries on with the winner's plan.
  const winner = await supportPlans.findOpenForPerson(reader.personId)
  if (!winner)
    throw new Error(`Could not start a support plan: ${made.errors.map((issue) => issue.message).join('; ')}`)
  return winner
}

/** The plan's weekly cost against its weekly personal budget, with the lines that cause any overspend. */
export function budgetCheckOf(plan: Plan): BudgetCheck {
  const check = checkAgainstBudget(plan, plan.funding.personalBudget.weeklyPence)
  if (!check.ok)
    throw new Error(
      `A stored plan has a budget the package refuses: ${check.errors.map((issue) => issue.message).join('; ')}`,
    )
  return check.value
}

export { currentPlan }
