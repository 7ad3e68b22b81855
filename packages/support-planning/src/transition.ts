import type { Framework } from '@open-sds/outcomes'
import { z } from 'zod'
import type { PlanAction } from './life-cycle.js'
import { actionsNeedingReason, councilActions, nextState, refusalMessage } from './life-cycle.js'
import type { Actor, Move, PlanRecord } from './plan-record.js'
import { applyMove, currentPlan, parseContext, staleVersionIssue } from './plan-record.js'
import type { Result } from '@open-sds/kernel'
import { fail, ok, parse } from '@open-sds/kernel'
import { submissionIssues } from './submission-readiness.js'
import { validatePlan } from './validate-plan.js'
import { chooseReviewDate, nextReviewDate, reviewedOn } from './review-date.js'

/** The moves `transition` makes; a change within flexibility goes through `applyFlexibleChange` instead. */
export const TransitionActionSchema = z.enum([
  'edit',
  'submit',
  'approve',
  'return',
  'activate',
  'start-review',
  'complete-review',
  'revise',
  'end',
])
export type TransitionAction = z.infer<typeof TransitionActionSchema>

export interface TransitionOptions {
  actor: Actor
  /** ISO timestamp of the change; the caller's clock, so this package reads none. */
  now: string
  /** The record version the person was looking at when they made the change. */
  expectedVersion: number
  /** Why: required to return or end a plan. */
  reason?: string
  /** The new plan: required to edit or revise. */
  plan?: unknown
  frameworks?: readonly Framework[]
  /**
   * When agreeing: the review date the practitioner sets (see chooseReviewDate), with the reason when it is later
   * than twelve months. Without it the plan's own review date stands.
   */
  review?: { reviewDate: string; reason?: string }
}

const reasonSchema = z.string().max(2000, { error: 'Keep the reason to 2,000 characters or fewer' }).optional()

/**
 * Moves a plan along its life cycle, or says plainly why it cannot. Checks in order: the change is well formed;
 * nobody changed the plan meanwhile; the life cycle allows the move; the actor may make it; a reason or plan is
 * given where needed; the plan is ready for submission. Never changes the record it is given.
 */
export function transition(
  record: PlanRecord,
  action: TransitionAction,
  options: TransitionOptions,
): Result<PlanRecord> {
  const parsedAction = parse(
    z.object({ action: TransitionActionSchema }),
    { action },
    { labels: { action: 'The action' } },
  )
  if (!parsedAction.ok) return parsedAction
  const context = parseContext({ actor: options.actor, now: options.now, expectedVersion: options.expectedVersion })
  if (!context.ok) return context
  const reason = parse(
    z.object({ reason: reasonSchema }),
    { reason: options.reason },
    { labels: { reason: 'The reason' } },
  )
  if (!reason.ok) return reason

  const stale = staleVersionIssue(record, context.value.expectedVersion)
  if (stale) return fail(stale)
  const to = nextState(record.state, action)
  if (to === undefined) {
    const doneBefore = record.history.some((entry) => entry.action === action)
    return fail({ path: 'action', message: refusalMessage(record.state, action, doneBefore) })
  }
  if (councilActions.has(action) && !['practitioner', 'manager'].includes(context.value.actor.role)) {
    return fail({
      path: 'actor.role',
      message: 'Only a practitioner or manager at the council can approve a plan or return it',
    })
  }
  const givenReason = reason.value.reason?.trim() ?? ''
  if (actionsNeedingReason.has(action) && givenReason === '') {
    return fail({ path: 'reason', message: reasonPrompt(action) })
  }

  const move: Move = { action, to, context: context.value, approve: action === 'approve' }
  if (action === 'complete-review') {
    // A review that keeps the plan moves its next review a year on: the plan is recorded again with only that date
    // changed, as a version the council has agreed, so later changes are weighed against it.
    // A reason for a later date belonged to the date it explained, so it does not carry over.
    const { reviewDateReason: _explainedEarlierDate, ...kept } = currentPlan(record)
    move.newPlan = {
      plan: { ...kept, reviewDate: nextReviewDate(reviewedOn(context.value.now)) },
      change: 'revised',
    }
    move.approve = true
  }
  if (action === 'approve' && options.review !== undefined) {
    const chosen = chooseReviewDate(reviewedOn(context.value.now), options.review)
    if (!chosen.ok) return chosen
    // A date other than the plan's own is recorded as a version with only the review date changed, the one agreed,
    // as a completed review does, so every version stays as it was written.
    const { reviewDateReason: _earlierReason, ...proposed } = currentPlan(record)
    const agreed = { ...proposed, ...chosen.value }
    const same =
      agreed.reviewDate === currentPlan(record).reviewDate &&
      agreed.reviewDateReason === currentPlan(record).reviewDateReason
    if (!same) move.newPlan = { plan: agreed, change: 'revised' }
  }
  if (givenReason !== '') move.reason = givenReason
  if (action === 'edit' || action === 'revise') {
    if (options.plan === undefined)
      return fail({ path: 'plan', message: `Give the ${action === 'edit' ? 'edited' : 'revised'} plan` })
    const plan = validatePlan(options.plan, {
      prefix: 'plan',
      ...(options.frameworks ? { frameworks: options.frameworks } : {}),
    })
    if (!plan.ok) return plan
    move.newPlan = { plan: plan.value, change: action === 'edit' ? 'edited' : 'revised' }
  }
  if (action === 'submit') {
    const issues = submissionIssues(currentPlan(record))
    if (issues.length > 0) return fail(...issues)
  }
  return ok(applyMove(record, move))
}

function reasonPrompt(action: PlanAction): string {
  return action === 'return'
    ? 'Say why the plan is being returned, so the person knows what to change'
    : 'Say why the plan is ending'
}
