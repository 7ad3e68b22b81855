import type { OutcomeRatingRow, Repositories, StoredSupportPlan, SupportPlanReview } from '@open-sds/db'
import type { Attainment, Rater } from '@open-sds/outcomes'
import { AttainmentSchema, RaterSchema } from '@open-sds/outcomes'
import type { Plan } from '@open-sds/support-planning'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import type { FieldError } from '../../.server/forms.js'
import { frameworkItemKey } from './plan-forms.server.js'

export const attainmentLabels: Record<Attainment, string> = {
  fully: 'Fully achieved',
  partly: 'Partly achieved',
  'not-achieved': 'Not achieved',
}
const raterLabels: Record<Rater, string> = {
  person: 'The person',
  representative: 'Their representative',
  practitioner: 'Practitioner',
  provider: 'Provider',
}

/** The review the plan is in now, if it is under review. */
export async function openReview(
  context: AppContext,
  stored: StoredSupportPlan,
): Promise<SupportPlanReview | undefined> {
  if (stored.status !== 'under-review') return undefined
  return (await context.database.repos.supportPlans.listReviews(stored.id)).at(-1)
}

/**
 * When the person rates their outcomes: at a review while one is open, or else once, at the start, for an agreed
 * plan in force (the baseline every later review is compared with). The baseline belongs to the plan, not to one
 * version: an outcome rated at the start keeps that rating through changes within flexibility and revisions, so only
 * outcomes added since are asked about (`outcomes`).
 */
export type RatingOccasion =
  | { kind: 'review'; review: SupportPlanReview; planVersion: number }
  | { kind: 'baseline'; planVersion: number; outcomes: Plan['outcomes'] }

/** The plan's outcomes with no starting point recorded yet, by any rater, on any version of the plan. */
export function outcomesWithoutBaseline(plan: Plan, rows: readonly OutcomeRatingRow[]): Plan['outcomes'] {
  const rated = new Set(rows.filter((row) => row.occasion === 'baseline').map((row) => row.outcomeId))
  return plan.outcomes.filter((outcome) => !rated.has(outcome.id))
}

export async function ratingOccasion(
  context: AppContext,
  stored: StoredSupportPlan,
  plan: Plan,
): Promise<RatingOccasion | undefined> {
  const review = await openReview(context, stored)
  if (review) return { kind: 'review', review, planVersion: review.planVersion }
  if (stored.status !== 'active' || stored.inForceVersion === null) return undefined
  const outcomes = outcomesWithoutBaseline(plan, await context.database.repos.supportPlans.listRatings(stored.id))
  return outcomes.length > 0 ? { kind: 'baseline', planVersion: stored.inForceVersion, outcomes } : undefined
}

/** The review's id for its ratings; baseline ratings belong to no review. */
export const occasionReviewId = (occasion: RatingOccasion | undefined): string | null =>
  occasion?.kind === 'review' ? occasion.review.id : null

const field = (outcomeId: string) => `rating-${outcomeId}`

export type RatingsForm = { values: Record<string, string> }

/** Reads one rating and comment per outcome; every outcome must be rated, each named in its message. */
export function readRatings(
  plan: Plan,
  form: FormData,
):
  | { ok: true; ratings: { outcomeId: string; attainment: Attainment; comment: string | null }[] }
  | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const ratings = plan.outcomes.flatMap((outcome) => {
    const attainment = AttainmentSchema.safeParse(form.get(field(outcome.id)))
    const comment = String(form.get(`comment-${outcome.id}`) ?? '').trim()
    if (!attainment.success) {
      errors.push({
        field: field(outcome.id),
        message: `Select how well “${outcome.words}” has been met: fully, partly or not achieved`,
      })
      return []
    }
    if (comment.length > 2000) {
      errors.push({
        field: `comment-${outcome.id}`,
        message: `Keep the comment on “${outcome.words}” to 2,000 characters or fewer`,
      })
      return []
    }
    return [{ outcomeId: outcome.id, attainment: attainment.data, comment: comment === '' ? null : comment }]
  })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, ratings }
}

/** Stores one rater's ratings. A write: call it inside `withAudit`, with the repositories it gives. */
export async function saveRatings(
  repos: Repositories,
  viewer: Viewer,
  stored: StoredSupportPlan,
  occasion: RatingOccasion,
  plan: Plan,
  raterRole: Rater,
  ratings: { outcomeId: string; attainment: Attainment; comment: string | null }[],
  now: Date,
) {
  return repos.supportPlans.recordRatings(
    ratings.map((rating) => {
      const outcome = plan.outcomes.find((candidate) => candidate.id === rating.outcomeId)
      return {
        planId: stored.id,
        planVersion: occasion.planVersion,
        reviewId: occasionReviewId(occasion),
        occasion: occasion.kind,
        outcomeId: rating.outcomeId,
        outcomeWords: outcome?.words ?? rating.outcomeId,
        frameworkItems: (outcome?.linkedItems ?? []).map((ref) => frameworkItemKey(ref.frameworkId, ref.itemId)),
        attainment: rating.attainment,
        raterRole,
        ratedByUserId: viewer.id,
        comment: rating.comment,
      }
    }),
    now,
  )
}

/** The latest rating from each rater among these rows, the person's own view first. */
function latestByRater(rows: readonly OutcomeRatingRow[]) {
  const rank = (role: string) => RaterSchema.options.indexOf(role as Rater)
  const latest = new Map<string, OutcomeRatingRow>()
  for (const row of rows) latest.set(row.raterRole, row)
  return [...latest.values()]
    .sort((a, b) => rank(a.raterRole) - rank(b.raterRole))
    .map((row) => ({
      rater: raterLabels[row.raterRole],
      raterRole: row.raterRole,
      attainment: attainmentLabels[row.attainment],
      value: row.attainment,
      comment: row.comment,
    }))
}

/**
 * For each outcome, the latest rating from each rater in this review (null: at baseline), the person's own view
 * first, and beside them where the outcome stood at the start (its baseline, from whichever version it was rated on).
 */
export function ratingsByOutcome(
  outcomes: Plan['outcomes'],
  rows: readonly OutcomeRatingRow[],
  reviewId: string | null,
) {
  return outcomes.map((outcome) => {
    const forOutcome = rows.filter((row) => row.outcomeId === outcome.id)
    return {
      id: outcome.id,
      words: outcome.words,
      ratings: latestByRater(forOutcome.filter((row) => row.reviewId === reviewId)),
      baseline: latestByRater(forOutcome.filter((row) => row.occasion === 'baseline')),
    }
  })
}
