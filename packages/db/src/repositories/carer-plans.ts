import { randomUUID } from 'node:crypto'
import { desc, eq, sql } from 'drizzle-orm'
import { fail, ok, type Result } from '@open-sds/kernel'
import { first, type Store, type Tables } from '../store.js'

export const carerPlanNeedsEligibleMessage =
  'A carer’s support plan can only be agreed after a determination that found them eligible'

export type CarerPlanRecord = Tables['carerPlans']['$inferSelect']
export type NewCarerPlan = Omit<CarerPlanRecord, 'id' | 'agreedAt'>
export type CarerEmergencyPlan = Tables['carerEmergencyPlans']['$inferSelect']
export type NewCarerEmergencyPlan = Omit<CarerEmergencyPlan, 'id' | 'writtenAt'>

/**
 * A carer's support plan and personal budget, and their emergency plan (issue 16). Both are append-only: a change is a
 * new version and the latest counts. Writes are to be called inside `withAudit`. What the plan may hold (no replacement
 * care, within the allocation's maximum) is @open-sds/carers'; this keeps what was agreed, exactly as worked out.
 */
export interface CarerPlansRepository {
  /** Agrees a plan on the carer's own determination that found them eligible; any other is refused. */
  agree(input: NewCarerPlan, now: Date): Promise<Result<CarerPlanRecord>>
  /** The plan that counts for this carer: the latest agreed. */
  latest(carerPersonId: string): Promise<CarerPlanRecord | undefined>
  /** Every agreed carer's plan, the latest of each carer only, for returns and counts. */
  listLatest(): Promise<CarerPlanRecord[]>
  /** Writes a new version of the carer's emergency plan. */
  writeEmergencyPlan(input: NewCarerEmergencyPlan, now: Date): Promise<CarerEmergencyPlan>
  /** The emergency plan that counts: the latest written. */
  latestEmergencyPlan(carerPersonId: string): Promise<CarerEmergencyPlan | undefined>
}

export function createCarerPlansRepository({ db, t }: Store): CarerPlansRepository {
  const { carerPlans, carerDeterminations, carerEmergencyPlans } = t
  const latestPlan = async (carerPersonId: string) =>
    // Versions are never deleted, so the rowid only grows: it breaks a tie within one millisecond.
    first(
      await db
        .select()
        .from(carerPlans)
        .where(eq(carerPlans.carerPersonId, carerPersonId))
        .orderBy(desc(carerPlans.agreedAt), desc(sql`${carerPlans}.rowid`))
        .limit(1),
    )
  return {
    async agree(input, now) {
      const determination = first(
        await db.select().from(carerDeterminations).where(eq(carerDeterminations.id, input.carerDeterminationId)),
      )
      if (!determination || determination.carerPersonId !== input.carerPersonId || !determination.eligible)
        return fail({ path: 'carerDeterminationId', message: carerPlanNeedsEligibleMessage })
      const row = first(
        await db
          .insert(carerPlans)
          .values({ id: randomUUID(), ...input, agreedAt: now })
          .returning(),
      )
      if (!row) throw new Error('The database stored no carer’s plan')
      return ok(row)
    },

    latest: latestPlan,

    async listLatest() {
      const carers = await db.selectDistinct({ id: carerPlans.carerPersonId }).from(carerPlans)
      const plans = await Promise.all(carers.map((carer) => latestPlan(carer.id)))
      return plans.filter((plan): plan is CarerPlanRecord => plan !== undefined)
    },

    async writeEmergencyPlan(input, now) {
      const row = first(
        await db
          .insert(carerEmergencyPlans)
          .values({ id: randomUUID(), ...input, writtenAt: now })
          .returning(),
      )
      if (!row) throw new Error('The database stored no emergency plan')
      return row
    },

    async latestEmergencyPlan(carerPersonId) {
      return first(
        await db
          .select()
          .from(carerEmergencyPlans)
          .where(eq(carerEmergencyPlans.carerPersonId, carerPersonId))
          .orderBy(desc(carerEmergencyPlans.writtenAt), desc(sql`${carerEmergencyPlans}.rowid`))
          .limit(1),
      )
    },
  }
}
