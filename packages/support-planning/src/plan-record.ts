import { z } from 'zod'
import type { PlanAction, PlanState } from './life-cycle.js'
import { PlanActionSchema, PlanStateSchema } from './life-cycle.js'
import type { Plan } from './plan-schema.js'
import { PlanSchema } from './plan-schema.js'
import type { Issue, Result } from '@open-sds/kernel'
import { ok, parse } from '@open-sds/kernel'
import type { ValidatePlanOptions } from './validate-plan.js'
import { validatePlan } from './validate-plan.js'
import { timeWords } from './words.js'

export const ActorRoleSchema = z.enum([
  'person',
  'representative',
  'family-or-friend',
  'planner',
  'practitioner',
  'manager',
  'provider',
])
export type ActorRole = z.infer<typeof ActorRoleSchema>

/** Who did something: the portal's user id and their role in this plan. */
export const ActorSchema = z.object({
  id: z.string().trim().min(1, { error: 'Say who is making the change' }).max(200),
  role: ActorRoleSchema,
})
export type Actor = z.infer<typeof ActorSchema>

const timestamp = z.iso.datetime({
  offset: true,
  error: 'The time must be a date and time such as 2025-03-03T14:05:00Z',
})
const positive = z.number().int().min(1)

export const PlanVersionSchema = z.object({
  planVersion: positive,
  plan: PlanSchema,
  recordedAt: timestamp,
  recordedBy: ActorSchema,
  change: z.enum(['created', 'edited', 'revised', 'flexible-change']),
})
export type PlanVersion = z.infer<typeof PlanVersionSchema>

export const HistoryEntrySchema = z.object({
  /** The record's version after this entry; the first entry is 1. */
  recordVersion: positive,
  action: z.enum(['create', ...PlanActionSchema.options]),
  from: PlanStateSchema.nullable(),
  to: PlanStateSchema,
  actor: ActorSchema,
  at: timestamp,
  /** The plan version in force after this entry. */
  planVersion: positive,
  reason: z.string().optional(),
  /** For a change recorded without approval: what changed, and the version of the flexibility rule that allowed it. */
  changes: z.array(z.string()).optional(),
  rulesVersion: z.string().optional(),
})
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>

/**
 * A plan with its whole life: every version of the plan and every move, with who made it and when. `version`
 * goes up by one with every move; a change must name the version it was made against, so two people changing
 * the same plan at once cannot both succeed.
 */
export const PlanRecordSchema = z.object({
  id: z.string().trim().min(1).max(200),
  version: positive,
  state: PlanStateSchema,
  /** The plan version the council last approved: the one in force while a revision is being agreed. */
  approvedPlanVersion: positive.optional(),
  versions: z.array(PlanVersionSchema).min(1),
  history: z.array(HistoryEntrySchema).min(1),
})
export type PlanRecord = z.infer<typeof PlanRecordSchema>

export const ChangeContextSchema = z.object({
  actor: ActorSchema,
  now: timestamp,
  expectedVersion: z.number({ error: 'Say which version of the plan this change was made to' }).int().min(1),
})
export type ChangeContext = z.infer<typeof ChangeContextSchema>

const contextLabels = {
  actor: 'Who is making the change',
  role: 'Their role',
  now: 'The time of the change',
  expectedVersion: 'The plan version',
}

export function parseContext(input: unknown): Result<ChangeContext> {
  return parse(ChangeContextSchema, input, { labels: contextLabels })
}

/** Starts a plan's record as a draft, version 1. */
export function createPlanRecord(
  input: { id: string; plan: unknown; actor: Actor; now: string },
  options: Pick<ValidatePlanOptions, 'frameworks'> = {},
): Result<PlanRecord> {
  const context = parse(
    z.object({ id: z.string().trim().min(1, { error: 'The plan needs an id' }), actor: ActorSchema, now: timestamp }),
    {
      id: input.id,
      actor: input.actor,
      now: input.now,
    },
  )
  if (!context.ok) return context
  const plan = validatePlan(input.plan, { ...options, prefix: 'plan' })
  if (!plan.ok) return plan
  const { id, actor, now } = context.value
  return ok({
    id,
    version: 1,
    state: 'draft',
    versions: [{ planVersion: 1, plan: plan.value, recordedAt: now, recordedBy: actor, change: 'created' }],
    history: [{ recordVersion: 1, action: 'create', from: null, to: 'draft', actor, at: now, planVersion: 1 }],
  })
}

/** The plan as it stands now: the newest version. */
export function currentPlan(record: PlanRecord): Plan {
  const latest = record.versions.at(-1)
  if (latest === undefined)
    throw new Error(`Plan record ${record.id} has no versions; records are only made by createPlanRecord`)
  return latest.plan
}

/** The plan the council last approved, if any. */
export function approvedPlan(record: PlanRecord): Plan | undefined {
  return record.versions.find((version) => version.planVersion === record.approvedPlanVersion)?.plan
}

/** Refuses a change made against an older version than the record now has. */
export function staleVersionIssue(record: PlanRecord, expectedVersion: number): Issue | undefined {
  if (expectedVersion === record.version) return undefined
  const last = record.history.at(-1)
  const when = last === undefined ? 'an earlier time' : timeWords(last.at)
  return {
    path: 'expectedVersion',
    message: `This plan was changed by someone else at ${when}; reload it. (You were changing version ${expectedVersion}; it is now version ${record.version}.)`,
  }
}

export interface Move {
  action: PlanAction
  to: PlanState
  context: ChangeContext
  reason?: string
  changes?: string[]
  rulesVersion?: string
  newPlan?: { plan: Plan; change: PlanVersion['change'] }
  approve?: boolean
}

/** The record after one move: a new history entry, a new plan version if the plan changed, the version one up. */
export function applyMove(record: PlanRecord, move: Move): PlanRecord {
  const { actor, now } = move.context
  const latestPlanVersion = record.versions.at(-1)?.planVersion ?? 0
  const versions = move.newPlan
    ? [
        ...record.versions,
        {
          planVersion: latestPlanVersion + 1,
          plan: move.newPlan.plan,
          recordedAt: now,
          recordedBy: actor,
          change: move.newPlan.change,
        },
      ]
    : record.versions
  const planVersion = move.newPlan ? latestPlanVersion + 1 : latestPlanVersion
  const version = record.version + 1
  const entry: HistoryEntry = {
    recordVersion: version,
    action: move.action,
    from: record.state,
    to: move.to,
    actor,
    at: now,
    planVersion,
  }
  if (move.reason !== undefined) entry.reason = move.reason
  if (move.changes !== undefined) entry.changes = move.changes
  if (move.rulesVersion !== undefined) entry.rulesVersion = move.rulesVersion
  return {
    ...record,
    version,
    state: move.to,
    ...(move.approve ? { approvedPlanVersion: planVersion } : {}),
    versions,
    history: [...record.history, entry],
  }
}
