import {
  annualCountsFromTotals,
  financialYear,
  reportingYearOf,
  ukDateOf,
  type AnnualCounts,
} from '@open-sds/safeguarding'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
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

/**
 * Council administrators see the counts (they are aggregates, with small numbers hidden); a practitioner must be
 * safeguarding-authorised. Every reading is audited.
 */
export async function countsFor(
  context: AppContext,
  viewer: Viewer,
  request: Request,
  year: number,
): Promise<AnnualCounts> {
  if (viewer.role !== 'council-admin') await requireSafeguardingStaff(context, viewer, request)
  const period = financialYear(year)
  const totals = await context.database.repos.safeguarding.annualTotals(period)
  const counts = annualCountsFromTotals(totals, { year })
  if (!counts.ok)
    throw new Error(
      `The stored safeguarding records could not be counted: ${counts.errors.map((error) => `${error.path}: ${error.message}`).join('; ')}`,
    )
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'safeguarding-counts.read',
    resource: `safeguarding-counts:${period.label}`,
  })
  return counts.value
}
