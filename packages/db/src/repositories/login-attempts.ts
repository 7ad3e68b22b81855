import { and, count, eq, gt, gte, lt, max } from 'drizzle-orm'
import { normalizeEmail } from '../email.js'
import { first, rowsChanged, type Store } from '../store.js'

/** Keys for counting attempts, built one way so that `Sam@x` and `sam@x` share a limit. */
export const loginAttemptKey = {
  email: (email: string): string => `email:${normalizeEmail(email)}`,
  ip: (address: string): string => `ip:${address.trim().toLowerCase()}`,
  /** One account from one address: how the owner at another address is told apart from someone guessing. */
  emailFromIp: (email: string, address: string): string =>
    `email-ip:${normalizeEmail(email)}|${address.trim().toLowerCase()}`,
  /** Accounts created from one address, for the sign-up limit. */
  signUpFromIp: (address: string): string => `sign-up-ip:${address.trim().toLowerCase()}`,
  /** Messages sent to one email address about signing up (a link to confirm it, or a note it has an account). */
  signUpMessagesFor: (email: string): string => `sign-up-email:${normalizeEmail(email)}`,
  /** Password reset links asked for one email address, so nobody can fill a person's mailbox with them. */
  passwordResetFor: (email: string): string => `reset-email:${normalizeEmail(email)}`,
  /** Password reset links asked for from one address, whatever the email. */
  passwordResetFromIp: (address: string): string => `reset-ip:${address.trim().toLowerCase()}`,
  /** Second-factor codes tried for one account, wherever from (decision 033). */
  secondFactor: (userId: string): string => `second-factor:${userId}`,
}

/** Failures counted as `countFailuresSince` does, with the time of the latest, for a delay that grows with them. */
export type RecentFailures = { count: number; latestAt: Date | undefined }

export interface LoginAttemptsRepository {
  record(key: string, now: Date, succeeded: boolean): Promise<void>
  /**
   * Failed attempts for `key` at or after `since`, not counting any before the latest success in that window:
   * signing in successfully clears the slate.
   */
  countFailuresSince(key: string, since: Date): Promise<number>
  /** As `countFailuresSince`, with the time of the latest failure counted. */
  recentFailures(key: string, since: Date): Promise<RecentFailures>
  /** Forgets attempts before `before`; returns how many. */
  prune(before: Date): Promise<number>
}

export function createLoginAttemptsRepository({ db, t }: Store): LoginAttemptsRepository {
  const { loginAttempts } = t
  const recentFailures = async (key: string, since: Date): Promise<RecentFailures> => {
    const inWindow = and(eq(loginAttempts.key, key), gte(loginAttempts.at, since))
    // Order by id, not time: two attempts in the same millisecond still have a before and after.
    const lastSuccess = first(
      await db
        .select({ id: max(loginAttempts.id) })
        .from(loginAttempts)
        .where(and(inWindow, eq(loginAttempts.succeeded, true))),
    )
    const row = first(
      await db
        .select({ failures: count(), latestAt: max(loginAttempts.at) })
        .from(loginAttempts)
        .where(and(inWindow, eq(loginAttempts.succeeded, false), gt(loginAttempts.id, lastSuccess?.id ?? 0))),
    )
    return { count: row?.failures ?? 0, latestAt: row?.latestAt ?? undefined }
  }

  return {
    async record(key, now, succeeded) {
      await db.insert(loginAttempts).values({ key, at: now, succeeded })
    },

    async countFailuresSince(key, since) {
      return (await recentFailures(key, since)).count
    },

    async recentFailures(key, since) {
      return recentFailures(key, since)
    },

    async prune(before) {
      return rowsChanged(await db.delete(loginAttempts).where(lt(loginAttempts.at, before)))
    },
  }
}
