import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm'
import {
  accountTokenPurposes,
  type MessageWording,
  type OutboxChannel,
  type OutboxPurpose,
} from '../schema/accounts.js'
import type { OutboxDeliveryStatus } from '../schema/outbox-deliveries.js'
import { rowsChanged, type Store } from '../store.js'
import { clampListLimit } from './list-limit.js'

/** A message the portal would send; `link` is the address it asks the reader to follow, also written in `body`. */
export type NewOutboxMessage = {
  toAddress: string
  /** 'email' unless given; for 'sms', `toAddress` is a mobile number. */
  channel?: OutboxChannel | undefined
  /** 'standard' unless given; 'easy-read' sends the plugin's Easy Read template for the purpose, where it has one. */
  wording?: MessageWording | undefined
  subject: string
  body: string
  purpose: OutboxPurpose
  link?: string | undefined
  userId?: string | undefined
  /** Not worth sending after this (its link stops working); for an account link, an hour after it is written. */
  sendBy?: Date | undefined
}

export type OutboxMessage = Required<Pick<NewOutboxMessage, 'toAddress' | 'subject' | 'body' | 'purpose'>> & {
  id: string
  channel: OutboxChannel
  wording: MessageWording
  link: string | null
  userId: string | null
  createdAt: Date
}

/** How a message is getting on (decision 041). */
export type OutboxDelivery = {
  status: OutboxDeliveryStatus
  attempts: number
  /** Why the last attempt did not succeed, or why it failed for good; null when nothing went wrong. */
  reason: string | null
  notifyId: string | null
  updatedAt: Date
}

export type OutboxMessageWithDelivery = OutboxMessage & { delivery: OutboxDelivery }

/** A message a worker has claimed to send: only that worker's `claimId` can settle it. */
export type ClaimedOutboxMessage = OutboxMessage & {
  claimId: string
  /** Which attempt this is, the first being 1. */
  attempt: number
  /** An earlier attempt may have reached Notify: ask Notify for the message's reference before sending again. */
  checkFirst: boolean
  sendBy: Date | null
}

export type NotifyStatusOutcome = 'delivered' | 'pending' | { failed: string }

/** What became of one attempt. */
export type DeliveryOutcome =
  | { status: 'sent'; notifyId: string }
  | { status: 'retry'; at: Date; reason: string; checkFirst: boolean }
  | { status: 'failed'; reason: string }

export interface OutboxRepository {
  /** Stores a message to be sent, queued. Call it inside the `withAudit` of the act that causes it (decisions 027, 041). */
  add(message: NewOutboxMessage, now: Date): Promise<OutboxMessage>
  /** The newest messages first. */
  listRecent(options?: { limit?: number }): Promise<OutboxMessageWithDelivery[]>
  /**
   * Claims up to `limit` messages due by `now` for `claimFor` milliseconds, oldest due first. A claim that ran out
   * (its worker stopped) is first put back as an attempt whose outcome is unknown.
   */
  claimDue(options: { now: Date; limit: number; claimFor: number }): Promise<ClaimedOutboxMessage[]>
  /** Records what an attempt came to; false, changing nothing, when the claim is no longer this worker's. */
  settle(message: Pick<ClaimedOutboxMessage, 'id' | 'claimId'>, outcome: DeliveryOutcome, now: Date): Promise<boolean>
  /**
   * Records what Notify says became of a sent message: delivered, failed (with its reason), or still on its way
   * ('pending', which only moves it to the back of the list of messages to ask about).
   */
  recordNotifyStatus(messageId: string, outcome: NotifyStatusOutcome, now: Date): Promise<boolean>
  /** Messages sent but not yet known delivered, the longest unasked first: for asking Notify what became of them. */
  listAwaitingDelivery(options?: { limit?: number }): Promise<{ id: string; notifyId: string }[]>
}

const ACCOUNT_LINK_LIFETIME_MS = 60 * 60 * 1000
const isAccountLink = (purpose: OutboxPurpose) => (accountTokenPurposes as readonly string[]).includes(purpose)

export function createOutboxRepository({ db, t }: Store): OutboxRepository {
  const { outboxMessages, outboxDeliveries } = t
  return {
    async add(message, now) {
      const [row] = await db
        .insert(outboxMessages)
        .values({
          id: randomUUID(),
          toAddress: message.toAddress,
          channel: message.channel ?? 'email',
          wording: message.wording ?? 'standard',
          subject: message.subject,
          body: message.body,
          purpose: message.purpose,
          link: message.link ?? null,
          userId: message.userId ?? null,
          createdAt: now,
        })
        .returning()
      if (!row) throw new Error('The database stored no outbox message')
      const sendBy =
        message.sendBy ??
        (message.link && isAccountLink(message.purpose) ? new Date(now.getTime() + ACCOUNT_LINK_LIFETIME_MS) : null)
      await db.insert(outboxDeliveries).values({
        messageId: row.id,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: now,
        checkFirst: false,
        sendBy,
        updatedAt: now,
      })
      return row
    },

    async listRecent(options = {}) {
      const rows = await db
        .select({ message: outboxMessages, delivery: outboxDeliveries })
        .from(outboxMessages)
        .innerJoin(outboxDeliveries, eq(outboxDeliveries.messageId, outboxMessages.id))
        .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
        .limit(clampListLimit(options.limit))
      return rows.map(({ message, delivery: { status, attempts, reason, notifyId, updatedAt } }) => ({
        ...message,
        delivery: { status, attempts, reason, notifyId, updatedAt },
      }))
    },

    async claimDue({ now, limit, claimFor }) {
      // A claim that ran out: its worker stopped between claiming and storing Notify's answer, which may have come.
      await db
        .update(outboxDeliveries)
        .set({
          status: 'queued',
          checkFirst: true,
          claimId: null,
          claimedUntil: null,
          reason: "The attempt stopped before Notify's answer was stored",
          updatedAt: now,
        })
        .where(and(eq(outboxDeliveries.status, 'sending'), lte(outboxDeliveries.claimedUntil, now)))
      const due = db
        .select({ id: outboxDeliveries.messageId })
        .from(outboxDeliveries)
        .where(and(eq(outboxDeliveries.status, 'queued'), lte(outboxDeliveries.nextAttemptAt, now)))
        .orderBy(asc(outboxDeliveries.nextAttemptAt))
        .limit(Math.max(1, Math.trunc(limit)))
      const claimId = randomUUID()
      // The status is tested again as the row is changed, so two workers never hold the same message.
      const claimed = await db
        .update(outboxDeliveries)
        .set({
          status: 'sending',
          claimId,
          claimedUntil: new Date(now.getTime() + claimFor),
          attempts: sql`${outboxDeliveries.attempts} + 1`,
          updatedAt: now,
        })
        .where(and(inArray(outboxDeliveries.messageId, due), eq(outboxDeliveries.status, 'queued')))
        .returning({ id: outboxDeliveries.messageId })
      if (claimed.length === 0) return []
      const rows = await db
        .select({ message: outboxMessages, delivery: outboxDeliveries })
        .from(outboxDeliveries)
        .innerJoin(outboxMessages, eq(outboxMessages.id, outboxDeliveries.messageId))
        .where(eq(outboxDeliveries.claimId, claimId))
        .orderBy(asc(outboxDeliveries.nextAttemptAt))
      return rows.map(({ message, delivery }) => ({
        ...message,
        claimId,
        attempt: delivery.attempts,
        checkFirst: delivery.checkFirst,
        sendBy: delivery.sendBy,
      }))
    },

    async settle(message, outcome, now) {
      const change =
        outcome.status === 'sent'
          ? { status: 'sent' as const, notifyId: outcome.notifyId, reason: null }
          : outcome.status === 'retry'
            ? {
                status: 'queued' as const,
                nextAttemptAt: outcome.at,
                reason: outcome.reason,
                checkFirst: outcome.checkFirst,
              }
            : { status: 'failed' as const, reason: outcome.reason }
      const result = await db
        .update(outboxDeliveries)
        .set({ ...change, claimId: null, claimedUntil: null, updatedAt: now })
        .where(
          and(
            eq(outboxDeliveries.messageId, message.id),
            eq(outboxDeliveries.claimId, message.claimId),
            eq(outboxDeliveries.status, 'sending'),
          ),
        )
      return rowsChanged(result) === 1
    },

    async recordNotifyStatus(messageId, outcome, now) {
      const result = await db
        .update(outboxDeliveries)
        .set(
          outcome === 'delivered'
            ? { status: 'delivered', reason: null, updatedAt: now }
            : outcome === 'pending'
              ? { updatedAt: now }
              : { status: 'failed', reason: outcome.failed, updatedAt: now },
        )
        .where(and(eq(outboxDeliveries.messageId, messageId), eq(outboxDeliveries.status, 'sent')))
      return rowsChanged(result) === 1
    },

    async listAwaitingDelivery(options = {}) {
      const rows = await db
        .select({ id: outboxDeliveries.messageId, notifyId: outboxDeliveries.notifyId })
        .from(outboxDeliveries)
        .where(eq(outboxDeliveries.status, 'sent'))
        .orderBy(asc(outboxDeliveries.updatedAt))
        .limit(clampListLimit(options.limit))
      return rows.flatMap(({ id, notifyId }) => (notifyId ? [{ id, notifyId }] : []))
    },
  }
}
