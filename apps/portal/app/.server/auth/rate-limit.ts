import { loginAttemptKey, type RecentFailures, type Repositories } from '@open-sds/db'
import type { AppContext } from '../context.js'

/**
 * Failed sign-ins slow down, never lock out. Each failure makes the next try from the same place wait longer
 * (1 s, 2 s, 4 s ... up to a cap), counted three ways:
 *
 * - one account from one address: after 3 failures, up to 60 s. Someone guessing one person's password from one
 *   place is slowed hardest.
 * - one address, any account: after 10 failures, up to 5 minutes. Someone trying many accounts is slowed.
 * - one account, any address: after 5 failures, up to 30 s, but only for addresses that have themselves failed
 *   recently. Guessing from many places is slowed, while the account's owner, signing in from an address with no
 *   failures, is never kept out; and anywhere else the wait is short.
 *
 * A try that comes before its wait is over is turned away without checking the password or counting as a failure,
 * so hammering does not make the wait longer. Counts reset after 15 minutes, or on a successful sign-in.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000

type Slowdown = { free: number; capMs: number }
const ACCOUNT_FROM_ADDRESS: Slowdown = { free: 3, capMs: 60_000 }
const ADDRESS: Slowdown = { free: 10, capMs: 5 * 60_000 }
const ACCOUNT: Slowdown = { free: 5, capMs: 30_000 }

export type LoginKeys = { email: string; address: string }

/** How long after the latest failure the next try must wait. */
export function delayAfter(failures: number, rule: Slowdown): number {
  if (failures < rule.free) return 0
  return Math.min(1000 * 2 ** (failures - rule.free), rule.capMs)
}

const remaining = (recent: RecentFailures, rule: Slowdown, now: Date): number =>
  recent.latestAt === undefined
    ? 0
    : Math.max(0, recent.latestAt.getTime() + delayAfter(recent.count, rule) - now.getTime())

/** Milliseconds this sign-in must still wait before its password is checked; 0 when it may go ahead now. */
export async function signInWait(context: AppContext, login: LoginKeys, now: Date): Promise<number> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS)
  const attempts = context.database.repos.loginAttempts
  const [pair, address, account] = await Promise.all([
    attempts.recentFailures(loginAttemptKey.emailFromIp(login.email, login.address), since),
    attempts.recentFailures(loginAttemptKey.ip(login.address), since),
    attempts.recentFailures(loginAttemptKey.email(login.email), since),
  ])
  const fromFailingAddress = address.count > 0
  return Math.max(
    remaining(pair, ACCOUNT_FROM_ADDRESS, now),
    remaining(address, ADDRESS, now),
    fromFailingAddress ? remaining(account, ACCOUNT, now) : 0,
  )
}

/** Counts a sign-in three ways; `attempts` are `withAudit`'s own, so a failure is counted with its audit entry. */
export async function recordLogin(
  attempts: Repositories['loginAttempts'],
  login: LoginKeys,
  now: Date,
  succeeded: boolean,
): Promise<void> {
  await attempts.record(loginAttemptKey.email(login.email), now, succeeded)
  await attempts.record(loginAttemptKey.ip(login.address), now, succeeded)
  await attempts.record(loginAttemptKey.emailFromIp(login.email, login.address), now, succeeded)
}

/** Accounts one address may create in an hour; more are refused with 429 until the hour has passed. */
export const SIGN_UPS_PER_ADDRESS_PER_HOUR = 5
const HOUR_MS = 60 * 60 * 1000

/** True when this address has already created (or tried to create) as many accounts as it may this hour. */
export async function signUpLimitReached(context: AppContext, address: string, now: Date): Promise<boolean> {
  const attempts = context.database.repos.loginAttempts
  const recent = await attempts.countFailuresSince(
    loginAttemptKey.signUpFromIp(address),
    new Date(now.getTime() - HOUR_MS),
  )
  return recent >= SIGN_UPS_PER_ADDRESS_PER_HOUR
}

/** Counts a sign-up from this address, whatever its outcome: the answer never says whether the email was new. */
export async function recordSignUp(context: AppContext, address: string, now: Date): Promise<void> {
  // Stored as a "failure" only so the same counting applies; a sign-up never clears the slate.
  await context.database.repos.loginAttempts.record(loginAttemptKey.signUpFromIp(address), now, false)
}
