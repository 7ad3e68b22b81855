import { randomUUID } from 'node:crypto'
import { and, asc, count, desc, eq, gt, inArray, isNull, max, or, sql } from 'drizzle-orm'
import { parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { MAX_MESSAGE_LENGTH, messageSides, type MessageSide } from '../schema/secure-messages.js'
import { first, type Store } from '../store.js'
import { DEFAULT_CONTACT_PREFERENCE, type ContactPreference } from './contact-preferences.js'
import { clampListLimit } from './list-limit.js'

/** A message as it is written on the form: its words, checked here again so nothing unchecked is stored. */
export const SecureMessageSchema = z.object({
  body: z
    .string({ error: 'Enter your message' })
    .trim()
    .min(1, 'Enter your message')
    .max(
      MAX_MESSAGE_LENGTH,
      `Your message must be ${MAX_MESSAGE_LENGTH.toLocaleString('en-GB')} characters or fewer: shorten it or send it in two parts`,
    ),
})

export type NewSecureMessage = { personId: string; side: MessageSide; authorUserId: string; body: unknown }

export type SecureMessage = {
  id: string
  personId: string
  seq: number
  side: MessageSide
  authorUserId: string
  authorName: string
  body: string
  sentAt: Date
}

/** A thread with messages from the other side that this account has not read. */
export type UnreadThread = { personId: string; personName: string; unread: number; lastSentAt: Date }

/** A member of staff to tell of a new message from the person's side, and how they chose to hear. */
export type StaffToTell = { userId: string; email: string; displayName: string; contact: ContactPreference }

/**
 * Secure messages (issue 15): one thread per person, between them (or whoever acts for them) and the staff who work
 * with them. Who may read or write a thread is the portal's check of how the account stands to the person; this only
 * keeps what was said. `send` and `markRead` are writes: call them inside `withAudit`.
 */
export interface SecureMessagesRepository {
  /** Adds a message to the person's thread, numbered after the last; the author has read up to it. */
  send(input: NewSecureMessage, now: Date): Promise<Result<SecureMessage>>
  /** The person's thread, oldest first. */
  thread(personId: string): Promise<SecureMessage[]>
  /** How far the account has read the person's thread (0: nothing). */
  readUpTo(userId: string, personId: string): Promise<number>
  /** Moves how far the account has read the thread forward to `upTo` (never back). */
  markRead(userId: string, personId: string, upTo: number, now: Date): Promise<void>
  /** Threads with messages from `fromSide` after what the account has read, the most recent first. */
  unreadThreads(userId: string, fromSide: MessageSide, options?: { limit?: number }): Promise<UnreadThread[]>
  /** The staff accounts that have written in the person's thread. */
  staffWriters(personId: string): Promise<string[]>
  /**
   * The staff to tell of a new message from the person's side: the practitioners with the person on their caseload
   * and any member of staff who has written in the thread, if their account is still open.
   */
  staffToTell(personId: string): Promise<StaffToTell[]>
}

export function createSecureMessagesRepository(store: Store): SecureMessagesRepository {
  const { db, t, engine } = store
  const { secureMessages, secureMessageReads, users, people } = t

  const markRead = async (userId: string, personId: string, upTo: number, now: Date) => {
    await db
      .insert(secureMessageReads)
      .values({ userId, personId, readUpTo: upTo, readAt: now })
      .onConflictDoUpdate({
        target: [secureMessageReads.userId, secureMessageReads.personId],
        set: {
          readUpTo: sql`case when ${secureMessageReads.readUpTo} > excluded.read_up_to then ${secureMessageReads.readUpTo} else excluded.read_up_to end`,
          readAt: now,
        },
      })
  }

  return {
    async send(input, now) {
      const parsed = parse(SecureMessageSchema, { body: input.body })
      if (!parsed.ok) return parsed
      if (!messageSides.includes(input.side)) throw new Error(`Unknown side of a thread: ${String(input.side)}`)
      return store.transaction(async (tx) => {
        // Two messages at once to the same person wait for each other here on PostgreSQL, so they number one after
        // the other instead of one failing; SQLite runs one transaction at a time anyway.
        if (engine === 'postgresql')
          await tx.db.execute(sql`select 1 from ${people} where ${people.id} = ${input.personId} for update`)
        const [last] = await tx.db
          .select({ seq: max(secureMessages.seq).mapWith(Number) })
          .from(secureMessages)
          .where(eq(secureMessages.personId, input.personId))
        const seq = (last?.seq ?? 0) + 1
        const [row] = await tx.db
          .insert(secureMessages)
          .values({
            id: randomUUID(),
            personId: input.personId,
            seq,
            side: input.side,
            authorUserId: input.authorUserId,
            body: parsed.value.body,
            sentAt: now,
          })
          .returning()
        if (!row) throw new Error('The database stored no message')
        await markRead(input.authorUserId, input.personId, seq, now)
        const author = first(
          await tx.db.select({ name: users.displayName }).from(users).where(eq(users.id, input.authorUserId)),
        )
        return { ok: true as const, value: { ...row, seq: Number(row.seq), authorName: author?.name ?? '' } }
      })
    },

    async thread(personId) {
      const rows = await db
        .select({ message: secureMessages, authorName: users.displayName })
        .from(secureMessages)
        .innerJoin(users, eq(users.id, secureMessages.authorUserId))
        .where(eq(secureMessages.personId, personId))
        .orderBy(asc(secureMessages.seq))
      return rows.map(({ message, authorName }) => ({ ...message, seq: Number(message.seq), authorName }))
    },

    async readUpTo(userId, personId) {
      const row = first(
        await db
          .select({ upTo: secureMessageReads.readUpTo })
          .from(secureMessageReads)
          .where(and(eq(secureMessageReads.userId, userId), eq(secureMessageReads.personId, personId))),
      )
      return Number(row?.upTo ?? 0)
    },

    markRead,

    async unreadThreads(userId, fromSide, options = {}) {
      const lastSentAt = max(secureMessages.sentAt)
      const rows = await db
        .select({
          personId: secureMessages.personId,
          personName: people.displayName,
          unread: count().mapWith(Number),
          lastSentAt: lastSentAt.mapWith(Number),
        })
        .from(secureMessages)
        .innerJoin(people, eq(people.id, secureMessages.personId))
        .leftJoin(
          secureMessageReads,
          and(eq(secureMessageReads.userId, userId), eq(secureMessageReads.personId, secureMessages.personId)),
        )
        .where(
          and(
            eq(secureMessages.side, fromSide),
            gt(secureMessages.seq, sql`coalesce(${secureMessageReads.readUpTo}, 0)`),
          ),
        )
        .groupBy(secureMessages.personId, people.displayName)
        .orderBy(desc(lastSentAt))
        .limit(clampListLimit(options.limit))
      return rows.map((row) => ({ ...row, lastSentAt: new Date(row.lastSentAt) }))
    },

    async staffWriters(personId) {
      const rows = await db
        .selectDistinct({ userId: secureMessages.authorUserId })
        .from(secureMessages)
        .where(and(eq(secureMessages.personId, personId), eq(secureMessages.side, 'staff')))
      return rows.map((row) => row.userId)
    },

    async staffToTell(personId) {
      const { personAccess, contactPreferences } = t
      const caseload = db
        .select({ userId: personAccess.userId })
        .from(personAccess)
        .where(and(eq(personAccess.personId, personId), eq(personAccess.relationship, 'practitioner')))
      const writers = db
        .select({ userId: secureMessages.authorUserId })
        .from(secureMessages)
        .where(and(eq(secureMessages.personId, personId), eq(secureMessages.side, 'staff')))
      const rows = await db
        .select({
          userId: users.id,
          email: users.email,
          displayName: users.displayName,
          channel: contactPreferences.channel,
          mobile: contactPreferences.mobile,
          wording: contactPreferences.wording,
        })
        .from(users)
        .leftJoin(contactPreferences, eq(contactPreferences.userId, users.id))
        .where(and(or(inArray(users.id, caseload), inArray(users.id, writers)), isNull(users.disabledAt)))
        .orderBy(asc(users.email))
      return rows.map(({ userId, email, displayName, channel, mobile, wording }) => ({
        userId,
        email,
        displayName,
        contact: channel && wording ? { channel, mobile, wording } : DEFAULT_CONTACT_PREFERENCE,
      }))
    },
  }
}
