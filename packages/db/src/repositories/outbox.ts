import { randomUUID } from 'node:crypto'
import { desc } from 'drizzle-orm'
import type { OutboxPurpose } from '../schema/accounts.js'
import type { Store } from '../store.js'
import { clampListLimit } from './list-limit.js'

/** A message the portal would send; `link` is the address it asks the reader to follow, also written in `body`. */
export type NewOutboxMessage = {
  toAddress: string
  subject: string
  body: string
  purpose: OutboxPurpose
  link?: string | undefined
  userId?: string | undefined
}

export type OutboxMessage = Required<Pick<NewOutboxMessage, 'toAddress' | 'subject' | 'body' | 'purpose'>> & {
  id: string
  link: string | null
  userId: string | null
  createdAt: Date
}

export interface OutboxRepository {
  /** Stores a message to be sent. Call it inside the `withAudit` of the act that causes it (decision 027). */
  add(message: NewOutboxMessage, now: Date): Promise<OutboxMessage>
  /** The newest messages first. */
  listRecent(options?: { limit?: number }): Promise<OutboxMessage[]>
}

export function createOutboxRepository({ db, t }: Store): OutboxRepository {
  const { outboxMessages } = t
  return {
    async add(message, now) {
      const [row] = await db
        .insert(outboxMessages)
        .values({
          id: randomUUID(),
          toAddress: message.toAddress,
          subject: message.subject,
          body: message.body,
          purpose: message.purpose,
          link: message.link ?? null,
          userId: message.userId ?? null,
          createdAt: now,
        })
        .returning()
      if (!row) throw new Error('The database stored no outbox message')
      return row
    },

    async listRecent(options = {}) {
      return db
        .select()
        .from(outboxMessages)
        .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
        .limit(clampListLimit(options.limit))
    },
  }
}
