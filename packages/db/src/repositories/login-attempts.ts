import { and, eq, gt, gte, lt, max, sql } from 'drizzle-orm'
import { normalizeEmail } from '../email.js'
import { loginAttempts } from '../schema.js'
import type { SqliteDb } from '../sqlite-db.js'

/** Keys for counting attempts, built one way so that `Sam@x` and `sam@x` share a limit. */
export const loginAttemptKey = {
  email: (email: string): string => `email:${normalizeEmail(email)}`,
  ip: (address: string): string => `ip:${address.trim().toLowerCase()}`,
}

export interface LoginAttemptsRepository {
  record(key: string, now: Date, succeeded: boolean): Promise<void>
  /**
   * Failed attempts for `key` at or after `since`, not counting any before the latest success in that window:
   * signing in successfully clears the slate.
   */
  countFailuresSince(key: string, since: Date): Promise<number>
  /** Forgets attempts before `before`; returns how many. */
  prune(before: Date): Promise<number>
}

export function createLoginAttemptsRepository(db: SqliteDb): LoginAttemptsRepository {
  return {
    async record(key, now, succeeded) {
      db.insert(loginAttempts).values({ key, at: now, succeeded }).run()
    },

    async countFailuresSince(key, since) {
      const inWindow = and(eq(loginAttempts.key, key), gte(loginAttempts.at, since))
      // Order by id, not time: two attempts in the same millisecond still have a before and after.
      const lastSuccess = db
        .select({ id: max(loginAttempts.id) })
        .from(loginAttempts)
        .where(and(inWindow, eq(loginAttempts.succeeded, true)))
        .get()
      const row = db
        .select({ failures: sql<number>`count(*)` })
        .from(loginAttempts)
        .where(and(inWindow, eq(loginAttempts.succeeded, false), gt(loginAttempts.id, lastSuccess?.id ?? 0)))
        .get()
      return row?.failures ?? 0
    },

    async prune(before) {
      return db.delete(loginAttempts).where(lt(loginAttempts.at, before)).run().changes
    },
  }
}
