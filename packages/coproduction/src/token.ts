import { z } from 'zod'
import { IsoDateTimeSchema, checkNow } from './fields.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'

/**
 * A one-time survey link as stored. The secret itself stays with the caller (hashed in its database);
 * this record says only which survey it opens, until when, and whether it has been used.
 */
export const SurveyTokenSchema = z.object({
  surveyId: z.string().min(1),
  expiresAt: IsoDateTimeSchema,
  usedAt: IsoDateTimeSchema.optional(),
})
export type SurveyToken = z.infer<typeof SurveyTokenSchema>

/**
 * Check a one-time link and return it marked used. Pure: the caller must store the change with a
 * compare-and-set (update only where still unused) so that two tabs cannot both redeem it. To keep an
 * anonymous response anonymous, never store which token it came through.
 */
export function redeemToken(token: unknown, context: { now: Date }): Result<SurveyToken> {
  const now = checkNow(context.now)
  if (!now.ok) return now
  const parsed = parse(SurveyTokenSchema, token, 'token')
  if (!parsed.ok) return parsed
  if (parsed.value.usedAt !== undefined) return fail({ path: 'token', message: 'This link has already been used' })
  if (now.value.getTime() >= Date.parse(parsed.value.expiresAt)) {
    return fail({ path: 'token', message: 'This link has expired: ask for a new one' })
  }
  return ok({ ...parsed.value, usedAt: now.value.toISOString() })
}
