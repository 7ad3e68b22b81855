/**
 * 1 - (residual sum of squares / total sum of squares about the mean), or null when every value is the same.
 * For least-squares fits that can represent a constant (bands, a line with an intercept) this lies in [0, 1];
 * the clamp only absorbs floating-point rounding at the ends.
 */
export function centredRSquared(actual: readonly number[], fitted: readonly number[]): number | null {
  const n = actual.length
  if (n === 0) return null
  let mean = 0
  for (const y of actual) mean += y
  mean /= n
  let total = 0
  let residual = 0
  for (let i = 0; i < n; i++) {
    const y = actual[i] ?? 0
    total += (y - mean) ** 2
    residual += (y - (fitted[i] ?? 0)) ** 2
  }
  return total === 0 ? null : clamp01(1 - residual / total)
}

export function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x))
}

/** 12.345 -> 12.3: for percentages and similar figures shown to people. */
export function roundTo(x: number, places: number): number {
  const f = 10 ** places
  return Math.round(x * f) / f
}
