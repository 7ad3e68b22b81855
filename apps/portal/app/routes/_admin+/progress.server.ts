import { progressMeasures, type ProgressMeasures } from '@open-sds/coproduction'
import { startOfDayInEngland } from '@open-sds/db'
import type { AppContext } from '../../.server/context.js'
import { todayInEngland } from '../_self-assessment+/self-assessment.server.js'

// What is counted, what each figure means and what is hidden are @open-sds/coproduction's (progressMeasures); the
// portal fetches the counts from its database, keeps them for a few minutes and shows or downloads them.

/** The statement whose agreement questions measure "ease of finding information" (see the example plugins). */
export const FIND_INFORMATION_STATEMENT = 'find-information-and-advice'

const DAY = 86_400_000

export type ProgressDashboard = ProgressMeasures & {
  /** When the figures were counted (they are reused for a few minutes). */
  countedAt?: string
}

/**
 * Counting takes seconds over a large council's history and better-sqlite3 blocks the process while it counts, so the
 * figures are counted at most once every few minutes and shared by everyone asking meanwhile (including requests that
 * arrive while a count is under way). The page says when they were counted.
 */
export const DASHBOARD_CACHE_MS = 5 * 60_000
let cached: { at: number; day: string; database: unknown; value: Promise<ProgressDashboard> } | undefined

/** The period of the support figures: calendar days in England, the last day's bounds as instants. */
export function supportPeriod(start: string, end: string) {
  const nextDay = new Date(Date.parse(`${end}T00:00:00Z`) + DAY).toISOString().slice(0, 10)
  return {
    start,
    end,
    endDayStartsAt: new Date(startOfDayInEngland(end, todayInEngland)),
    endDayEndsAt: new Date(startOfDayInEngland(nextDay, todayInEngland)),
  }
}

/** The dashboard for the twelve months up to and including today. */
export function progressDashboard(context: AppContext, now: Date): Promise<ProgressDashboard> {
  const today = todayInEngland(now)
  if (
    cached &&
    cached.day === today &&
    cached.database === context.database &&
    now.getTime() - cached.at < DASHBOARD_CACHE_MS
  )
    return cached.value
  const to = new Date(Date.parse(`${today}T00:00:00Z`) + DAY)
  const from = new Date(to.getTime() - 365 * DAY)
  const fromDay = from.toISOString().slice(0, 10)
  const { progress } = context.database.repos
  const value = Promise.all([
    progress.counts({ from, to, findingInformationStatementId: FIND_INFORMATION_STATEMENT }),
    progress.supportCounts(supportPeriod(fromDay, today)),
  ]).then(([counts, support]) => ({
    ...progressMeasures(counts, support, fromDay, today),
    countedAt: now.toISOString(),
  }))
  cached = { at: now.getTime(), day: today, database: context.database, value }
  value.catch(() => {
    cached = undefined
  })
  return value
}
