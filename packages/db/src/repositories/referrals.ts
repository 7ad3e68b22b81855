import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { first, type Store } from '../store.js'
import type { referralKinds } from '../schema/referrals.js'

/** A request for help as sent: `details` is @open-sds/support-planning's checked Referral. */
export type NewReferral = {
  kind: (typeof referralKinds)[number]
  details: unknown
  raisedByUserId: string | null
  floodGroup: string | null
}
export type ReferralRecord = NewReferral & { id: string; reference: string; receivedAt: Date }

/** The reference a person is given for their request: RF- and the start of its id, enough to find it again. */
export const referralReference = (id: string) => `RF-${id.slice(0, 8).toUpperCase()}`

/**
 * Requests for help with care and support (issue 18). Kept as sent, never changed (the database refuses it); what
 * happens next is the work item's. `record` is a write: call it inside `withAudit`, with its arrival in the queue.
 */
export interface ReferralsRepository {
  record(input: NewReferral, now: Date): Promise<{ ok: true; value: ReferralRecord }>
  findByReference(reference: string): Promise<ReferralRecord | undefined>
}

export function createReferralsRepository(store: Store): ReferralsRepository {
  const { db, t } = store
  const { referrals } = t
  const toRecord = (row: typeof referrals.$inferSelect): ReferralRecord => ({
    ...row,
    kind: row.kind as ReferralRecord['kind'],
  })
  return {
    async record(input, now) {
      const id = randomUUID()
      const row = first(
        await db
          .insert(referrals)
          .values({ id, reference: referralReference(id), receivedAt: now, ...input })
          .returning(),
      )
      if (!row) throw new Error('The database stored no request for help')
      return { ok: true, value: toRecord(row) }
    },
    async findByReference(reference) {
      const row = first(await db.select().from(referrals).where(eq(referrals.reference, reference)))
      return row && toRecord(row)
    },
  }
}
