import { z } from 'zod'
import { fail, ok, parse, type Result } from '@open-sds/kernel'

/** Text that must be given, trimmed, with a message that says what to write. */
export const requiredText = (message: string, max = 4_000) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Keep this to ${String(max)} characters or fewer` })

export const optionalText = (max = 4_000) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep this to ${String(max)} characters or fewer` })
    .optional()

/**
 * Ids are short, lower-case and URL-safe, because they appear in links and in stored answers; they
 * start with a letter so that they are also valid @open-sds/questionnaire ids and form field names.
 */
export const IdSchema = z.string({ error: 'An id is needed here' }).regex(/^[a-z][a-z0-9-]{0,79}$/, {
  error:
    'An id starts with a lower-case letter and uses lower-case letters, digits and hyphens (up to 80), for example "q1" or "feel-safe"',
})

export const IsoDateSchema = z.iso.date({ error: 'Must be a date written as YYYY-MM-DD, for example 2026-04-01' })
export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'Must be a date and time, for example 2026-04-01T09:30:00Z',
})

/** The caller's clock reading; a domain package never reads the clock itself. */
export function checkNow(now: unknown): Result<Date> {
  if (now instanceof Date && !Number.isNaN(now.getTime())) return ok(now)
  return fail({ path: 'now', message: 'The current time (now) must be a valid Date supplied by the caller' })
}

/** YYYY-MM-DD in UTC. Coarse on purpose where it is stored against anonymous answers. */
export const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10)

/** The clock reading and who is acting, both from the caller, checked together. */
export function checkWho(
  now: unknown,
  who: unknown,
  field: string,
  message: string,
): Result<{ now: Date; who: string }> {
  const clock = checkNow(now)
  if (!clock.ok) return clock
  const person = parse(requiredText(message, 200), who, field)
  return person.ok ? ok({ now: clock.value, who: person.value }) : person
}
