import { z } from 'zod'
import { fail, ok, type Result } from '@open-sds/kernel'

/** Text a person must give, trimmed, with a message that says what to write. */
export const requiredText = (message: string, max = 10_000) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Keep this to ${String(max)} characters or fewer` })

/** Optional text, trimmed; use `given` to treat blank as not given. */
export const optionalText = (max = 2_000) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep this to ${String(max)} characters or fewer` })
    .optional()

export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'Must be a date and time, for example 2026-04-01T09:30:00Z',
})
export const IsoDateSchema = z.iso.date({ error: 'Must be a date written as YYYY-MM-DD, for example 2026-04-01' })

/** The caller's clock reading; a domain package never reads the clock itself. */
export function checkNow(now: unknown): Result<Date> {
  if (now instanceof Date && !Number.isNaN(now.getTime())) return ok(now)
  return fail({ path: 'now', message: 'The current time (now) must be a valid Date supplied by the caller' })
}

/** Who is acting: an identifier the caller's audit log understands (a user id or name). */
export const ActorSchema = requiredText('Say who is making this change (actor)', 200)

export const given = (text: string | undefined): text is string => text !== undefined && text !== ''
