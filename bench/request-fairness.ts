// Who waited, and behind what (issue 17): from every request of a load run, the latencies per kind of request, the
// slowest requests with when they were sent and how many sent after them were answered first, and how evenly the
// connections were served. A request held while later ones overtake it is being starved, not just slow.
import { percentile, type RequestMade } from './load-route.ts'

const twoPlaces = (value: number) => Number(value.toFixed(2))
const latencyOf = (made: Pick<RequestMade, 'sentMs' | 'endedMs'>) => made.endedMs - made.sentMs

export type KindFigures = { kind: string; requests: number; p50Ms: number; p99Ms: number; maxMs: number }

/**
 * p50, p99 and the longest wait of each kind of request, in the order the kinds are given; a request's kind is its
 * query unless `kindOf` says otherwise (searches that differ only by an age are one kind).
 */
export function latenciesByKind(
  made: readonly RequestMade[],
  kinds: readonly string[],
  kindOf: (query: string) => string = (query) => query,
): KindFigures[] {
  return kinds.map((kind) => {
    const sorted = made
      .filter((each) => kindOf(each.query) === kind && each.status === 200)
      .map(latencyOf)
      .sort((a, b) => a - b)
    return {
      kind,
      requests: sorted.length,
      p50Ms: twoPlaces(percentile(sorted, 0.5)),
      p99Ms: twoPlaces(percentile(sorted, 0.99)),
      maxMs: twoPlaces(sorted.at(-1) ?? Number.NaN),
    }
  })
}

export type Fairness = {
  /** The slowest requests (1%, at least 5): when sent, how long, and how many sent after it were answered first. */
  slowest: (Omit<RequestMade, 'n'> & { ms: number; overtakenBy: number })[]
  /** Requests each connection had answered: the fewest, the most. */
  perConnection: { fewest: number; most: number }
}

export function fairnessOf(made: readonly RequestMade[]): Fairness {
  const slowest = [...made]
    .sort((a, b) => latencyOf(b) - latencyOf(a))
    .slice(0, Math.max(5, Math.ceil(made.length / 100)))
    .map(({ n: _n, ...each }) => ({
      ...each,
      ms: twoPlaces(latencyOf(each)),
      sentMs: twoPlaces(each.sentMs),
      endedMs: twoPlaces(each.endedMs),
      overtakenBy: made.filter((other) => other.sentMs > each.sentMs && other.endedMs < each.endedMs).length,
    }))
  const counts = new Map<number, number>()
  for (const each of made) counts.set(each.connection, (counts.get(each.connection) ?? 0) + 1)
  const values = [...counts.values()]
  return { slowest, perConnection: { fewest: Math.min(...values), most: Math.max(...values) } }
}
