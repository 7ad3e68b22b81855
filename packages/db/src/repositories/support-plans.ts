import { randomUUID } from 'node:crypto'
import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm'
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
import { first, type Store } from '../store.js'
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
  /**
   * The review date of every plan the council has agreed and that has not ended, from the version agreed last, with
   * the person's name: what the due and overdue list orders (issue 18). Only reads; the order is the caller's rule.
   * With `caseloadOf`, only the plans of people on that practitioner's caseload (decision 058).
   */
  listReviewDates(options?: ReviewDatesOf): Promise<PlanReviewDate[]>
  /**
   * How many plans in force are due for review on or before `lastDay` (YYYY-MM-DD), overdue ones included: the count
   * beside "Due and overdue" in the staff navigation, in one query, the same plans `listReviewDates` gives.
   */
  countReviewsDueBy(lastDay: string, options?: ReviewDatesOf): Promise<number>
}

/** Whose reviews: every plan in force, or only those of the people on one practitioner's caseload. */
export type ReviewDatesOf = { caseloadOf?: string }

/** A plan's review date as the due and overdue list reads it. */
export type PlanReviewDate = { planId: string; personId: string; personName: string; reviewDate: string }

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

export function createSupportPlansRepository(store: Store): SupportPlansRepository {
  const { db, t, transaction } = store
  const {
    outcomeRatings,
    people,
    personAccess,
    supportPlanReviews,
    supportPlans,
    supportPlanTransitions,
    supportPlanVersions,
    users,
  } = t
  // A plan's version the council agreed last: where its review date is read.
  const agreedVersion = and(
    eq(supportPlanVersions.planId, supportPlans.id),
    eq(supportPlanVersions.version, supportPlans.approvedVersion),
  )
  // Only the people on one practitioner's caseload, when asked for (decision 058).
  const onCaseload = (options: ReviewDatesOf | undefined) =>
    options?.caseloadOf === undefined
      ? undefined
      : inArray(
          supportPlans.personId,
          db
            .select({ personId: personAccess.personId })
            .from(personAccess)
            .where(and(eq(personAccess.userId, options.caseloadOf), eq(personAccess.relationship, 'practitioner'))),
        )
  const planRow = async (id: string) => first(await db.select().from(supportPlans).where(eq(supportPlans.id, id)))

  const withHistory = async (row: SupportPlanRow): Promise<StoredSupportPlan> => ({
    ...row,
    versions: (await db
      .select()
      .from(supportPlanVersions)
      .where(eq(supportPlanVersions.planId, row.id))
      .orderBy(asc(supportPlanVersions.version))) as SupportPlanVersionRow[],
    transitions: (await db
      .select()
      .from(supportPlanTransitions)
      .where(eq(supportPlanTransitions.planId, row.id))
      .orderBy(asc(supportPlanTransitions.recordVersion))) as SupportPlanTransitionRow[],
  })

  const openRow = async (personId: string) =>
    first(
      await db
        .select()
        .from(supportPlans)
        .where(and(eq(supportPlans.personId, personId), ne(supportPlans.status, 'ended'))),
    )

  const userExists = async (id: string) =>
    first(await db.select({ id: users.id }).from(users).where(eq(users.id, id))) !== undefined

  // Why a save found the plan moved on: who moved it last, when, and where it stands now.
  const staleMessage = async (planId: string, expected: number): Promise<Result<never>> => {
    const row = await planRow(planId)
    if (!row) return fail({ path: 'planId', message: noSuchPlanMessage })
    const last = first(
      await db
        .select({ at: supportPlanTransitions.at, by: users.displayName, action: supportPlanTransitions.action })
        .from(supportPlanTransitions)
        .innerJoin(users, eq(users.id, supportPlanTransitions.byUserId))
        .where(eq(supportPlanTransitions.planId, planId))
        .orderBy(desc(supportPlanTransitions.recordVersion))
        .limit(1),
    )
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
      if (!first(await db.select({ id: people.id }).from(people).where(eq(people.id, personId))))
        return fail({ path: 'personId', message: 'No person has this id' })
      for (const userId of [firstVersion.createdByUserId, created.byUserId]) {
        if (!(await userExists(userId))) return fail({ path: 'userId', message: 'No account has this id' })
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
      const inserted = await transaction(async ({ db: tx }) => {
        // The unique index on the person's open plan decides between two tabs starting a plan at once.
        const plan = first(
          await tx
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
            .returning(),
        )
        if (!plan) return undefined
        await tx.insert(supportPlanVersions).values({ ...firstVersion, planId: id })
        await tx.insert(supportPlanTransitions).values({ ...created, planId: id })
        return plan
      })
      if (!inserted) {
        const existing = await openRow(personId)
        return {
          ok: false,
          errors: [{ path: 'personId', message: planInProgressMessage + (existing ? ` (plan ${existing.id})` : '') }],
        }
      }
      return ok(await withHistory(inserted))
    },

    async findById(id) {
      const row = await planRow(id)
      return row && withHistory(row)
    },

    async findOpenForPerson(personId) {
      const row = await openRow(personId)
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
        ...change.transitions.map((entry) => entry.byUserId),
        ...change.versions.map((version) => version.createdByUserId),
      ])) {
        if (!(await userExists(userId))) return fail({ path: 'userId', message: 'No account has this id' })
      }
      const outcome = await transaction(async ({ db: tx }) => {
        // The conditional update is the lock: it matches only if the plan is still at the version the change was
        // made against. On SQLite no other writer can slip in under BEGIN IMMEDIATE; on PostgreSQL a second approver
        // waits on this row's lock and, once the first commits, finds the version moved on and matches nothing.
        const updated = first(
          await tx
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
            .returning(),
        )
        if (!updated) return undefined
        for (const version of change.versions)
          await tx.insert(supportPlanVersions).values({ ...version, planId: change.planId })
        for (const entry of change.transitions)
          await tx.insert(supportPlanTransitions).values({ ...entry, planId: change.planId })
        const openedReview = change.openReview
          ? first(
              await tx
                .insert(supportPlanReviews)
                .values({
                  id: randomUUID(),
                  planId: change.planId,
                  planVersion: change.openReview.planVersion,
                  openedByUserId: last.byUserId,
                  openedAt: last.at,
                })
                .returning(),
            )
          : undefined
        return { updated, openedReview }
      })
      if (!outcome) return staleMessage(change.planId, change.expectedRecordVersion)
      const stored = await withHistory(outcome.updated)
      return ok(outcome.openedReview ? { ...stored, openedReview: outcome.openedReview } : stored)
    },

    async listReviews(planId) {
      return db
        .select()
        .from(supportPlanReviews)
        .where(eq(supportPlanReviews.planId, planId))
        .orderBy(asc(supportPlanReviews.openedAt))
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
        if (!(await planRow(rating.planId))) return fail({ path: 'planId', message: noSuchPlanMessage })
        if (!(await userExists(rating.ratedByUserId)))
          return fail({ path: 'ratedByUserId', message: 'No account has this id' })
        if (rating.reviewId !== null) {
          const review = first(
            await db.select().from(supportPlanReviews).where(eq(supportPlanReviews.id, rating.reviewId)),
          )
          if (!review || review.planId !== rating.planId)
            return fail({ path: 'reviewId', message: 'No review of this plan has this id' })
        }
      }
      if (valid.length === 0) return ok([])
      // One statement, so the ratings are stored all or nothing, in the order given (the rowid keeps that order).
      const rows = await db
        .insert(outcomeRatings)
        .values(valid.map((rating) => ({ ...rating, id: randomUUID(), ratedAt: now })))
        .returning()
      return ok(rows as OutcomeRatingRow[])
    },

    async listRatings(planId) {
      // Ratings are never removed, so the rowid only grows: it keeps two ratings made in the same millisecond in the
      // order they were recorded. On PostgreSQL it is an identity column (migrations-pg/0005).
      return (await db
        .select()
        .from(outcomeRatings)
        .where(eq(outcomeRatings.planId, planId))
        .orderBy(asc(outcomeRatings.ratedAt), asc(sql`${outcomeRatings}.rowid`))) as OutcomeRatingRow[]
    },

    async countReviewsDueBy(lastDay, options) {
      // The date is read inside the stored plan: json_extract on SQLite, ->> on PostgreSQL's json column.
      const reviewDate =
        store.engine === 'postgresql'
          ? sql`(${supportPlanVersions.plan} ->> 'reviewDate')`
          : sql`json_extract(${supportPlanVersions.plan}, '$.reviewDate')`
      const row = first(
        await db
          .select({ n: count() })
          .from(supportPlans)
          .innerJoin(supportPlanVersions, agreedVersion)
          .innerJoin(people, eq(people.id, supportPlans.personId))
          .where(and(ne(supportPlans.status, 'ended'), sql`${reviewDate} <= ${lastDay}`, onCaseload(options))),
      )
      return Number(row?.n ?? 0)
    },

    async listReviewDates(options) {
      const rows = await db
        .select({
          planId: supportPlans.id,
          personId: supportPlans.personId,
          personName: people.displayName,
          plan: supportPlanVersions.plan,
        })
        .from(supportPlans)
        .innerJoin(supportPlanVersions, agreedVersion)
        .innerJoin(people, eq(people.id, supportPlans.personId))
        .where(and(ne(supportPlans.status, 'ended'), onCaseload(options)))
      // The stored plan was validated by the support-planning package when it was recorded; only its date is read.
      return rows.flatMap(({ plan, ...row }) => {
        const reviewDate = (plan as { reviewDate?: unknown }).reviewDate
        return typeof reviewDate === 'string' ? [{ ...row, reviewDate }] : []
      })
    },
  }
}
