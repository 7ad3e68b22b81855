import type { Repositories, StoredSupportPlan } from '@open-sds/db'
import type { Issue, Plan, PlanRecord, Result, TransitionAction } from '@open-sds/support-planning'
import { applyFlexibleChange, submissionIssues, transition, validatePlan } from '@open-sds/support-planning'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { thenTell } from '../../.server/notify/person-notices.js'
import type { PlanReader } from './support-plans.server.js'
import { actorFor, budgetCheckOf, currentPlan, planFrameworks, saveRecord, toRecord } from './support-plans.server.js'

export type ChangeOutcome =
  | { kind: 'unchanged' }
  | { kind: 'saved'; stored: StoredSupportPlan }
  | { kind: 'flexible'; stored: StoredSupportPlan; changes: string[] }
  | { kind: 'needs-review'; reasons: string[] }
  | { kind: 'sent-for-review'; stored: StoredSupportPlan }
  | { kind: 'revised'; stored: StoredSupportPlan }
  | { kind: 'refused'; errors: Issue[] }

const needsReviewPrefix = 'This change needs the council to review it: '

const normalised = (plan: unknown, frameworks: ReturnType<typeof planFrameworks>) => {
  const checked = validatePlan(plan, { frameworks })
  return checked.ok ? JSON.stringify(checked.value) : undefined
}

async function persist(
  context: AppContext,
  repos: Repositories,
  stored: StoredSupportPlan,
  after: Result<PlanRecord>,
  options: { openReview?: boolean } = {},
): Promise<Result<StoredSupportPlan>> {
  if (!after.ok) return after
  return saveRecord(context, repos, stored, after.value, options)
}

/** Whether a revised plan can go to the council as it is: what sending a plan asks, and within its budget. */
function readyToSend(record: PlanRecord): boolean {
  const plan = currentPlan(record)
  return submissionIssues(plan).length === 0 && budgetCheckOf(plan).status !== 'over'
}

/**
 * Applies what the person changed on one step of their plan. While the plan is being written (draft, returned or
 * revised) the change is saved as the next version. Once the plan is active, the flexibility rule decides: a change
 * within the agreed outcomes and total is recorded at once, without approval; anything else is shown with the reasons,
 * and only goes to the council if the person asks (`sendForReview`): in that one step a review is opened and the
 * change sent as a revised plan, while the plan in force stays in force. A write:
 * call it inside `withAudit`, with the repositories it gives.
 */
export async function proposeChange(
  context: AppContext,
  repos: Repositories,
  viewer: Viewer,
  reader: PlanReader,
  stored: StoredSupportPlan,
  proposed: Plan,
  options: { sendForReview?: boolean; now: Date },
): Promise<ChangeOutcome> {
  const record = toRecord(stored)
  const frameworks = planFrameworks(context)
  const before = normalised(currentPlan(record), frameworks)
  if (before !== undefined && before === normalised(proposed, frameworks)) return { kind: 'unchanged' }
  const common = { actor: actorFor(viewer, reader.relationship), now: options.now.toISOString(), frameworks }

  if (record.state === 'active' && options.sendForReview) {
    // One step: the review is opened, the change recorded as the revised plan and sent to the council together. A
    // revision not yet ready to send (an outcome with no support, a plan over the budget) stays revised, to finish.
    const reviewing = transition(record, 'start-review', { ...common, expectedVersion: record.version })
    const revised = reviewing.ok
      ? transition(reviewing.value, 'revise', { ...common, expectedVersion: reviewing.value.version, plan: proposed })
      : reviewing
    const sent =
      revised.ok && readyToSend(revised.value)
        ? transition(revised.value, 'submit', { ...common, expectedVersion: revised.value.version })
        : revised
    const saved = await persist(context, repos, stored, sent.ok ? sent : revised, { openReview: true })
    if (!saved.ok) return { kind: 'refused', errors: saved.errors }
    return { kind: saved.value.status === 'submitted' ? 'sent-for-review' : 'revised', stored: saved.value }
  }
  if (record.state === 'active') {
    const changed = applyFlexibleChange(record, proposed, { ...common, expectedVersion: record.version })
    if (!changed.ok) {
      const reasons = changed.errors
        .filter((issue) => issue.message.startsWith(needsReviewPrefix))
        .map((issue) => issue.message.slice(needsReviewPrefix.length))
      return reasons.length === changed.errors.length
        ? { kind: 'needs-review', reasons }
        : { kind: 'refused', errors: changed.errors }
    }
    const saved = await persist(context, repos, stored, changed)
    if (!saved.ok) return { kind: 'refused', errors: saved.errors }
    return { kind: 'flexible', stored: saved.value, changes: changed.value.history.at(-1)?.changes ?? [] }
  }
  const saved = await persist(
    context,
    repos,
    stored,
    transition(record, 'edit', { ...common, expectedVersion: record.version, plan: proposed }),
  )
  return saved.ok ? { kind: 'saved', stored: saved.value } : { kind: 'refused', errors: saved.errors }
}

/**
 * One move of the life cycle (submit, approve, return, activate, start or close a review), saved if it is allowed. A
 * write: call it inside `withAudit`, with the repositories it gives.
 */
export async function movePlan(
  context: AppContext,
  repos: Repositories,
  viewer: Viewer,
  reader: PlanReader,
  stored: StoredSupportPlan,
  action: TransitionAction,
  options: {
    now: Date
    expectedVersion: number
    reason?: string
    plan?: Plan
    review?: { reviewDate: string; reason?: string }
  },
): Promise<Result<StoredSupportPlan>> {
  const record = toRecord(stored)
  const after = transition(record, action, {
    actor: actorFor(viewer, reader.relationship),
    now: options.now.toISOString(),
    expectedVersion: options.expectedVersion,
    frameworks: planFrameworks(context),
    ...(options.reason === undefined ? {} : { reason: options.reason }),
    ...(options.plan === undefined ? {} : { plan: options.plan }),
    ...(options.review === undefined ? {} : { review: options.review }),
  })
  const saved = await persist(context, repos, stored, after, { openReview: action === 'start-review' })
  // The person (and whoever acts for them) hears the council's decision in the same transaction (issue 15).
  const notice = action === 'approve' ? 'plan-approved' : action === 'return' ? 'plan-returned' : undefined
  return notice ? thenTell(context, repos, stored.personId, notice, options.now)(saved) : saved
}

/** Package issue paths ("plan.supports.2.unitCostPence") as the form field a person can fix. */
export function fieldFor(path: string, fallback: string): string {
  const last =
    path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .at(-1) ?? ''
  const fields: Record<string, string> = {
    outcomeId: 'outcome',
    unitCostPence: 'cost',
    description: 'description',
    providerType: 'providerType',
    count: 'count',
    per: 'per',
    words: 'words',
    linkedItems: 'links',
    frameworkId: 'links',
    itemId: 'links',
    weeklyPence: 'how',
    assessedContributionWeeklyPence: 'how',
    contingencyPlan: 'contingencyPlan',
    reviewDate: 'reviewDay',
  }
  return fields[last] ?? fallback
}
