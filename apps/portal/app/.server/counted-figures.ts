import { startFigureCounter, type CountedFigure, type FigureCount, type FigureCounter } from '@open-sds/db'
import type { AppContext } from './context.js'

/*
 * Figures too long to count while a page waits (the progress dashboard, the annual safeguarding counts, the Client
 * Level Data file) are counted by a worker thread with its own database handle (decision 022). A page only reads the
 * last count and when it was made; asking for a count stores a request that a worker of this or another portal
 * process takes. Nothing about the figures is held in this process's memory.
 */

let counter: FigureCounter | undefined

/** Starts this process's counting worker (once, at start-up: see entry.server.tsx). */
export function startCountingFigures(context: AppContext): void {
  counter ??= startFigureCounter(context.database, {
    url: context.config.databaseUrl,
    path: context.config.databasePath,
  })
}

/** What a page shows of a counted figure. */
export type FigureView<T> = {
  /** The last value counted, or null before the first count has finished. */
  value: T | null
  /** When it was counted (an instant, ISO 8601), or null. */
  countedAt: string | null
  /** A count is waiting or under way: the page says so, and shows the last value meanwhile. */
  counting: boolean
  /** Why the last count failed, when it did. */
  problem: string | null
}

const viewOf = <T>(row: FigureCount): FigureView<T> => ({
  value: (row.value ?? null) as T | null,
  countedAt: row.countedAt?.toISOString() ?? null,
  counting: row.requestedAt !== null,
  problem: row.problem,
})

/** Asks for a figure to be counted (again), with its audit entry; the worker takes it. Never counts here. */
export async function requestCount(
  context: AppContext,
  actorUserId: string,
  figure: CountedFigure,
  key: string,
  params: Record<string, unknown>,
  now: Date,
): Promise<FigureView<unknown>> {
  const row = await context.database.withAudit(
    (repos) => repos.figureCounts.request(figure, key, params, now),
    () => ({ at: now, actorUserId, action: 'figures.count-requested', resource: `figures:${figure}:${key}` }),
  )
  counter?.nudge()
  return viewOf(row)
}

/**
 * The last count of a figure for the page to show. A figure never counted, or last counted more than `maxAgeMs`
 * ago, is queued for counting (once: a count already waiting is not asked for again, and one that failed waits for
 * the administrator to ask again), and the page shows what there is meanwhile.
 */
export async function countedFigure<T>(
  context: AppContext,
  actorUserId: string,
  figure: CountedFigure,
  key: string,
  params: Record<string, unknown>,
  { now, maxAgeMs }: { now: Date; maxAgeMs: number },
): Promise<FigureView<T>> {
  const row = await context.database.repos.figureCounts.find(figure, key)
  const due =
    row === undefined ||
    (row.requestedAt === null &&
      row.problem === null &&
      (row.countedAt === null || now.getTime() - row.countedAt.getTime() > maxAgeMs))
  if (!due) return viewOf<T>(row)
  return (await requestCount(context, actorUserId, figure, key, params, now)) as FigureView<T>
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
})

/** "10:42 on 2 December 2026", in England's time. */
export function countedAtText(instant: string): string {
  const at = new Date(instant)
  return `${timeFormat.format(at)} on ${dayFormat.format(at)}`
}
