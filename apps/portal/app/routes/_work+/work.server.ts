import { hasRole, type Role } from '~/.server/auth/roles'
import type { ReviewBasisOf, WorkItem, WorkKind } from '@open-sds/db'
import { waitingTargetDaysOf } from '@open-sds/plugin-sdk'
import { addDays, todayInEngland } from '@open-sds/kernel'
import {
  REVIEW_DUE_WITHIN_DAYS,
  caseStage,
  waitingTime,
  workKindLabels,
  workStages,
  type CaseRecord,
} from '@open-sds/support-planning'
import type { AppContext } from '~/.server/context'
import { directPaymentReviewsDue } from '../_direct-payments+/direct-payments.server'
import { unreadForStaff } from '../_messages+/messages.server'

/** The council's target for unallocated work, in days (its plugin's workQueues slot, or 28); flagged once passed. */
/** Whether the member of staff is in a team that handles this kind of work: who may open such work from its queue. */
export async function handlesWork(context: AppContext, userId: string, kind: WorkKind): Promise<boolean> {
  return (await context.database.repos.work.listTeams()).some(
    (team) => team.handles.includes(kind) && team.members.some((member) => member.userId === userId),
  )
}

/**
 * Whether this member of staff may reach a carer's records (issue 16): in a team that handles carers' assessments, or
 * with the carer on their caseload. Nobody else learns that someone is a carer.
 */
export async function reachesCarer(context: AppContext, userId: string, carerPersonId: string): Promise<boolean> {
  if ((await context.database.repos.people.relationshipOf(userId, carerPersonId)) === 'practitioner') return true
  return handlesWork(context, userId, 'carer-assessment')
}

/**
 * Whose direct-payment reviews a practitioner does (decision 058): those of the people on their caseload, and every
 * carer's when their team handles carers' assessments (who may reach a carer's records, as `reachesCarer`). A filter
 * the database applies, so the staff navigation's count reads only this practitioner's agreements.
 */
export async function reviewsOf(context: AppContext, userId: string): Promise<ReviewBasisOf> {
  return { caseloadOf: userId, everyCarer: await handlesWork(context, userId, 'carer-assessment') }
}

export const waitingTargetDays = (context: AppContext): number => waitingTargetDaysOf(context.site)

/**
 * What the caseload's rule needs of a person's record (issue 18): their latest self-assessment and its decision,
 * their open plan, their current financial assessment. A few reads a row, for the work one worker holds.
 */
export async function caseRecordOf(context: AppContext, personId: string): Promise<CaseRecord> {
  const { assessments, eligibilityDecisions, supportPlans, financialAssessments } = context.database.repos
  // The latest one sent is what the work is about; a draft only when none has been sent (a new one being filled in
  // does not undo the one a practitioner is deciding on).
  const all = await assessments.listForPerson(personId)
  const latest = all.find((assessment) => assessment.status === 'submitted') ?? all[0]
  const plan = await supportPlans.findOpenForPerson(personId)
  const charge = (await financialAssessments.current(personId)) ?? (await financialAssessments.findDraft(personId))
  const decision =
    latest?.status === 'submitted' ? await eligibilityDecisions.latestForAssessment(latest.id) : undefined
  const byHand = latest?.status === 'submitted' && !decision ? await assessments.budgetByHand(latest.id) : undefined
  return {
    ...(latest && {
      assessment: {
        sent: latest.status === 'submitted',
        budgetByHand: byHand !== undefined,
        ...(decision && { decision: decision.eligible ? ('eligible' as const) : ('not-eligible' as const) }),
      },
    }),
    ...(plan && { plan: { state: plan.status } }),
    ...(charge && { financialAssessment: { state: charge.status } }),
  }
}

/**
 * A work item as a queue or caseload row shows it: no more of the person than their name. With the person's record,
 * the stage and who it waits on are read from it (`caseStage`); without one (a concern about someone not yet known,
 * a queue row), what that kind of work waits on when it arrives.
 */
export function workRow(item: WorkItem, now: Date, targetDays: number, record?: CaseRecord) {
  const stage = (record && caseStage(item.kind, record)) ?? workStages[item.kind]
  return {
    id: item.id,
    person: item.personName ?? 'Not yet known',
    kind: workKindLabels[item.kind] ?? item.kind,
    stage: stage?.stage ?? '',
    waitingOn: stage?.waitingOn ?? '',
    priority: item.priority,
    holder: item.holderName,
    team: item.teamName,
    closed: item.closed,
    arrivedAt: item.arrivedAt.toISOString(),
    waiting: waitingTime(item.arrivedAt, now, targetDays),
  }
}

export const workItemNotFound = () =>
  new Response('There is no work at this address that you can see.', { status: 404, statusText: 'Not Found' })

/**
 * How much work the staff navigation's links lead to, by address; none for people using services. One query per count
 * (issue 18): the caseload and the team queue, and "Due and overdue" as that page lists it: plan reviews overdue or due
 * in four weeks and direct-payment reviews (issue 14) for a practitioner, financial assessments waiting for a finance officer, concerns still to act on for
 * safeguarding-authorised staff.
 */
export async function workCounts(
  context: AppContext,
  viewer: { id: string; roles: readonly Role[] },
  safeguardingAuthorised: boolean,
  now: Date,
): Promise<Record<string, number>> {
  if (!hasRole(viewer, 'practitioner') && !hasRole(viewer, 'finance-officer')) return {}
  const { work, supportPlans, financialAssessments, safeguarding } = context.database.repos
  const { caseload, queue } = await work.counts(viewer.id)
  const due = await Promise.all([
    hasRole(viewer, 'practitioner')
      ? supportPlans.countReviewsDueBy(addDays(todayInEngland(now), REVIEW_DUE_WITHIN_DAYS), { caseloadOf: viewer.id })
      : 0,
    hasRole(viewer, 'practitioner')
      ? (await directPaymentReviewsDue(context, todayInEngland(now), await reviewsOf(context, viewer.id))).length
      : 0,
    hasRole(viewer, 'finance-officer') ? financialAssessments.countAwaitingReview() : 0,
    safeguardingAuthorised ? safeguarding.countConcernsToActOn() : 0,
  ])
  return {
    '/work/caseload': caseload,
    '/work/queue': queue,
    '/work/due': due.reduce((sum, n) => sum + n, 0),
    // People with secure messages this member of staff has not read (issue 15).
    '/work/messages': (await unreadForStaff(context, viewer)).length,
  }
}
