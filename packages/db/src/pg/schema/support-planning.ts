import { sql } from 'drizzle-orm'
import { check, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import {
  outcomeAttainments,
  outcomeRaterRoles,
  outcomeRatingOccasions,
  supportPlanActions,
  supportPlanActorRoles,
  supportPlanStatuses,
  supportPlanVersionChanges,
} from '../../schema/support-planning.js'
import { int, jsonValue, timeMs } from '../columns.js'
import { people, users } from '../schema.js'

// The PostgreSQL twin of ../../schema/support-planning.ts, which says what these tables mean. The JSON and
// whole-number CHECKs SQLite needs are the columns' types here (json, bigint); the parity test lists them.

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))
const wholePence = (column: unknown) => sql`${column} >= 0`

export const supportPlans = pgTable(
  'support_plans',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    status: text('status', { enum: supportPlanStatuses }).notNull(),
    recordVersion: int('record_version').notNull(),
    currentVersion: int('current_version').notNull(),
    approvedVersion: int('approved_version'),
    inForceVersion: int('in_force_version'),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: timeMs('created_at').notNull(),
    updatedAt: timeMs('updated_at').notNull(),
  },
  (table) => [
    index('support_plans_status_updated_at').on(table.status, table.updatedAt),
    uniqueIndex('support_plans_one_open_per_person')
      .on(table.personId)
      .where(sql`${table.status} <> 'ended'`),
    check('support_plans_status_known', sql`${table.status} in (${oneOf(supportPlanStatuses)})`),
    check('support_plans_record_version_positive', sql`${table.recordVersion} >= 1`),
    check('support_plans_current_version_positive', sql`${table.currentVersion} >= 1`),
  ],
)

export const supportPlanVersions = pgTable(
  'support_plan_versions',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => supportPlans.id, { onDelete: 'restrict' }),
    version: int('version').notNull(),
    status: text('status', { enum: supportPlanStatuses }).notNull(),
    change: text('change', { enum: supportPlanVersionChanges }).notNull(),
    plan: jsonValue<unknown>('plan').notNull(),
    weeklyCostPence: int('weekly_cost_pence').notNull(),
    oneOffCostPence: int('one_off_cost_pence').notNull(),
    budgetWeeklyPence: int('budget_weekly_pence').notNull(),
    directPaymentWeeklyPence: int('direct_payment_weekly_pence').notNull(),
    managedAccountWeeklyPence: int('managed_account_weekly_pence').notNull(),
    individualServiceFundWeeklyPence: int('individual_service_fund_weekly_pence').notNull(),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdByRole: text('created_by_role', { enum: supportPlanActorRoles }).notNull(),
    createdAt: timeMs('created_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.planId, table.version] }),
    check('support_plan_versions_status_known', sql`${table.status} in (${oneOf(supportPlanStatuses)})`),
    check('support_plan_versions_change_known', sql`${table.change} in (${oneOf(supportPlanVersionChanges)})`),
    check('support_plan_versions_role_known', sql`${table.createdByRole} in (${oneOf(supportPlanActorRoles)})`),
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

export const supportPlanTransitions = pgTable(
  'support_plan_transitions',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => supportPlans.id, { onDelete: 'restrict' }),
    recordVersion: int('record_version').notNull(),
    action: text('action', { enum: supportPlanActions }).notNull(),
    fromStatus: text('from_status', { enum: supportPlanStatuses }),
    toStatus: text('to_status', { enum: supportPlanStatuses }).notNull(),
    planVersion: int('plan_version').notNull(),
    byUserId: text('by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    byRole: text('by_role', { enum: supportPlanActorRoles }).notNull(),
    at: timeMs('at').notNull(),
    reason: text('reason'),
    changes: jsonValue<string[]>('changes'),
    rulesVersion: text('rules_version'),
  },
  (table) => [
    primaryKey({ columns: [table.planId, table.recordVersion] }),
    index('support_plan_transitions_to_status_at').on(table.toStatus, table.at),
    // The two indexes the long counts read (why: the SQLite schema's twin).
    index('support_plan_transitions_plan_id_to_status').on(
      table.planId,
      table.toStatus,
      table.recordVersion,
      table.at,
      table.planVersion,
    ),
    index('support_plan_transitions_review_closings')
      .on(table.planId, table.recordVersion, table.at)
      .where(sql`${table.action} in ('complete-review', 'revise')`),
    check('support_plan_transitions_action_known', sql`${table.action} in (${oneOf(supportPlanActions)})`),
    check('support_plan_transitions_to_known', sql`${table.toStatus} in (${oneOf(supportPlanStatuses)})`),
    check('support_plan_transitions_role_known', sql`${table.byRole} in (${oneOf(supportPlanActorRoles)})`),
  ],
)

export const supportPlanReviews = pgTable(
  'support_plan_reviews',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => supportPlans.id, { onDelete: 'restrict' }),
    planVersion: int('plan_version').notNull(),
    openedByUserId: text('opened_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    openedAt: timeMs('opened_at').notNull(),
  },
  (table) => [index('support_plan_reviews_plan_id_opened_at').on(table.planId, table.openedAt)],
)

export const outcomeRatings = pgTable(
  'outcome_ratings',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => supportPlans.id, { onDelete: 'restrict' }),
    planVersion: int('plan_version').notNull(),
    reviewId: text('review_id').references(() => supportPlanReviews.id, { onDelete: 'restrict' }),
    occasion: text('occasion', { enum: outcomeRatingOccasions }).notNull(),
    outcomeId: text('outcome_id').notNull(),
    outcomeWords: text('outcome_words').notNull(),
    frameworkItems: jsonValue<string[]>('framework_items').notNull(),
    attainment: text('attainment', { enum: outcomeAttainments }).notNull(),
    raterRole: text('rater_role', { enum: outcomeRaterRoles }).notNull(),
    ratedByUserId: text('rated_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    comment: text('comment'),
    ratedAt: timeMs('rated_at').notNull(),
  },
  (table) => [
    index('outcome_ratings_plan_id_rated_at').on(table.planId, table.ratedAt),
    // Covers the ratings counted per review (Client Level Data, issue 20) as well as the look-up by review.
    index('outcome_ratings_review_id_attainment').on(table.reviewId, table.attainment),
    check('outcome_ratings_attainment_known', sql`${table.attainment} in (${oneOf(outcomeAttainments)})`),
    check('outcome_ratings_rater_known', sql`${table.raterRole} in (${oneOf(outcomeRaterRoles)})`),
    check('outcome_ratings_occasion_known', sql`${table.occasion} in (${oneOf(outcomeRatingOccasions)})`),
    check(
      'outcome_ratings_review_matches_occasion',
      sql`(${table.occasion} = 'baseline' and ${table.reviewId} is null) or (${table.occasion} = 'review' and ${table.reviewId} is not null)`,
    ),
  ],
)
