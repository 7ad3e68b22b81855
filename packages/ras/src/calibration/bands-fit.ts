import { andList } from '@open-sds/kernel'
import type { Band } from '../config-schema.js'
import { bandRangeText } from '../bands.js'
import type { CalibrationCase } from './cases.js'
import { centredRSquared } from './stats.js'

export type BandsFit = { bands: Band[]; rSquared: number | null; notes: string[] }

/** Band start points of equal width from 0 up to the highest score among the cases. */
export function equalWidthEdges(cases: readonly CalibrationCase[], bandCount: number): number[] {
  const maxPoints = cases.reduce((m, c) => Math.max(m, c.points), 0)
  const width = Math.max(1, Math.ceil((maxPoints + 1) / bandCount))
  const edges: number[] = []
  for (let start = 0; edges.length < bandCount && start <= maxPoints; start += width) edges.push(start)
  return edges
}

/**
 * The least-squares step function over the given bands, kept non-decreasing: each band's amount is the mean cost
 * of its cases, and where a band's mean is below the band before it the two are pooled into their joint mean
 * (pool-adjacent-violators, which gives the least-squares fit among non-decreasing step functions).
 */
export function fitBands(cases: readonly CalibrationCase[], edges: readonly number[]): BandsFit {
  const notes: string[] = []
  const ranges = edges.map((from, i) => ({
    fromPoints: from,
    toPoints: i + 1 < edges.length ? (edges[i + 1] ?? from) - 1 : null,
  }))
  const bandOf = (points: number) => {
    let i = 0
    while (i + 1 < edges.length && points >= (edges[i + 1] ?? Number.POSITIVE_INFINITY)) i++
    return i
  }
  const sums = ranges.map(() => ({ total: 0, count: 0 }))
  const caseBand = cases.map((c) => {
    const i = bandOf(c.points)
    const s = sums[i]
    if (s !== undefined) {
      s.total += c.actualWeeklyPence
      s.count += 1
    }
    return i
  })

  const means = poolAdjacentViolators(
    sums.map((s, i) => ({ band: i, mean: s.count === 0 ? 0 : s.total / s.count, weight: s.count })),
  )
  for (const block of means.blocks) {
    if (block.length > 1) {
      const names = block.map((i) => bandRangeText({ ...rangeAt(ranges, i), weeklyPence: 0 }))
      notes.push(
        `Bands ${andList(names)} were pooled into one amount, because a higher band's cases cost less on average`,
      )
    }
  }
  const fittedMean = fillEmptyBands(means.values, sums, ranges, notes)
  const bands = ranges.map((r, i) => ({ ...r, weeklyPence: Math.round(fittedMean[i] ?? 0) }))
  const rSquared = centredRSquared(
    cases.map((c) => c.actualWeeklyPence),
    caseBand.map((i) => fittedMean[i] ?? 0),
  )
  return { bands, rSquared, notes }
}

function rangeAt(ranges: ReadonlyArray<{ fromPoints: number; toPoints: number | null }>, i: number) {
  return ranges[i] ?? { fromPoints: 0, toPoints: null }
}

/**
 * Bands with no cases have no mean: they take the amount of the band below (or, at the bottom, of the first band
 * with cases), which keeps the table non-decreasing. Each one is noted.
 */
function fillEmptyBands(
  values: ReadonlyArray<number | undefined>,
  sums: ReadonlyArray<{ count: number }>,
  ranges: ReadonlyArray<{ fromPoints: number; toPoints: number | null }>,
  notes: string[],
): number[] {
  const firstWithCases = values.find((v) => v !== undefined) ?? 0
  let carried = firstWithCases
  return values.map((v, i) => {
    if (sums[i]?.count === 0) {
      notes.push(
        `Band ${bandRangeText({ ...rangeAt(ranges, i), weeklyPence: 0 })} has no cases: it takes the amount of the band next to it`,
      )
      return carried
    }
    carried = v ?? carried
    return carried
  })
}

/**
 * Pool-adjacent-violators for a weighted, non-decreasing fit. Entries with weight 0 are skipped (their value comes
 * back undefined). Returns the fitted value of each entry and the groups of entries that were pooled.
 */
export function poolAdjacentViolators(entries: ReadonlyArray<{ band: number; mean: number; weight: number }>): {
  values: Array<number | undefined>
  blocks: number[][]
} {
  const stack: Array<{ mean: number; weight: number; members: number[] }> = []
  for (const e of entries) {
    if (e.weight === 0) continue
    let block = { mean: e.mean, weight: e.weight, members: [e.band] }
    let top = stack[stack.length - 1]
    while (top !== undefined && top.mean > block.mean) {
      stack.pop()
      const weight = top.weight + block.weight
      block = {
        mean: (top.mean * top.weight + block.mean * block.weight) / weight,
        weight,
        members: [...top.members, ...block.members],
      }
      top = stack[stack.length - 1]
    }
    stack.push(block)
  }
  const values: Array<number | undefined> = entries.map(() => undefined)
  for (const block of stack) for (const m of block.members) values[m] = block.mean
  return { values, blocks: stack.map((b) => b.members) }
}
