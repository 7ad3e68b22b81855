import { and, asc, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm'
import { first, type Store } from '../store.js'

/** The figures counted off the request path (decision 022). */
export const countedFigures = ['progress-dashboard', 'safeguarding-counts', 'client-level-data'] as const
export type CountedFigure = (typeof countedFigures)[number]

/** One figure for one period: the last value counted, when, and whether a count is waiting or under way. */
export type FigureCount = {
  figure: CountedFigure
  key: string
  params: Record<string, unknown>
  /** When a count was asked for that has not finished yet. */
  requestedAt: Date | null
  /** When the count under way began. */
  startedAt: Date | null
  /** The instant the value was counted as at; null until the first count finishes. */
  countedAt: Date | null
  value: unknown
  /** Why the last count failed, when it did. */
  problem: string | null
}

/** A count taken on by a worker: what to count, and the instant it is counted as at. */
export type FigureCountJob = { figure: CountedFigure; key: string; params: Record<string, unknown>; startedAt: Date }

export interface FigureCountsRepository {
  /** The stored count of one figure for one period, if it was ever asked for. */
  find(figure: CountedFigure, key: string): Promise<FigureCount | undefined>
  /**
   * Asks for the figure to be counted (again). Nothing is counted here: a worker takes the request. A request made
   * while one is already waiting keeps the earlier time, so asking twice queues one count.
   */
  request(figure: CountedFigure, key: string, params: Record<string, unknown>, at: Date): Promise<FigureCount>
  /**
   * Takes the oldest waiting request for a worker to count, unless another process took it first. A count started
   * before `staleBefore` and never finished (its process stopped) is taken again.
   */
  take(at: Date, staleBefore: Date): Promise<FigureCountJob | undefined>
  /**
   * Stores what the count taken at `job.startedAt` found (or why it failed). A request made after that count began
   * stays waiting, so the figure is counted once more; one made before it is answered by this count.
   */
  finish(job: FigureCountJob, outcome: { value: unknown } | { problem: string }): Promise<boolean>
}

export function createFigureCountsRepository({ db, t }: Store): FigureCountsRepository {
  const { figureCounts } = t
  const one = (figure: string, key: string) => and(eq(figureCounts.figure, figure), eq(figureCounts.key, key))
  const asFigureCount = (row: typeof figureCounts.$inferSelect): FigureCount => ({
    ...row,
    figure: row.figure as CountedFigure,
    value: row.value ?? null,
  })

  return {
    async find(figure, key) {
      const row = first(await db.select().from(figureCounts).where(one(figure, key)))
      return row && asFigureCount(row)
    },

    async request(figure, key, params, at) {
      const row = first(
        await db
          .insert(figureCounts)
          .values({ figure, key, params, requestedAt: at })
          .onConflictDoUpdate({
            target: [figureCounts.figure, figureCounts.key],
            // A request already waiting keeps its time; one already answered by the count under way (asked before
            // it began) is replaced, so the figure is counted again after it.
            set: {
              params,
              requestedAt: sql`case when ${figureCounts.requestedAt} is not null and (${figureCounts.startedAt} is null or ${figureCounts.requestedAt} > ${figureCounts.startedAt}) then ${figureCounts.requestedAt} else ${at.getTime()} end`,
            },
          })
          .returning(),
      )
      if (!row) throw new Error(`The request to count ${figure} ${key} was not stored`)
      return asFigureCount(row)
    },

    async take(at, staleBefore) {
      const waiting = await db
        .select({ figure: figureCounts.figure, key: figureCounts.key, startedAt: figureCounts.startedAt })
        .from(figureCounts)
        .where(
          and(
            isNotNull(figureCounts.requestedAt),
            or(isNull(figureCounts.startedAt), lt(figureCounts.startedAt, staleBefore)),
          ),
        )
        .orderBy(asc(figureCounts.requestedAt))
        .limit(4)
      for (const candidate of waiting) {
        // Taken only if nobody took it since it was read: of two processes, one sets started_at and the other
        // matches nothing.
        const taken = first(
          await db
            .update(figureCounts)
            .set({ startedAt: at })
            .where(
              and(
                one(candidate.figure, candidate.key),
                candidate.startedAt === null
                  ? isNull(figureCounts.startedAt)
                  : eq(figureCounts.startedAt, candidate.startedAt),
              ),
            )
            .returning({ figure: figureCounts.figure, key: figureCounts.key, params: figureCounts.params }),
        )
        if (taken) return { figure: taken.figure as CountedFigure, key: taken.key, params: taken.params, startedAt: at }
      }
      return undefined
    },

    async finish(job, outcome) {
      const started = job.startedAt.getTime()
      const stored =
        'value' in outcome
          ? { value: outcome.value ?? null, countedAt: job.startedAt, problem: null }
          : { problem: outcome.problem }
      const rows = await db
        .update(figureCounts)
        .set({
          ...stored,
          startedAt: null,
          requestedAt: sql`case when ${figureCounts.requestedAt} > ${started} then ${figureCounts.requestedAt} else null end`,
        })
        .where(and(one(job.figure, job.key), eq(figureCounts.startedAt, job.startedAt)))
        .returning({ key: figureCounts.key })
      return rows.length === 1
    },
  }
}
