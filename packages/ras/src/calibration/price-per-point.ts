import type { CalibrationCase } from './cases.js'
import { centredRSquared, clamp01 } from './stats.js'

export type PricePerPointFit = {
  /** Least-squares slope through the origin, in pence a point, before rounding. */
  exactPencePerPoint: number
  /** Uncentred R squared of the line through zero (measured against zero), or null if every cost is 0. */
  rSquared: number | null
  /** For comparison: the least-squares line with a fixed part, which this RAS form cannot publish. */
  withIntercept: { interceptPence: number; pencePerPoint: number; rSquared: number | null } | null
}

/**
 * Fits cost = price × points by least squares through the origin: price = Σxy / Σx². Undefined (null) when every
 * case has 0 points.
 */
export function fitPricePerPoint(cases: readonly CalibrationCase[]): PricePerPointFit | null {
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (const c of cases) {
    sxy += c.points * c.actualWeeklyPence
    sxx += c.points * c.points
    syy += c.actualWeeklyPence * c.actualWeeklyPence
  }
  if (sxx === 0) return null
  // For a line through zero, R squared is measured against zero rather than the mean (as R's lm does): it is then
  // (Σxy)² / (Σx² Σy²), which Cauchy-Schwarz keeps within [0, 1].
  const rSquared = syy === 0 ? null : clamp01((sxy * sxy) / (sxx * syy))
  return { exactPencePerPoint: sxy / sxx, rSquared, withIntercept: fitLine(cases) }
}

/** Ordinary least squares with an intercept, computed about the means for numerical stability. */
function fitLine(cases: readonly CalibrationCase[]): PricePerPointFit['withIntercept'] {
  const n = cases.length
  const meanX = cases.reduce((s, c) => s + c.points, 0) / n
  const meanY = cases.reduce((s, c) => s + c.actualWeeklyPence, 0) / n
  let sxy = 0
  let sxx = 0
  for (const c of cases) {
    sxy += (c.points - meanX) * (c.actualWeeklyPence - meanY)
    sxx += (c.points - meanX) ** 2
  }
  if (sxx === 0) return null
  const slope = sxy / sxx
  const intercept = meanY - slope * meanX
  const fitted = cases.map((c) => intercept + slope * c.points)
  return {
    interceptPence: Math.round(intercept),
    pencePerPoint: Math.round(slope),
    rSquared: centredRSquared(
      cases.map((c) => c.actualWeeklyPence),
      fitted,
    ),
  }
}
