import type { ProgressMeasures } from '@open-sds/coproduction'
import { countedFigure, requestCount, type FigureToCount, type FigureView } from '../../.server/counted-figures.js'
import type { AppContext } from '../../.server/context.js'
import { todayInEngland } from '../_self-assessment+/self-assessment.server.js'

// What is counted, what each figure means and what is hidden are @open-sds/coproduction's (progressMeasures). The
// counting takes seconds over a large council's history, so a worker does it (decision 022): the page shows the last
// count with when it was made, and an administrator can ask for a new one.

/** A count older than this is made again when someone next looks (the page shows the old one meanwhile). */
export const DASHBOARD_MAX_AGE_MS = 15 * 60_000

/** The dashboard for the twelve months up to and including today (in England), as a figure to count. */
export function todaysDashboard(now: Date): FigureToCount {
  const today = todayInEngland(now)
  return { figure: 'progress-dashboard', key: today, params: { today }, maxAgeMs: DASHBOARD_MAX_AGE_MS }
}

/** The dashboard for the twelve months up to and including today, as last counted. */
export function progressDashboard(
  context: AppContext,
  actorUserId: string,
  now: Date,
): Promise<FigureView<ProgressMeasures>> {
  return countedFigure<ProgressMeasures>(context, actorUserId, todaysDashboard(now), now)
}

/** Queues a new count of today's dashboard. */
export async function recountProgressDashboard(context: AppContext, actorUserId: string, now: Date): Promise<void> {
  await requestCount(context, actorUserId, todaysDashboard(now), now)
}
