import { formatPence } from '@open-sds/kernel'
import { pointsText } from './points.js'
import type { Band } from './config-schema.js'
import type { Issue } from '@open-sds/kernel'

/** "41 to 60 points", "101 points or more". */
export function bandRangeText(band: Band): string {
  if (band.toPoints === null) return `${pointsText(band.fromPoints)} or more`
  return band.fromPoints === band.toPoints
    ? pointsText(band.fromPoints)
    : `${band.fromPoints} to ${band.toPoints} points`
}

/**
 * Problems with an allocation table, each naming the band (counted from 1) and with the path to it: the table
 * must start at 0, run in order with no gaps or overlaps, be open-ended only at the end, and (unless allowed)
 * never pay less for more points.
 */
export function bandIssues(bands: readonly Band[], options: { path: string; allowNonMonotonic: boolean }): Issue[] {
  const issues: Issue[] = []
  // Gaps and overlaps mean nothing until the bands are in order, so an unordered table gets only that message.
  const ordered = bands.every((band, i) => i === 0 || band.fromPoints >= (bands[i - 1]?.fromPoints ?? 0))
  bands.forEach((band, i) => {
    const path = `${options.path}.${i}`
    const name = `Band ${i + 1}`
    if (band.toPoints !== null && band.toPoints < band.fromPoints) {
      issues.push({
        path,
        message: `${name} runs from ${band.fromPoints} to ${band.toPoints} points: it must end at or after where it starts`,
      })
    }
    if (band.toPoints === null && i < bands.length - 1) {
      issues.push({
        path: `${path}.toPoints`,
        message: `${name} has no end (toPoints is null), but only the last band can be open-ended`,
      })
    }
    const previous = bands[i - 1]
    if (previous === undefined) {
      if (band.fromPoints !== 0) {
        issues.push({
          path: `${path}.fromPoints`,
          message: `${name} starts at ${pointsText(band.fromPoints)}: the first band must start at 0 points`,
        })
      }
      return
    }
    issues.push(...(ordered ? joinIssues(previous, band, i, path) : orderIssues(previous, band, i, path)))
    if (!options.allowNonMonotonic && band.weeklyPence < previous.weeklyPence) {
      issues.push({
        path: `${path}.weeklyPence`,
        message:
          `${name} (${bandRangeText(band)}) pays ${formatPence(band.weeklyPence)} a week, less than band ${i} ` +
          `(${formatPence(previous.weeklyPence)}): more points must never mean a smaller budget ` +
          `(set allowNonMonotonic to true only if that is intended)`,
      })
    }
  })
  return issues
}

function orderIssues(previous: Band, band: Band, i: number, path: string): Issue[] {
  if (band.fromPoints >= previous.fromPoints) return []
  const message = `Band ${i + 1} (${bandRangeText(band)}) comes after band ${i} (${bandRangeText(previous)}): list the bands in order of points`
  return [{ path: `${path}.fromPoints`, message }]
}

/** Whether band `i` starts exactly one point after band `i - 1` ends. */
function joinIssues(previous: Band, band: Band, i: number, path: string): Issue[] {
  const name = `Band ${i + 1}`
  const before = `band ${i} (${bandRangeText(previous)})`
  if (previous.toPoints === null) return []
  const expected = previous.toPoints + 1
  if (band.fromPoints < expected) {
    return [
      {
        path: `${path}.fromPoints`,
        message: `${name} (${bandRangeText(band)}) overlaps ${before}: it should start at ${pointsText(expected)}`,
      },
    ]
  }
  if (band.fromPoints > expected) {
    const gap = band.fromPoints - 1 === expected ? pointsText(expected) : `${expected} to ${band.fromPoints - 1} points`
    return [
      {
        path: `${path}.fromPoints`,
        message: `${name} starts at ${pointsText(band.fromPoints)} but ${before} ends at ${previous.toPoints}: ${gap} would fall in no band`,
      },
    ]
  }
  return []
}

/** The band holding `points`, for a table that has passed `bandIssues`. */
export function findBand(bands: readonly Band[], points: number): Band | undefined {
  // Tables are short (In Control's had about ten bands); a linear scan beats anything cleverer here.
  for (const band of bands) {
    if (points >= band.fromPoints && (band.toPoints === null || points <= band.toPoints)) return band
  }
  return undefined
}
