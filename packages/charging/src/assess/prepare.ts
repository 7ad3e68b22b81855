import { type CalendarDate, fail, type Issue, ok, parse, type Result, toCalendarDate } from '@open-sds/kernel'
import type { z } from 'zod'
import { CouncilPolicySchema, type CouncilPolicy } from '../policy/policy-schema.js'
import { checkPolicyLimits } from '../policy/check-policy-limits.js'
import type { RateTable } from '../rates/rate-schema.js'
import { resolveRates } from '../rates/rates-for.js'

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
  const parsedPolicy = parse(CouncilPolicySchema, policy, 'policy')
  if (!parsedPolicy.ok) issues.push(...parsedPolicy.errors)
  const date = toCalendarDate(options?.now, 'now', 'The assessment date')
  if (!date.ok) issues.push(...date.errors)
  if (issues.length > 0 || !parsedPolicy.ok || !date.ok) return fail(...issues)

  const rates = resolveRates(date.value, parsedPolicy.value.rateOverrides)
  if (!rates.ok) return rates
  const limitIssues = checkPolicyLimits(parsedPolicy.value, rates.value)
  if (limitIssues.length > 0) return fail(...limitIssues)
  return ok({ policy: parsedPolicy.value, date: date.value, rates: rates.value })
}

/** Validates everything an assessment is given and finds the rates in force, reporting every problem at once. */
export function prepare<S extends z.ZodType>(
  schema: S,
  input: unknown,
  policy: unknown,
  options: AssessOptions | undefined,
): Result<Prepared<z.infer<S>>> {
  const parsedInput = parse(schema, input)
  const setting = prepareSetting(policy, options, parsedInput.ok ? [] : parsedInput.errors)
  if (!setting.ok) return setting
  if (!parsedInput.ok) return parsedInput
  return ok({ ...setting.value, input: parsedInput.value })
}
