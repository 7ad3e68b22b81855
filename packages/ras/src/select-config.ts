import { formatLongDate, isCalendarDate } from '@open-sds/kernel'
import type { RasConfig } from './config-schema.js'
import type { Result } from '@open-sds/kernel'
import { fail, ok } from '@open-sds/kernel'

/**
 * The configuration in effect on `date` (YYYY-MM-DD): effectiveFrom on or before it and effectiveTo, the last day,
 * on or after it. No configuration, or more than one, is an error: a budget must come from exactly one version.
 */
export function selectConfigForDate<C extends Pick<RasConfig, 'id' | 'version' | 'effectiveFrom' | 'effectiveTo'>>(
  configs: readonly C[],
  date: string,
): Result<C> {
  if (!isCalendarDate(date))
    return fail({ path: 'date', message: `"${date}" is not a real date written as YYYY-MM-DD` })
  const inEffect = configs.filter(
    (c) => c.effectiveFrom <= date && (c.effectiveTo === undefined || date <= c.effectiveTo),
  )
  const [only, ...others] = inEffect
  if (only !== undefined && others.length === 0) return ok(only)
  if (only === undefined) {
    const periods = [...configs]
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))
      .map(
        (c) =>
          `${formatLongDate(c.effectiveFrom)} ${c.effectiveTo === undefined ? 'onwards' : `to ${formatLongDate(c.effectiveTo)}`}`,
      )
    const covered =
      periods.length === 0 ? 'there are no RAS configurations' : `the configurations cover ${periods.join('; ')}`
    return fail({ path: 'date', message: `No RAS configuration is in effect on ${formatLongDate(date)}: ${covered}` })
  }
  const names = inEffect.map((c) => `"${c.id}" version ${c.version}`).join(', ')
  return fail({
    path: 'date',
    message: `More than one RAS configuration is in effect on ${formatLongDate(date)} (${names}): their dates overlap`,
  })
}
