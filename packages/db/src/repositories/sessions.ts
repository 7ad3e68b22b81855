import { and, eq, getTableColumns, gt, isNull, lte } from 'drizzle-orm'
import type { Session, SessionData, User } from '../records.js'
import { isSessionTokenHash } from '../session-token.js'
import { first, rowsChanged, type Store, type Tables } from '../store.js'

export interface SessionsRepository {
  /**
   * Stores a session under the hash of its token (see `hashSessionToken`). Throws if given anything but a SHA-256
   * hex digest, so a raw token can never be written by mistake, or if the user does not exist.
   */
  create(tokenHash: string, userId: string, expiresAt: Date, now: Date, data?: SessionData): Promise<Session>
  /** The session and its user, if the session exists, has not expired and the account is not disabled. */
  findValid(tokenHash: string, now: Date): Promise<{ session: Session; user: User } | undefined>
  /** Records activity; pass `expiresAt` to slide the expiry along. False when there is no such session. */
  touch(tokenHash: string, now: Date, expiresAt?: Date): Promise<boolean>
  /** Replaces the session's data (flash messages and the like). False when there is no such session. */
  setData(tokenHash: string, data: SessionData): Promise<boolean>
  delete(tokenHash: string): Promise<boolean>
  /** Signs the account out everywhere; returns how many sessions ended. */
  deleteForUser(userId: string): Promise<number>
  deleteExpired(now: Date): Promise<number>
}

type SessionRow = Tables['sessions']['$inferSelect']

const toSession = ({ id, ...rest }: SessionRow): Session => ({ tokenHash: id, ...rest })

export function createSessionsRepository({ db, t }: Store): SessionsRepository {
  const { sessions, users } = t
  return {
    async create(tokenHash, userId, expiresAt, now, data = {}) {
      if (!isSessionTokenHash(tokenHash)) {
        throw new TypeError('A session must be stored under the SHA-256 hex digest of its token, never the token')
      }
      const [row] = await db
        .insert(sessions)
        .values({ id: tokenHash, userId, createdAt: now, expiresAt, lastSeenAt: now, data })
        .returning()
      if (!row) throw new Error('The database stored no session row')
      return toSession(row)
    },

    async findValid(tokenHash, now) {
      const { passwordHash: _passwordHash, ...userColumns } = getTableColumns(users)
      const row = first(
        await db
          .select({ session: sessions, user: userColumns })
          .from(sessions)
          .innerJoin(users, eq(users.id, sessions.userId))
          .where(and(eq(sessions.id, tokenHash), gt(sessions.expiresAt, now), isNull(users.disabledAt))),
      )
      return row && { session: toSession(row.session), user: row.user }
    },

    async touch(tokenHash, now, expiresAt) {
      const changes = expiresAt === undefined ? { lastSeenAt: now } : { lastSeenAt: now, expiresAt }
      return rowsChanged(await db.update(sessions).set(changes).where(eq(sessions.id, tokenHash))) > 0
    },

    async setData(tokenHash, data) {
      return rowsChanged(await db.update(sessions).set({ data }).where(eq(sessions.id, tokenHash))) > 0
    },

    async delete(tokenHash) {
      return rowsChanged(await db.delete(sessions).where(eq(sessions.id, tokenHash))) > 0
    },

    async deleteForUser(userId) {
      return rowsChanged(await db.delete(sessions).where(eq(sessions.userId, userId)))
    },

    async deleteExpired(now) {
      return rowsChanged(await db.delete(sessions).where(lte(sessions.expiresAt, now)))
    },
  }
}
