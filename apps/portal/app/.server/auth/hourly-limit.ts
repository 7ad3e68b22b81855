import type { Repositories } from '@open-sds/db'

const HOUR_MS = 60 * 60 * 1000

/**
 * True when `key` has been counted `limit` times in the hour before `now`. Messages about an account (sign-up, reset)
 * are counted as login-attempt "failures" under their own key, so one counter and one table limit them all.
 */
export async function reachedHourlyLimit(
  attempts: Pick<Repositories['loginAttempts'], 'countFailuresSince'>,
  key: string,
  limit: number,
  now: Date,
): Promise<boolean> {
  return (await attempts.countFailuresSince(key, new Date(now.getTime() - HOUR_MS))) >= limit
}
