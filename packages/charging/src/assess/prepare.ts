import type { z } from 'zod'
import { toCalendarDate, type CalendarDate } from '../dates.js'
import { CouncilPolicySchema, type CouncilPolicy } from '../policy/policy-schema.js'
import { checkPolicyLimits } from '../policy/check-policy-limits.js'
import type { RateTable } from '../rates/rate-schema.js'
import { resolveRates } from '../rates/rates-for.js'
import { fail, issuesFromZod, ok, type Issue, type Result } from '../result.js'

export type AssessOptions = { now: Date | string }

/** What every assessment on one date under one policy shares: the validated policy, the date and the rates in force. */
export type Setting = { policy: CouncilPolicy; date: CalendarDate; rates: RateTable }

export type Prepared<T> = Setting & { input: T }

/** Validates a council's policy and the date, and finds the rates in force, reporting every problem at once. */
export function prepareSetting(
  policy: unknown,
  options: AssessOptions | undefined,
  earlier: Issue[] = [],
): Result<Setting> {
  const issues = [...earlier]
  const parsedPolicy = CouncilPolicySchema.safeParse(policy, { reportInput: true })
  if (!parsedPolicy.success) issues.push(...issuesFromZod(parsedPolicy.error, 'policy'))
  const date = toCalendarDate(options?.now)
  if (!date.ok) issues.push(...date.errors)
  if (issues.length > 0 || !parsedPolicy.success || !date.ok) return fail(issues)

  const rates = resolveRates(date.value, parsedPolicy.data.rateOverrides)
  if (!rates.ok) return rates
  const limitIssues = checkPolicyLimits(parsedPolicy.data, rates.value)
  if (limitIssues.length > 0) return fail(limitIssues)
  return ok({ policy: parsedPolicy.data, date: date.value, rates: rates.value })
}

/** Validates everything an assessment is given and finds the rates in force, reporting every problem at once. */
export function prepare<S extends z.ZodType>(
  schema: S,
  input: unknown,
  policy: unknown,
  options: AssessOptions | undefined,
): Result<Prepared<z.infer<S>>> {
  const parsedInput = schema.safeParse(input, { reportInput: true })
  const setting = prepareSetting(policy, options, parsedInput.success ? [] : issuesFromZod(parsedInput.error))
  if (!setting.ok) return setting
  if (!parsedInput.success) return fail([])
  return ok({ ...setting.value, input: parsedInput.data })
}
