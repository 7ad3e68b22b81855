import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { fail, ok, type Result } from '@open-sds/kernel'
import { first, type Store } from '../store.js'
import type { referralKinds } from '../schema/referrals.js'
import type { ReferralOutcome, recordLinkHows } from '../vocabulary.js'

/** A request for help as sent: `details` is @open-sds/support-planning's checked Referral. */
export type NewReferral = {
  kind: (typeof referralKinds)[number]
  details: unknown
  raisedByUserId: string | null
  floodGroup: string | null
}
/** Whom the request turned out to be about: a record found by search, or one made from the request. */
export type ReferralLink = {
  personId: string
  how: (typeof recordLinkHows)[number]
  linkedByUserId: string
  linkedAt: Date
}
/** How the request ended, with the worker's note (@open-sds/support-planning checks both before they come here). */
export type ReferralClosingRecord = { outcome: ReferralOutcome; note: string; closedByUserId: string; closedAt: Date }
export type ReferralRecord = NewReferral & {
  id: string
  reference: string
  receivedAt: Date
  link: ReferralLink | null
  closing: ReferralClosingRecord | null
}

export const referralAlreadyLinkedMessage =
  'This request was linked to a record while you were looking at it. Nothing has been changed'
export const referralNotLinkedMessage = 'Link the request to the person’s record before closing it'
export const referralAlreadyClosedMessage =
  'This request was closed while you were looking at it. Nothing has been changed'

/** The reference a person is given for their request: RF- and the start of its id, enough to find it again. */
export const referralReference = (id: string) => `RF-${id.slice(0, 8).toUpperCase()}`

/**
 * Requests for help with care and support (issue 18). Kept as sent, never changed (the database refuses it); what
 * happens next is the work item's. `record` is a write: call it inside `withAudit`, with its arrival in the queue.
 */
export interface ReferralsRepository {
  record(input: NewReferral, now: Date): Promise<{ ok: true; value: ReferralRecord }>
  findByReference(reference: string): Promise<ReferralRecord | undefined>
  /** Names the person the request is about, once: a second link (another tab) stores nothing and is told so. */
  link(
    input: { referralId: string; personId: string; how: ReferralLink['how']; linkedByUserId: string },
    now: Date,
  ): Promise<Result<ReferralLink>>
  /** Ends the request, once, only after its person is known. Close its work item in the same `withAudit`. */
  close(
    input: { referralId: string; outcome: ReferralOutcome; note: string; closedByUserId: string },
    now: Date,
  ): Promise<Result<ReferralClosingRecord>>
}

export function createReferralsRepository(store: Store): ReferralsRepository {
  const { db, t } = store
  const { referrals, referralLinks, referralClosings, people } = t
  const linkOf = async (referralId: string): Promise<ReferralLink | null> => {
    const row = first(await db.select().from(referralLinks).where(eq(referralLinks.referralId, referralId)))
    return row
      ? { personId: row.personId, how: row.how, linkedByUserId: row.linkedByUserId, linkedAt: row.linkedAt }
      : null
  }
  const closingOf = async (referralId: string): Promise<ReferralClosingRecord | null> => {
    const row = first(await db.select().from(referralClosings).where(eq(referralClosings.referralId, referralId)))
    return row
      ? { outcome: row.outcome, note: row.note, closedByUserId: row.closedByUserId, closedAt: row.closedAt }
      : null
  }
  const toRecord = async (row: typeof referrals.$inferSelect): Promise<ReferralRecord> => ({
    ...row,
    kind: row.kind as ReferralRecord['kind'],
    link: await linkOf(row.id),
    closing: await closingOf(row.id),
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
      return { ok: true, value: { ...row, kind: row.kind as ReferralRecord['kind'], link: null, closing: null } }
    },
    async findByReference(reference) {
      const row = first(await db.select().from(referrals).where(eq(referrals.reference, reference)))
      return row && toRecord(row)
    },
    async link(input, now) {
      if (!first(await db.select({ id: people.id }).from(people).where(eq(people.id, input.personId))))
        return fail({ path: 'personId', message: 'There is no record with this id: search again' })
      // Of two linking at once, the first is kept and the second told so: the link's primary key decides.
      const stored = first(
        await db
          .insert(referralLinks)
          .values({ ...input, linkedAt: now })
          .onConflictDoNothing()
          .returning(),
      )
      if (!stored) return fail({ path: 'referralId', message: referralAlreadyLinkedMessage })
      return ok({ personId: stored.personId, how: stored.how, linkedByUserId: stored.linkedByUserId, linkedAt: now })
    },
    async close(input, now) {
      if (!(await linkOf(input.referralId))) return fail({ path: 'referralId', message: referralNotLinkedMessage })
      const stored = first(
        await db
          .insert(referralClosings)
          .values({ ...input, closedAt: now })
          .onConflictDoNothing()
          .returning(),
      )
      if (!stored) return fail({ path: 'referralId', message: referralAlreadyClosedMessage })
      return ok({ outcome: stored.outcome, note: stored.note, closedByUserId: stored.closedByUserId, closedAt: now })
    },
  }
}
