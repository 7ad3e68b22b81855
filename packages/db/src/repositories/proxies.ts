import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, inArray } from 'drizzle-orm'
import { fail, ok, type Result } from '@open-sds/kernel'
import { normalizeEmail } from '../email.js'
import { isSessionTokenHash } from '../session-token.js'
import { first, type Store, type Tables } from '../store.js'
import type { ProxyScope } from '../vocabulary.js'

export type ProxyRequestRow = Tables['proxyRequests']['$inferSelect']
export type ProxyEventRow = Omit<Tables['proxyEvents']['$inferSelect'], 'seq'> & { seq: number }
/** A request for someone to act for a person, with what has happened to it so far (oldest first). */
export type ProxyRecord = ProxyRequestRow & { personName: string; events: ProxyEventRow[] }

export type NewProxyRequest = {
  personId: string
  askedByUserId: string
  proxyName: string
  proxyEmail: string
  relationship: string
  scope: ProxyScope
}

/** The next step in a request's history, and who takes it. Accepting is the proxy's own account's. */
export type NewProxyStep =
  | { step: 'granted'; byUserId: string; scope: ProxyScope; verification: string; linkHash: string }
  | { step: 'refused'; byUserId: string; reason: string }
  | { step: 'accepted'; byUserId: string }
  | { step: 'ended'; byUserId: string; reason: string | null }

export const proxyChangedMeanwhileMessage = 'Someone else has just changed this request. Look at it again.'

/**
 * Proxy access (issue 18, decision 035). The request and its history are kept for good (the database refuses changing
 * or removing them). Which step may follow which, and who may take it, is @open-sds/support-planning's
 * `proxyStepAllowed`: check it before `recordStep`. `ask` and `recordStep` are writes: call them inside `withAudit`.
 */
export interface ProxiesRepository {
  ask(input: NewProxyRequest, now: Date): Promise<Result<ProxyRequestRow>>
  findById(id: string): Promise<ProxyRecord | undefined>
  /** The request a proxy's link was made for, by the SHA-256 of the link's token. */
  findByLinkHash(linkHash: string): Promise<ProxyRecord | undefined>
  /** Everyone a person has asked to act for them, newest first. */
  listForPerson(personId: string): Promise<ProxyRecord[]>
  /** The requests this account has accepted (acting for someone now, or in the past), newest first. */
  listForProxy(userId: string): Promise<ProxyRecord[]>
  /**
   * Records the next step, given how many the caller saw (`seenEvents`): if someone else recorded one meanwhile,
   * nothing is stored and the answer says so. Accepting gives the proxy's account a representative's access to the
   * person's record; ending an accepted request takes it away, in the same transaction, so it stops working at once.
   */
  recordStep(id: string, seenEvents: number, step: NewProxyStep, now: Date): Promise<Result<ProxyEventRow>>
  /** What this account may do for this person as their proxy now, or undefined when it is not their proxy. */
  activeScope(userId: string, personId: string): Promise<ProxyScope | undefined>
}

const isActive = (events: readonly ProxyEventRow[]) => events.at(-1)?.step === 'accepted'

export function createProxiesRepository(store: Store): ProxiesRepository {
  const { db, t } = store
  const { proxyRequests, proxyEvents, people, personAccess } = t

  const withHistory = async (rows: ProxyRequestRow[]): Promise<ProxyRecord[]> => {
    if (rows.length === 0) return []
    const ids = rows.map((row) => row.id)
    const events = await db
      .select()
      .from(proxyEvents)
      .where(inArray(proxyEvents.requestId, ids))
      .orderBy(asc(proxyEvents.seq))
    const names = await db
      .select({ id: people.id, displayName: people.displayName })
      .from(people)
      .where(
        inArray(
          people.id,
          rows.map((row) => row.personId),
        ),
      )
    return rows.map((row) => ({
      ...row,
      personName: names.find((person) => person.id === row.personId)?.displayName ?? '',
      events: events
        .filter((event) => event.requestId === row.id)
        .map((event) => ({ ...event, seq: Number(event.seq) })),
    }))
  }
  const requests = (where: ReturnType<typeof eq>) =>
    db.select().from(proxyRequests).where(where).orderBy(desc(proxyRequests.askedAt), asc(proxyRequests.id))

  const activeScopeIn = async (tx: Store, userId: string, personId: string): Promise<ProxyScope | undefined> => {
    const accepted = await tx.db
      .select({ requestId: proxyEvents.requestId })
      .from(proxyEvents)
      .innerJoin(tx.t.proxyRequests, eq(tx.t.proxyRequests.id, proxyEvents.requestId))
      .where(
        and(
          eq(proxyEvents.step, 'accepted'),
          eq(proxyEvents.byUserId, userId),
          eq(tx.t.proxyRequests.personId, personId),
        ),
      )
    if (accepted.length === 0) return undefined
    const events = await tx.db
      .select()
      .from(tx.t.proxyEvents)
      .where(
        inArray(
          tx.t.proxyEvents.requestId,
          accepted.map((row) => row.requestId),
        ),
      )
      .orderBy(asc(tx.t.proxyEvents.seq))
    for (const { requestId } of accepted) {
      const history = events
        .filter((event) => event.requestId === requestId)
        .map((event) => ({ ...event, seq: Number(event.seq) }))
      if (isActive(history)) return history.find((event) => event.step === 'granted')?.scope ?? undefined
    }
    return undefined
  }

  return {
    async ask(input, now) {
      const row = first(
        await db
          .insert(proxyRequests)
          .values({ id: randomUUID(), ...input, proxyEmail: normalizeEmail(input.proxyEmail), askedAt: now })
          .returning(),
      )
      if (!row) throw new Error('The database stored no request for a proxy')
      return ok(row)
    },

    async findById(id) {
      return first(await withHistory(await requests(eq(proxyRequests.id, id))))
    },

    async findByLinkHash(linkHash) {
      if (!isSessionTokenHash(linkHash)) return undefined
      const granted = first(
        await db
          .select({ requestId: proxyEvents.requestId })
          .from(proxyEvents)
          .where(and(eq(proxyEvents.step, 'granted'), eq(proxyEvents.linkHash, linkHash))),
      )
      return granted && first(await withHistory(await requests(eq(proxyRequests.id, granted.requestId))))
    },

    async listForPerson(personId) {
      return withHistory(await requests(eq(proxyRequests.personId, personId)))
    },

    async listForProxy(userId) {
      const accepted = await db
        .select({ requestId: proxyEvents.requestId })
        .from(proxyEvents)
        .where(and(eq(proxyEvents.step, 'accepted'), eq(proxyEvents.byUserId, userId)))
      if (accepted.length === 0) return []
      return withHistory(
        await db
          .select()
          .from(proxyRequests)
          .where(
            inArray(
              proxyRequests.id,
              accepted.map((row) => row.requestId),
            ),
          )
          .orderBy(desc(proxyRequests.askedAt), asc(proxyRequests.id)),
      )
    },

    async recordStep(id, seenEvents, next, now) {
      if (next.step === 'granted' && !isSessionTokenHash(next.linkHash))
        throw new TypeError('A proxy link must be stored under the SHA-256 hex digest of its token, never the token')
      return store.transaction(async (tx) => {
        const request = first(await tx.db.select().from(tx.t.proxyRequests).where(eq(tx.t.proxyRequests.id, id)))
        if (!request) return fail({ path: 'id', message: 'There is no such request' })
        const history = (
          await tx.db
            .select()
            .from(tx.t.proxyEvents)
            .where(eq(tx.t.proxyEvents.requestId, id))
            .orderBy(asc(tx.t.proxyEvents.seq))
        ).map((event) => ({ ...event, seq: Number(event.seq) }))
        if (history.length !== seenEvents) return fail({ path: 'step', message: proxyChangedMeanwhileMessage })
        const proxyUserId = history.find((event) => event.step === 'accepted')?.byUserId
        if (next.step === 'accepted') {
          const existing = first(
            await tx.db
              .select({ relationship: tx.t.personAccess.relationship })
              .from(tx.t.personAccess)
              .where(and(eq(personAccess.userId, next.byUserId), eq(personAccess.personId, request.personId))),
          )
          if (existing && existing.relationship !== 'representative')
            return fail({ path: 'step', message: 'Your account already has its own access to this person’s record' })
        }
        const stored = first(
          await tx.db
            .insert(tx.t.proxyEvents)
            .values({
              requestId: id,
              seq: seenEvents + 1,
              step: next.step,
              byUserId: next.byUserId,
              scope: next.step === 'granted' ? next.scope : null,
              verification: next.step === 'granted' ? next.verification : null,
              linkHash: next.step === 'granted' ? next.linkHash : null,
              reason: next.step === 'refused' || next.step === 'ended' ? next.reason : null,
              at: now,
            })
            .onConflictDoNothing({ target: [tx.t.proxyEvents.requestId, tx.t.proxyEvents.seq] })
            .returning(),
        )
        if (!stored) return fail({ path: 'step', message: proxyChangedMeanwhileMessage })
        if (next.step === 'accepted') {
          await tx.db
            .insert(tx.t.personAccess)
            .values({
              userId: next.byUserId,
              personId: request.personId,
              relationship: 'representative',
              createdAt: now,
            })
            .onConflictDoNothing()
        }
        // Another accepted request for the same two keeps the access; otherwise it goes now.
        if (next.step === 'ended' && proxyUserId && isActive(history)) {
          if (!(await activeScopeIn(tx, proxyUserId, request.personId)))
            await tx.db
              .delete(tx.t.personAccess)
              .where(
                and(
                  eq(tx.t.personAccess.userId, proxyUserId),
                  eq(tx.t.personAccess.personId, request.personId),
                  eq(tx.t.personAccess.relationship, 'representative'),
                ),
              )
        }
        return ok({ ...stored, seq: Number(stored.seq) })
      })
    },

    activeScope(userId, personId) {
      return activeScopeIn(store, userId, personId)
    },
  }
}
