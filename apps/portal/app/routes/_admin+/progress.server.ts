import type { ProgressMeasures } from '@open-sds/coproduction'
import { countedFigure, requestCount, type FigureView } from '../../.server/counted-figures.js'
import type { AppContext } from '../../.server/context.js'
import { todayInEngland } from '../_self-assessment+/self-assessment.server.js'

// What is counted, what each figure means and what is hidden are @open-sds/coproduction's (progressMeasures). The
// counting takes seconds over a large council's history, so a worker does it (decision 022): the page shows the last
// count with when it was made, and an administrator can ask for a new one.

/** A count older than this is made again when someone next looks (the page shows the old one meanwhile). */
export const DASHBOARD_MAX_AGE_MS = 15 * 60_000

const FIGURE = 'progress-dashboard'

/** The dashboard for the twelve months up to and including today, as last counted. */
export function progressDashboard(
  context: AppContext,
  actorUserId: string,
  now: Date,
): Promise<FigureView<ProgressMeasures>> {
  const today = todayInEngland(now)
  return countedFigure<ProgressMeasures>(
    context,
    actorUserId,
    FIGURE,
    today,
    { today },
    { now, maxAgeMs: DASHBOARD_MAX_AGE_MS },
  )
}

/** Queues a new count of today's dashboard. */
export async function recountProgressDashboard(context: AppContext, actorUserId: string, now: Date): Promise<void> {
  const today = todayInEngland(now)
  await requestCount(context, actorUserId, FIGURE, today, { today }, now)
}
