import { loginAttemptKey } from '@open-sds/db'
import type { AppContext } from '../context.js'

/** Failed sign-ins allowed in the window before we stop checking passwords for a while. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000
export const MAX_FAILURES_PER_EMAIL = 5
export const MAX_FAILURES_PER_ADDRESS = 20

export type LoginKeys = { email: string; address: string }

/** True when this email, or this network address, has failed too often recently. */
export async function isLockedOut(context: AppContext, login: LoginKeys, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS)
  const attempts = context.database.repos.loginAttempts
  const [byEmail, byAddress] = await Promise.all([
    attempts.countFailuresSince(loginAttemptKey.email(login.email), since),
    attempts.countFailuresSince(loginAttemptKey.ip(login.address), since),
  ])
  return byEmail >= MAX_FAILURES_PER_EMAIL || byAddress >= MAX_FAILURES_PER_ADDRESS
}

export async function recordLogin(context: AppContext, login: LoginKeys, now: Date, succeeded: boolean): Promise<void> {
  const attempts = context.database.repos.loginAttempts
  await attempts.record(loginAttemptKey.email(login.email), now, succeeded)
  await attempts.record(loginAttemptKey.ip(login.address), now, succeeded)
}
