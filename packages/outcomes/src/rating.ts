import { z } from 'zod'
import { OutcomeIdSchema } from './personal-outcome.js'
import type { Result } from '@open-sds/kernel'
import { parse } from '@open-sds/kernel'

/** The three-point scale: fully achieved, partly achieved, not achieved. */
export const AttainmentSchema = z.enum(['fully', 'partly', 'not-achieved'])
export type Attainment = z.infer<typeof AttainmentSchema>
export const attainmentLevels: readonly Attainment[] = AttainmentSchema.options

/** Listed in the order views are shown: the person's own view always comes first. */
export const RaterSchema = z.enum(['person', 'representative', 'practitioner', 'provider'])
export type Rater = z.infer<typeof RaterSchema>

export const OccasionSchema = z.enum(['baseline', 'review'])
export type Occasion = z.infer<typeof OccasionSchema>

export const RatingSchema = z.object({
  outcomeId: OutcomeIdSchema,
  occasion: OccasionSchema,
  date: z.iso.date(),
  attainment: AttainmentSchema,
  ratedBy: RaterSchema,
  comment: z.string().max(2000, { error: 'Keep the comment to 2,000 characters or fewer' }).optional(),
})
export type Rating = z.infer<typeof RatingSchema>

const labels = {
  outcomeId: 'Outcome',
  occasion: 'Baseline or review',
  date: 'Date of the rating',
  attainment: 'Rating',
  ratedBy: 'Who rated it',
  comment: 'Comment',
}

export function validateRating(input: unknown): Result<Rating> {
  return parse(RatingSchema, input, { labels })
}

const raterRank = new Map(RaterSchema.options.map((rater, index) => [rater, index]))
const occasionRank = new Map(OccasionSchema.options.map((occasion, index) => [occasion, index]))

function compareRatings(a: Rating, b: Rating): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  const byOccasion = (occasionRank.get(a.occasion) ?? 0) - (occasionRank.get(b.occasion) ?? 0)
  if (byOccasion !== 0) return byOccasion
  return (raterRank.get(a.ratedBy) ?? 0) - (raterRank.get(b.ratedBy) ?? 0)
}

/**
 * Oldest occasion first (the baseline, then each review); within an occasion the person's own view first,
 * then their representative's, the practitioner's and the provider's. Ratings that tie keep their given order.
 */
export function orderRatings(ratings: readonly Rating[]): Rating[] {
  return [...ratings].sort(compareRatings)
}

/**
 * The rating that speaks for an outcome now: from the latest occasion, and the person's own view if they gave one.
 * This is the rating to publish or to feed into attainment tables.
 */
export function headlineRating(ratings: readonly Rating[]): Rating | undefined {
  const ordered = orderRatings(ratings)
  const latest = ordered.at(-1)
  if (latest === undefined) return undefined
  return ordered.find((rating) => rating.date === latest.date && rating.occasion === latest.occasion)
}
