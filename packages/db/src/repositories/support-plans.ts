import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm'
import {
  CreateSupportPlanSchema,
  NewOutcomeRatingSchema,
  SaveSupportPlanChangesSchema,
  type CreateSupportPlan,
  type NewOutcomeRating,
  type OutcomeRatingRow,
  type SaveSupportPlanChanges,
  type StoredSupportPlan,
  type SupportPlanReview,
  type SupportPlanRow,
  type SupportPlanStatusValue,
  type SupportPlanTransitionRow,
  type SupportPlanVersionRow,
} from '../records/support-planning.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { people, users } from '../schema.js'
import {
  outcomeRatings,
  supportPlanReviews,
  supportPlans,
  supportPlanTransitions,
  supportPlanVersions,
} from '../schema/support-planning.js'
import type { SqliteDb } from '../sqlite-db.js'
import { clampListLimit } from './list-limit.js'

export const planInProgressMessage = 'This person already has a support plan in progress; carry on with that one'
export const noSuchPlanMessage = 'No support plan has this id'

export interface SupportPlansRepository {
  /**
   * Starts a plan with its first version and its creation in the history. Refused when the person already has a plan
   * that has not ended (the refusal names it, so the caller can resume it).
   */
  create(input: CreateSupportPlan): Promise<Result<StoredSupportPlan>>
  findById(id: string): Promise<StoredSupportPlan | undefined>
  /** The person's plan that has not ended, if there is one. */
  findOpenForPerson(personId: string): Promise<StoredSupportPlan | undefined>
  /** Plans in these states, most recently changed first (default 50, at most 1000), without their versions. */
  listByStatus(statuses: readonly SupportPlanStatusValue[], options?: { limit?: number }): Promise<SupportPlanRow[]>
  /**
   * Saves the moves made to a plan since `expectedRecordVersion`, all or nothing. The check that nobody else moved
   * the plan meanwhile and the change are one conditional update inside one write transaction, so of two people
   * approving the same version at once exactly one wins; the other is told who changed it, when, and to what.
   */
  saveChanges(input: SaveSupportPlanChanges): Promise<Result<StoredSupportPlan & { openedReview?: SupportPlanReview }>>
  listReviews(planId: string): Promise<SupportPlanReview[]>
  /** Records ratings, all or nothing. Ratings are never changed: rating again adds a row, and the latest counts. */
  recordRatings(ratings: readonly NewOutcomeRating[], now: Date): Promise<Result<OutcomeRatingRow[]>>
  /** Every rating on the plan, oldest first. */
  listRatings(planId: string): Promise<OutcomeRatingRow[]>
}

const statusWords: Record<SupportPlanStatusValue, string> = {
  draft: 'a draft',
  submitted: 'submitted',
  approved: 'approved',
  returned: 'returned',
  active: 'active',
  'under-review': 'under review',
  revised: 'revised',
  ended: 'ended',
}

export function createSupportPlansRepository(db: SqliteDb): SupportPlansRepository {
  const planRow = (id: string) => db.select().from(supportPlans).where(eq(supportPlans.id, id)).get()

  const withHistory = (row: SupportPlanRow): StoredSupportPlan => ({
    ...row,
    versions: db
      .select()
      .from(supportPlanVersions)
      .where(eq(supportPlanVersions.planId, row.id))
      .orderBy(asc(supportPlanVersions.version))
      .all() as SupportPlanVersionRow[],
    transitions: db
      .select()
      .from(supportPlanTransitions)
      .where(eq(supportPlanTransitions.planId, row.id))
      .orderBy(asc(supportPlanTransitions.recordVersion))
      .all() as SupportPlanTransitionRow[],
  })

  const openRow = (personId: string) =>
    db
      .select()
      .from(supportPlans)
      .where(and(eq(supportPlans.personId, personId), ne(supportPlans.status, 'ended')))
      .get()

  const userExists = (id: string) => db.select({ id: users.id }).from(users).where(eq(users.id, id)).get() !== undefined

  // Why a save found the plan moved on: who moved it last, when, and where it stands now.
  const staleMessage = (planId: string, expected: number): Result<never> => {
    const row = planRow(planId)
    if (!row) return fail({ path: 'planId', message: noSuchPlanMessage })
    const last = db
      .select({ at: supportPlanTransitions.at, by: users.displayName, action: supportPlanTransitions.action })
      .from(supportPlanTransitions)
      .innerJoin(users, eq(users.id, supportPlanTransitions.byUserId))
      .where(eq(supportPlanTransitions.planId, planId))
      .orderBy(desc(supportPlanTransitions.recordVersion))
      .get()
    const who = last ? `${last.by} at ${last.at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'someone else'
    return fail({
      path: 'expectedRecordVersion',
      message: `This plan has already been changed by ${who} and is now ${statusWords[row.status]}; nothing you sent was saved over it. Reload the plan to see where it stands. (You were changing version ${expected}; it is now version ${row.recordVersion}.)`,
    })
  }

  return {
    async create(input) {
      const parsed = parse(CreateSupportPlanSchema, input)
      if (!parsed.ok) return parsed
      const { personId, firstVersion, created } = parsed.value
      if (!db.select({ id: people.id }).from(people).where(eq(people.id, personId)).get())
        return fail({ path: 'personId', message: 'No person has this id' })
      for (const userId of [firstVersion.createdByUserId, created.byUserId]) {
        if (!userExists(userId)) return fail({ path: 'userId', message: 'No account has this id' })
      }
      if (
        firstVersion.version !== 1 ||
        created.recordVersion !== 1 ||
        created.action !== 'create' ||
        created.fromStatus !== null
      ) {
        return fail({ path: 'firstVersion', message: 'A new plan starts at version 1, created from nothing' })
      }
      const id = parsed.value.id ?? randomUUID()
      const inserted = db.transaction(
        (tx) => {
          const plan = tx
            .insert(supportPlans)
            .values({
              id,
              personId,
              status: created.toStatus,
              recordVersion: 1,
              currentVersion: 1,
              approvedVersion: null,
              inForceVersion: null,
              createdByUserId: created.byUserId,
              createdAt: created.at,
              updatedAt: created.at,
            })
            .onConflictDoNothing()
            .returning()
            .get()
          if (!plan) return undefined
          tx.insert(supportPlanVersions)
            .values({ ...firstVersion, planId: id })
            .run()
          tx.insert(supportPlanTransitions)
            .values({ ...created, planId: id })
            .run()
          return plan
        },
        { behavior: 'immediate' },
      )
      if (!inserted) {
        const existing = openRow(personId)
        return {
          ok: false,
          errors: [{ path: 'personId', message: planInProgressMessage + (existing ? ` (plan ${existing.id})` : '') }],
        }
      }
      return ok(withHistory(inserted))
    },

    async findById(id) {
      const row = planRow(id)
      return row && withHistory(row)
    },

    async findOpenForPerson(personId) {
      const row = openRow(personId)
      return row && withHistory(row)
    },

    async listByStatus(statuses, options = {}) {
      if (statuses.length === 0) return []
      return db
        .select()
        .from(supportPlans)
        .where(inArray(supportPlans.status, [...statuses]))
        .orderBy(desc(supportPlans.updatedAt), desc(supportPlans.id))
        .limit(clampListLimit(options.limit))
        .all()
    },

    async saveChanges(input) {
      const parsed = parse(SaveSupportPlanChangesSchema, input)
      if (!parsed.ok) return parsed
      const change = parsed.value
      const last = change.transitions.at(-1)
      const consecutive = change.transitions.every(
        (entry, index) => entry.recordVersion === change.expectedRecordVersion + 1 + index,
      )
      if (!last || !consecutive)
        return fail({
          path: 'transitions',
          message: 'Each move must follow the version it was made against, one at a time',
        })
      for (const userId of new Set([
        ...change.transitions.map((t) => t.byUserId),
        ...change.versions.map((v) => v.createdByUserId),
      ])) {
        if (!userExists(userId)) return fail({ path: 'userId', message: 'No account has this id' })
      }
      const outcome = db.transaction(
        (tx) => {
          // The conditional update is the lock: it matches only if the plan is still at the version the change was
          // made against. Under BEGIN IMMEDIATE no other writer can slip in between it and the inserts.
          const updated = tx
            .update(supportPlans)
            .set({
              status: change.status,
              recordVersion: last.recordVersion,
              currentVersion: change.currentVersion,
              approvedVersion: change.approvedVersion,
              inForceVersion: change.inForceVersion,
              updatedAt: last.at,
            })
            .where(
              and(eq(supportPlans.id, change.planId), eq(supportPlans.recordVersion, change.expectedRecordVersion)),
            )
            .returning()
            .get()
          if (!updated) return undefined
          for (const version of change.versions)
            tx.insert(supportPlanVersions)
              .values({ ...version, planId: change.planId })
              .run()
          for (const entry of change.transitions)
            tx.insert(supportPlanTransitions)
              .values({ ...entry, planId: change.planId })
              .run()
          let openedReview: SupportPlanReview | undefined
          if (change.openReview) {
            openedReview = tx
              .insert(supportPlanReviews)
              .values({
                id: randomUUID(),
                planId: change.planId,
                planVersion: change.openReview.planVersion,
                openedByUserId: last.byUserId,
                openedAt: last.at,
              })
              .returning()
              .get()
          }
          return { updated, openedReview }
        },
        { behavior: 'immediate' },
      )
      if (!outcome) return staleMessage(change.planId, change.expectedRecordVersion)
      const stored = withHistory(outcome.updated)
      return ok(outcome.openedReview ? { ...stored, openedReview: outcome.openedReview } : stored)
    },

    async listReviews(planId) {
      return db
        .select()
        .from(supportPlanReviews)
        .where(eq(supportPlanReviews.planId, planId))
        .orderBy(asc(supportPlanReviews.openedAt))
        .all()
    },

    async recordRatings(ratings, now) {
      const parsed = ratings.map((rating, index) => {
        const result = parse(NewOutcomeRatingSchema, rating)
        return result.ok
          ? result
          : { ok: false as const, errors: result.errors.map((issue) => ({ ...issue, path: `${index}.${issue.path}` })) }
      })
      const errors = parsed.flatMap((result) => (result.ok ? [] : result.errors))
      if (errors.length > 0) return { ok: false, errors }
      const valid = parsed.flatMap((result) => (result.ok ? [result.value] : []))
      for (const rating of valid) {
        if (!planRow(rating.planId)) return fail({ path: 'planId', message: noSuchPlanMessage })
        if (!userExists(rating.ratedByUserId)) return fail({ path: 'ratedByUserId', message: 'No account has this id' })
        if (rating.reviewId !== null) {
          const review = db.select().from(supportPlanReviews).where(eq(supportPlanReviews.id, rating.reviewId)).get()
          if (!review || review.planId !== rating.planId)
            return fail({ path: 'reviewId', message: 'No review of this plan has this id' })
        }
      }
      const rows = db.transaction((tx) =>
        valid.map((rating) =>
          tx
            .insert(outcomeRatings)
            .values({ ...rating, id: randomUUID(), ratedAt: now })
            .returning()
            .get(),
        ),
      )
      return ok(rows as OutcomeRatingRow[])
    },

    async listRatings(planId) {
      return db
        .select()
        .from(outcomeRatings)
        .where(eq(outcomeRatings.planId, planId))
        .orderBy(asc(outcomeRatings.ratedAt), asc(sql`${outcomeRatings}.rowid`))
        .all() as OutcomeRatingRow[]
    },
  }
}
