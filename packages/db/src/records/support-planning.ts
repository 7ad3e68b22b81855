import { z } from 'zod'
import {
  outcomeAttainments,
  outcomeRaterRoles,
  outcomeRatingOccasions,
  supportPlanActions,
  supportPlanActorRoles,
  supportPlanStatuses,
  supportPlanVersionChanges,
} from '../schema/support-planning.js'

// What the support-plans repository accepts and returns. The plan document itself is the caller's: the portal checks
// it with @open-sds/support-planning before storing it, and reads it back through the same schema.

const text = (what: string, max = 200) =>
  z
    .string({ error: `${what} is missing` })
    .trim()
    .min(1, { error: `${what} is missing` })
    .max(max, { error: `${what} must be ${max} characters or fewer` })

const pence = (what: string) =>
  z
    .number({ error: `${what} must be a whole number of pence` })
    .int({ error: `${what} must be a whole number of pence` })
    .min(0, { error: `${what} must be 0 or more, in pence` })
    .max(Number.MAX_SAFE_INTEGER, { error: `${what} is too large` })

const positive = (what: string) =>
  z
    .number({ error: `${what} must be a whole number` })
    .int({ error: `${what} must be a whole number` })
    .min(1, { error: `${what} must be 1 or more` })

const storableJson = z.unknown().refine(
  (value) => {
    if (value === null || typeof value !== 'object') return false
    try {
      return JSON.stringify(value) !== undefined
    } catch {
      return false
    }
  },
  { error: 'The plan must be a JSON object' },
)

export const SupportPlanStatusSchema = z.enum(supportPlanStatuses, {
  error: `Plan status must be one of: ${supportPlanStatuses.join(', ')}`,
})
export type SupportPlanStatusValue = z.infer<typeof SupportPlanStatusSchema>
const ActorRoleSchema = z.enum(supportPlanActorRoles, {
  error: `Role must be one of: ${supportPlanActorRoles.join(', ')}`,
})

export const NewSupportPlanVersionSchema = z
  .object({
    version: positive('Plan version'),
    status: SupportPlanStatusSchema,
    change: z.enum(supportPlanVersionChanges, {
      error: `Change must be one of: ${supportPlanVersionChanges.join(', ')}`,
    }),
    plan: storableJson,
    weeklyCostPence: pence('Weekly cost'),
    oneOffCostPence: pence('One-off cost'),
    budgetWeeklyPence: pence('Weekly personal budget'),
    directPaymentWeeklyPence: pence('Direct payment'),
    managedAccountWeeklyPence: pence('Managed account'),
    individualServiceFundWeeklyPence: pence('Individual service fund'),
    createdByUserId: text('User id of who recorded the version'),
    createdByRole: ActorRoleSchema,
    createdAt: z.date({ error: 'The version needs the time it was recorded' }),
  })
  .refine(
    (v) =>
      v.directPaymentWeeklyPence + v.managedAccountWeeklyPence + v.individualServiceFundWeeklyPence ===
      v.budgetWeeklyPence,
    {
      path: ['budgetWeeklyPence'],
      error:
        'The direct payment, managed account and individual service fund must add up to the weekly personal budget',
    },
  )
export type NewSupportPlanVersion = z.input<typeof NewSupportPlanVersionSchema>
export type SupportPlanVersionRow = z.output<typeof NewSupportPlanVersionSchema> & { planId: string }

export const NewSupportPlanTransitionSchema = z.object({
  recordVersion: positive('Record version'),
  action: z.enum(supportPlanActions, { error: `Action must be one of: ${supportPlanActions.join(', ')}` }),
  fromStatus: SupportPlanStatusSchema.nullable(),
  toStatus: SupportPlanStatusSchema,
  planVersion: positive('Plan version'),
  byUserId: text('User id of who made the change'),
  byRole: ActorRoleSchema,
  at: z.date({ error: 'The change needs the time it was made' }),
  reason: z.string().max(2000, { error: 'The reason must be 2,000 characters or fewer' }).nullable().default(null),
  changes: z.array(z.string().max(2000)).nullable().default(null),
  rulesVersion: z.string().max(200).nullable().default(null),
})
export type NewSupportPlanTransition = z.input<typeof NewSupportPlanTransitionSchema>
export type SupportPlanTransitionRow = z.output<typeof NewSupportPlanTransitionSchema> & { planId: string }

export const CreateSupportPlanSchema = z.object({
  id: z.uuid({ error: 'Plan id must be a UUID' }).optional(),
  personId: text('Person id'),
  firstVersion: NewSupportPlanVersionSchema,
  created: NewSupportPlanTransitionSchema,
})
export type CreateSupportPlan = z.input<typeof CreateSupportPlanSchema>

/**
 * The moves made to a plan since `expectedRecordVersion`, with any new versions, and where the plan stands after
 * them. Saved all or nothing, and only if nobody else moved the plan meanwhile.
 */
export const SaveSupportPlanChangesSchema = z.object({
  planId: text('Plan id'),
  expectedRecordVersion: positive('The plan version you were changing'),
  status: SupportPlanStatusSchema,
  currentVersion: positive('Current plan version'),
  approvedVersion: positive('Approved plan version').nullable(),
  inForceVersion: positive('Plan version in force').nullable(),
  versions: z.array(NewSupportPlanVersionSchema),
  transitions: z.array(NewSupportPlanTransitionSchema).min(1, { error: 'Say what changed' }),
  /** Open a review of this plan version in the same step (when the move starts a review). */
  openReview: z.object({ planVersion: positive('Plan version under review') }).optional(),
})
export type SaveSupportPlanChanges = z.input<typeof SaveSupportPlanChangesSchema>

export type SupportPlanRow = {
  id: string
  personId: string
  status: SupportPlanStatusValue
  recordVersion: number
  currentVersion: number
  approvedVersion: number | null
  inForceVersion: number | null
  createdByUserId: string
  createdAt: Date
  updatedAt: Date
}

/** A plan with every version and every move, oldest first. */
export type StoredSupportPlan = SupportPlanRow & {
  versions: SupportPlanVersionRow[]
  transitions: SupportPlanTransitionRow[]
}

export type SupportPlanReview = {
  id: string
  planId: string
  planVersion: number
  openedByUserId: string
  openedAt: Date
}

export const NewOutcomeRatingSchema = z
  .object({
    planId: text('Plan id'),
    planVersion: positive('Plan version'),
    reviewId: text('Review id').nullable(),
    occasion: z.enum(outcomeRatingOccasions, { error: 'Say whether this is a baseline or a review rating' }),
    outcomeId: text('Outcome'),
    outcomeWords: text('Outcome in the person’s words', 2000),
    /** "framework-id/item-id" for each framework outcome the personal outcome is linked to. */
    frameworkItems: z.array(text('Framework outcome')),
    attainment: z.enum(outcomeAttainments, { error: 'Select fully achieved, partly achieved or not achieved' }),
    raterRole: z.enum(outcomeRaterRoles, { error: `Who rated it must be one of: ${outcomeRaterRoles.join(', ')}` }),
    ratedByUserId: text('User id of who rated it'),
    comment: z
      .string()
      .trim()
      .max(2000, { error: 'The comment must be 2,000 characters or fewer' })
      .nullable()
      .default(null),
  })
  .refine((rating) => (rating.occasion === 'review') === (rating.reviewId !== null), {
    path: ['reviewId'],
    error: 'A review rating needs its review; a baseline rating has none',
  })
export type NewOutcomeRating = z.input<typeof NewOutcomeRatingSchema>
export type OutcomeRatingRow = z.output<typeof NewOutcomeRatingSchema> & { id: string; ratedAt: Date }
