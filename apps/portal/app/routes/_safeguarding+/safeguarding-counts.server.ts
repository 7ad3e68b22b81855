import { hasRole } from '~/.server/auth/roles'
import { financialYear, reportingYearOf, ukDateOf, type AnnualCounts } from '@open-sds/safeguarding'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { countedFigure, requestCount, type FigureToCount, type FigureView } from '../../.server/counted-figures.js'
import { requireSafeguardingStaff } from './safeguarding.server.js'

/** The reporting year (1 April to 31 March, by @open-sds/safeguarding's `reportingYearOf`) that `now` falls in. */
export const currentReportingYear = (now: Date): number => reportingYearOf(ukDateOf(now))

/**
 * The year asked for in `?year=2025` (for 2025-26), or the current one. An address with a year that is not a four-digit
 * number from 2000 to the current year gets the current year and a message, rather than an error page.
 */
export function chosenYear(request: Request, now: Date): { year: number; problem?: string } {
  const current = currentReportingYear(now)
  const asked = new URL(request.url).searchParams.get('year')
  if (asked === null) return { year: current }
  const year = /^\d{4}$/.test(asked) ? Number(asked) : NaN
  if (year >= 2000 && year <= current) return { year }
  return { year: current, problem: `Choose a reporting year from 2000-01 to ${financialYear(current).label}` }
}

/** A count older than this is made again when someone next looks (the page shows the old one meanwhile). */
export const COUNTS_MAX_AGE_MS = 15 * 60_000

/** A reporting year's counts (by the year it starts), as a figure to count. */
export const yearsCounts = (year: number): FigureToCount => ({
  figure: 'safeguarding-counts',
  key: String(year),
  params: { year },
  maxAgeMs: COUNTS_MAX_AGE_MS,
})

/** Council administrators see the counts; a practitioner must be safeguarding-authorised. */
async function mayCount(context: AppContext, viewer: Viewer, request: Request): Promise<void> {
  if (!hasRole(viewer, 'council-admin')) await requireSafeguardingStaff(context, viewer, request)
}

/**
 * The counts of a reporting year as last counted (they are aggregates, with small numbers hidden by
 * @open-sds/safeguarding when the worker counted them, decision 022). Every reading is audited.
 */
export async function countsFor(
  context: AppContext,
  viewer: Viewer,
  request: Request,
  year: number,
): Promise<FigureView<AnnualCounts>> {
  await mayCount(context, viewer, request)
  const period = financialYear(year)
  const now = new Date()
  const counted = await countedFigure<AnnualCounts>(context, viewer.id, yearsCounts(year), now)
  await context.database.repos.audit.append({
    at: now,
    actorUserId: viewer.id,
    action: 'safeguarding-counts.read',
    resource: `safeguarding-counts:${period.label}`,
  })
  return counted
}

/** Queues a new count of a reporting year's counts. */
export async function recountYear(context: AppContext, viewer: Viewer, request: Request, year: number): Promise<void> {
  await mayCount(context, viewer, request)
  await requestCount(context, viewer.id, yearsCounts(year), new Date())
}
