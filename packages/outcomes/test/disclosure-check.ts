/*
 * An independent check of what a reader could work out from a published table. The reader knows every published
 * count and total, that counts are whole numbers, that totals are sums, and that a hidden count is never 0.
 * A hidden cell is safe when some other table fits all of that and has a different value in that cell.
 */

type Position = readonly [row: number, column: number]

interface Sum {
  at: Position
  parts: Position[]
  published: number | undefined
}

/**
 * `truth` and `published` are extended tables (rows of [fully, partly, not-achieved, total], then the everyone
 * row when grouped). Returns true when another consistent table differs at `target`, false when none does,
 * and 'gave-up' if the search ran past `budget` steps.
 */
export function hiddenCellCanVary(
  truth: readonly (readonly number[])[],
  published: readonly (readonly (number | undefined)[])[],
  grouped: boolean,
  target: Position,
  budget = 200_000,
): boolean | 'gave-up' {
  const innerRows = grouped ? truth.length - 1 : truth.length
  const value = (at: Position) => truth[at[0]]?.[at[1]] ?? 0
  const shown = (at: Position) => published[at[0]]?.[at[1]]
  const sums: Sum[] = []
  for (let row = 0; row < innerRows; row += 1) {
    sums.push({ at: [row, 3], parts: [0, 1, 2].map((column) => [row, column] as const), published: shown([row, 3]) })
  }
  if (grouped) {
    const everyone = innerRows
    for (let column = 0; column < 3; column += 1) {
      const parts = Array.from({ length: innerRows }, (_, row) => [row, column] as const)
      sums.push({ at: [everyone, column], parts, published: shown([everyone, column]) })
    }
    const all = Array.from({ length: innerRows }, (_, row) => [0, 1, 2].map((column) => [row, column] as const)).flat()
    sums.push({ at: [everyone, 3], parts: all, published: shown([everyone, 3]) })
  }

  const unknowns: Position[] = []
  for (let row = 0; row < innerRows; row += 1) {
    for (let column = 0; column < 3; column += 1) if (shown([row, column]) === undefined) unknowns.push([row, column])
  }
  const key = (at: Position) => `${at[0]},${at[1]}`
  const assigned = new Map<string, number>()
  for (let row = 0; row < innerRows; row += 1) {
    for (let column = 0; column < 3; column += 1) {
      const seen = shown([row, column])
      if (seen !== undefined) assigned.set(key([row, column]), seen)
    }
  }
  const targetKey = key(target)
  const upperBound = (at: Position) => {
    const bounds = sums.filter((sum) => sum.published !== undefined && sum.parts.some((part) => key(part) === key(at)))
    return Math.min(value(at) + 4, ...bounds.map((sum) => sum.published ?? Infinity))
  }

  let steps = 0
  const consistent = (final: boolean): boolean => {
    for (const sum of sums) {
      const values = sum.parts.map((part) => assigned.get(key(part)))
      const known = values.filter((v): v is number => v !== undefined)
      const total = known.reduce((a, b) => a + b, 0)
      const complete = known.length === values.length
      if (sum.published !== undefined && total > sum.published) return false
      if (!complete) continue
      if (sum.published !== undefined && total !== sum.published) return false
      if (sum.published === undefined && total < 1) return false
      if (final && key(sum.at) === targetKey && total === value(sum.at)) return false
    }
    return true
  }
  const search = (index: number): boolean | 'gave-up' => {
    steps += 1
    if (steps > budget) return 'gave-up'
    const at = unknowns[index]
    if (at === undefined) return consistent(true)
    const truthHere = value(at)
    const candidates = Array.from({ length: upperBound(at) }, (_, n) => n + 1)
      .filter((candidate) => key(at) !== targetKey || candidate !== truthHere)
      .sort((a, b) => Math.abs(a - truthHere) - Math.abs(b - truthHere) || a - b)
    for (const candidate of candidates) {
      assigned.set(key(at), candidate)
      if (consistent(false)) {
        const found = search(index + 1)
        if (found !== false) return found
      }
    }
    assigned.delete(key(at))
    return false
  }
  return search(0)
}

/** The lines a reader can subtract along: each inner row, and when grouped each column and the everyone row. */
export function linesOf(rowCount: number, grouped: boolean): Position[][] {
  const rows = Array.from({ length: rowCount }, (_, row) => [0, 1, 2, 3].map((column) => [row, column] as const))
  if (!grouped) return rows
  const columns = [0, 1, 2, 3].map((column) => Array.from({ length: rowCount }, (_, row) => [row, column] as const))
  return [...rows, ...columns]
}
