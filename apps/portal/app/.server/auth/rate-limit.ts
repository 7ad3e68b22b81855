import type { AppContext } from '../context.js'

/** Failed sign-ins allowed in the window before we stop checking passwords for a while. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000
export const MAX_FAILURES_PER_EMAIL = 5
export const MAX_FAILURES_PER_ADDRESS = 20

export type LoginKeys = { email: string; address: string }

function keysFor({ email, address }: LoginKeys) {
  return { email: `email:${email.trim().toLowerCase()}`, address: `ip:${address}` }
}

/** True when this email, or this network address, has failed too often recently. */
export function isLockedOut(context: AppContext, login: LoginKeys, now: Date): boolean {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS)
  const keys = keysFor(login)
  const attempts = context.database.repos.loginAttempts
  return (
    attempts.countFailuresSince(keys.email, since) >= MAX_FAILURES_PER_EMAIL ||
    attempts.countFailuresSince(keys.address, since) >= MAX_FAILURES_PER_ADDRESS
  )
}

export function recordLogin(context: AppContext, login: LoginKeys, now: Date, succeeded: boolean): void {
  const keys = keysFor(login)
  const attempts = context.database.repos.loginAttempts
  attempts.record(keys.email, now, succeeded)
  attempts.record(keys.address, now, succeeded)
}
