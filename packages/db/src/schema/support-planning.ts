/*
 * Support plans: how a person will use their personal budget (see @open-sds/support-planning). For a reader counting
 * from these tables with plain SQL:
 *
 * - `support_plans`: one row per plan, one plan per person at a time (until it ends). `status` is where the plan is
 *   now in its life cycle (draft, submitted, approved, returned, active, under-review, revised, ended).
 *   `in_force_version` is the plan version the money is being spent on now (null until first approved): join it to
 *   `support_plan_versions` for the person's current personal budget and how it is paid. `record_version` counts the
 *   moves made (rows in `support_plan_transitions`) and is how two people changing a plan at once are told apart.
 * - `support_plan_versions`: every version of the plan document, never changed or removed. `plan` is the JSON plan,
 *   checked against the support-planning package's PlanSchema before it is stored; the pence columns are copied
 *   out of it so nobody needs to read the JSON to count: the plan's weekly cost, and the weekly personal budget split
 *   into direct payment, managed account (council-held) and individual service fund (provider-held). Someone has a
 *   direct payment "in part or whole" when `direct_payment_weekly_pence > 0` on their in-force version.
 * - `support_plan_transitions`: append-only history, one row per move, with who, when, from and to, and the reason.
 *   Submission is `to_status = 'submitted'` and budget authorisation is `to_status = 'approved'`: the days between
 *   a submission and the next approval of the same plan are the time from plan completion to authorisation.
 * - `support_plan_reviews`: one row per review opened on an active plan.
 * - `outcome_ratings`: append-only ratings of each personal outcome (fully, partly, not-achieved), at baseline (no
 *   review) or at a review, by the person, a representative, a practitioner or a provider. `framework_items` is a
 *   JSON array of "framework-id/item-id" strings, for attainment by framework item. Within one review and rater the
 *   latest row counts; the person's own rating comes first when more than one rater rated an outcome.
 *
 * Times are integer milliseconds since the Unix epoch (UTC), as in the rest of the schema.
 */
import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { people, users } from '../schema.js'

export const supportPlanStatuses = [
  'draft',
  'submitted',
  'approved',
  'returned',
  'active',
  'under-review',
  'revised',
  'ended',
] as const
export type SupportPlanStatus = (typeof supportPlanStatuses)[number]

export const supportPlanActions = [
  'create',
  'edit',
  'submit',
  'approve',
  'return',
  'activate',
  'flexible-change',
  'start-review',
  'complete-review',
  'revise',
  'end',
] as const
export type SupportPlanAction = (typeof supportPlanActions)[number]

export const supportPlanVersionChanges = ['created', 'edited', 'revised', 'flexible-change'] as const
export const supportPlanActorRoles = [
  'person',
  'representative',
  'family-or-friend',
  'planner',
  'practitioner',
  'manager',
  'provider',
] as const
export const outcomeAttainments = ['fully', 'partly', 'not-achieved'] as const
export const outcomeRaterRoles = ['person', 'representative', 'practitioner', 'provider'] as const
export const outcomeRatingOccasions = ['baseline', 'review'] as const

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))
const wholePence = (column: unknown) => sql`typeof(${column}) = 'integer' and ${column} >= 0`

export const supportPlans = sqliteTable(
  'support_plans',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    status: text('status', { enum: supportPlanStatuses }).notNull(),
    recordVersion: integer('record_version').notNull(),
    currentVersion: integer('current_version').notNull(),
    approvedVersion: integer('approved_version'),
    inForceVersion: integer('in_force_version'),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('support_plans_status_updated_at').on(table.status, table.updatedAt),
    // Starting a plan twice (two tabs) resumes the one in progress rather than making a second.
    uniqueIndex('support_plans_one_open_per_person')
      .on(table.personId)
      .where(sql`${table.status} <> 'ended'`),
    check('support_plans_status_known', sql`${table.status} in (${oneOf(supportPlanStatuses)})`),
    check(
      'support_plans_record_version_positive',
      sql`typeof(${table.recordVersion}) = 'integer' and ${table.recordVersion} >= 1`,
    ),
    check(
      'support_plans_current_version_positive',
      sql`typeof(${table.currentVersion}) = 'integer' and ${table.currentVersion} >= 1`,
    ),
  ],
)

export const supportPlanVersions = sqliteTable(
  'support_plan_versions',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => supportPlans.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    // Where the plan stood when this version was recorded: draft, revised, or active for a change within flexibility.
    status: text('status', { enum: supportPlanStatuses }).notNull(),
    change: text('change', { enum: supportPlanVersionChanges }).notNull(),
    plan: text('plan', { mode: 'json' }).$type<unknown>().notNull(),
    weeklyCostPence: integer('weekly_cost_pence').notNull(),
    oneOffCostPence: integer('one_off_cost_pence').notNull(),
    budgetWeeklyPence: integer('budget_weekly_pence').notNull(),
    directPaymentWeeklyPence: integer('direct_payment_weekly_pence').notNull(),
    managedAccountWeeklyPence: integer('managed_account_weekly_pence').notNull(),
    individualServiceFundWeeklyPence: integer('individual_service_fund_weekly_pence').notNull(),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdByRole: text('created_by_role', { enum: supportPlanActorRoles }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.planId, table.version] }),
    check('support_plan_versions_status_known', sql`${table.status} in (${oneOf(supportPlanStatuses)})`),
    check('support_plan_versions_change_known', sql`${table.change} in (${oneOf(supportPlanVersionChanges)})`),
    check('support_plan_versions_role_known', sql`${table.createdByRole} in (${oneOf(supportPlanActorRoles)})`),
    check('support_plan_versions_plan_json', sql`json_valid(${table.plan})`),
    check('support_plan_versions_weekly_cost_whole', wholePence(table.weeklyCostPence)),
    check('support_plan_versions_one_off_cost_whole', wholePence(table.oneOffCostPence)),
    check('support_plan_versions_budget_whole', wholePence(table.budgetWeeklyPence)),
    check('support_plan_versions_direct_payment_whole', wholePence(table.directPaymentWeeklyPence)),
    check('support_plan_versions_managed_account_whole', wholePence(table.managedAccountWeeklyPence)),
    check('support_plan_versions_isf_whole', wholePence(table.individualServiceFundWeeklyPence)),
    check(
      'support_plan_versions_split_adds_up',
      sql`${table.directPaymentWeeklyPence} + ${table.managedAccountWeeklyPence} + ${table.individualServiceFundWeeklyPence} = ${table.budgetWeeklyPence}`,
    ),
  ],
)

export const supportPlanTransitions = sqliteTable(
  'support_plan_transitions',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => supportPlans.id, { onDelete: 'restrict' }),
    // The plan's record_version after this move: 1 for its creation, then one up with every move.
    recordVersion: integer('record_version').notNull(),
    action: text('action', { enum: supportPlanActions }).notNull(),
    fromStatus: text('from_status', { enum: supportPlanStatuses }),
    toStatus: text('to_status', { enum: supportPlanStatuses }).notNull(),
    // The plan version in force after this move.
    planVersion: integer('plan_version').notNull(),
    byUserId: text('by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    byRole: text('by_role', { enum: supportPlanActorRoles }).notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    reason: text('reason'),
    // For a change within flexibility: what changed, in words, and the version of the rule that allowed it.
    changes: text('changes', { mode: 'json' }).$type<string[]>(),
    rulesVersion: text('rules_version'),
  },
  (table) => [
    primaryKey({ columns: [table.planId, table.recordVersion] }),
    index('support_plan_transitions_to_status_at').on(table.toStatus, table.at),
    // A plan's last move of one kind (its last authorisation, whether it ended) by a date, for the counts of every
    // plan (long-term support, the Client Level Data services): read from the index alone, on both engines.
    index('support_plan_transitions_plan_id_to_status').on(
      table.planId,
      table.toStatus,
      table.recordVersion,
      table.at,
      table.planVersion,
    ),
    // The move that closed a review (the Client Level Data export looks it up for every review): read from the few
    // closing moves of the plan rather than its whole history.
    index('support_plan_transitions_review_closings')
      .on(table.planId, table.recordVersion, table.at)
      .where(sql`${table.action} in ('complete-review', 'revise')`),
    check('support_plan_transitions_action_known', sql`${table.action} in (${oneOf(supportPlanActions)})`),
    check('support_plan_transitions_to_known', sql`${table.toStatus} in (${oneOf(supportPlanStatuses)})`),
    check('support_plan_transitions_role_known', sql`${table.byRole} in (${oneOf(supportPlanActorRoles)})`),
    check('support_plan_transitions_changes_json', sql`${table.changes} is null or json_valid(${table.changes})`),
  ],
)

export const supportPlanReviews = sqliteTable(
  'support_plan_reviews',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => supportPlans.id, { onDelete: 'restrict' }),
    // The plan version being reviewed.
    planVersion: integer('plan_version').notNull(),
    openedByUserId: text('opened_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    openedAt: integer('opened_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('support_plan_reviews_plan_id_opened_at').on(table.planId, table.openedAt)],
)

export const outcomeRatings = sqliteTable(
  'outcome_ratings',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => supportPlans.id, { onDelete: 'restrict' }),
    planVersion: integer('plan_version').notNull(),
    // Null for a baseline rating made when the plan started.
    reviewId: text('review_id').references(() => supportPlanReviews.id, { onDelete: 'restrict' }),
    occasion: text('occasion', { enum: outcomeRatingOccasions }).notNull(),
    outcomeId: text('outcome_id').notNull(),
    outcomeWords: text('outcome_words').notNull(),
    frameworkItems: text('framework_items', { mode: 'json' }).$type<string[]>().notNull(),
    attainment: text('attainment', { enum: outcomeAttainments }).notNull(),
    raterRole: text('rater_role', { enum: outcomeRaterRoles }).notNull(),
    ratedByUserId: text('rated_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    comment: text('comment'),
    ratedAt: integer('rated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('outcome_ratings_plan_id_rated_at').on(table.planId, table.ratedAt),
    // Covers the ratings counted per review (Client Level Data, issue 20) as well as the look-up by review.
    index('outcome_ratings_review_id_attainment').on(table.reviewId, table.attainment),
    check('outcome_ratings_attainment_known', sql`${table.attainment} in (${oneOf(outcomeAttainments)})`),
    check('outcome_ratings_rater_known', sql`${table.raterRole} in (${oneOf(outcomeRaterRoles)})`),
    check('outcome_ratings_occasion_known', sql`${table.occasion} in (${oneOf(outcomeRatingOccasions)})`),
    check('outcome_ratings_framework_items_json', sql`json_valid(${table.frameworkItems})`),
    check(
      'outcome_ratings_review_matches_occasion',
      sql`(${table.occasion} = 'baseline' and ${table.reviewId} is null) or (${table.occasion} = 'review' and ${table.reviewId} is not null)`,
    ),
  ],
)
