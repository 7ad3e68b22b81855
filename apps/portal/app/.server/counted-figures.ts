import { startFigureCounter, type CountedFigure, type FigureCount, type FigureCounter } from '@open-sds/db'
import type { AppContext } from './context.js'

/*
 * Figures too long to count while a page waits (the progress dashboard, the annual safeguarding counts, the Client
 * Level Data file) are counted by a worker thread with its own database handle (decision 022). A page only reads the
 * last count and when it was made; asking for a count stores a request that a worker of this or another portal
 * process takes. Nothing about the figures is held in this process's memory.
 */

let counter: FigureCounter | undefined

/** One figure for one period as a page asks for it, and how old its count may be before it is counted again. */
export type FigureToCount = {
  figure: CountedFigure
  key: string
  params: Record<string, unknown>
  /** A count older than this is made again when someone next looks (the page shows the old one meanwhile). */
  maxAgeMs: number
}

/**
 * Starts this process's counting worker (once, at start-up: see entry.server.tsx) and queues a count of each of
 * `figures` (what each page shows first) that has none stored, or only a stale one, so that the figures are there by
 * the time an administrator first looks, where the first visit used to find them "being counted". Each is asked
 * for in the order given (the worker takes the oldest request first). The requests are audited as the service's
 * own (no account). Queuing is two short statements a figure; the counting is the worker's, off the request path.
 */
export async function startCountingFigures(
  context: AppContext,
  figures: readonly FigureToCount[],
  now: Date,
): Promise<void> {
  counter ??= startFigureCounter(context.database, {
    url: context.config.databaseUrl,
    path: context.config.databasePath,
  })
  for (const [order, asked] of figures.entries()) {
    const row = await context.database.repos.figureCounts.find(asked.figure, asked.key)
    // A millisecond apart, so the worker takes them in the order given rather than as a tie falls.
    if (isDue(row, now, asked.maxAgeMs)) await requestCount(context, null, asked, new Date(now.getTime() + order))
  }
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

/**
 * Asks for a figure to be counted (again), with its audit entry; the worker takes it. Never counts here. The actor
 * is the administrator who asked, or null for the service itself (at start-up).
 */
export async function requestCount(
  context: AppContext,
  actorUserId: string | null,
  { figure, key, params }: FigureToCount,
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
 * Whether a figure should be counted now: never counted, or last counted more than `maxAgeMs` ago. Not while a count
 * is already waiting, and not after one failed (it waits for the administrator to ask again, so a broken count
 * cannot run in a loop).
 */
function isDue(row: FigureCount | undefined, now: Date, maxAgeMs: number): boolean {
  return (
    row === undefined ||
    (row.requestedAt === null &&
      row.problem === null &&
      (row.countedAt === null || now.getTime() - row.countedAt.getTime() > maxAgeMs))
  )
}

/**
 * The last count of a figure for the page to show. A figure that is due (see isDue) is queued for counting, and the
 * page shows what there is meanwhile.
 */
export async function countedFigure<T>(
  context: AppContext,
  actorUserId: string,
  asked: FigureToCount,
  now: Date,
): Promise<FigureView<T>> {
  const row = await context.database.repos.figureCounts.find(asked.figure, asked.key)
  if (row !== undefined && !isDue(row, now, asked.maxAgeMs)) return viewOf<T>(row)
  return (await requestCount(context, actorUserId, asked, now)) as FigureView<T>
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
