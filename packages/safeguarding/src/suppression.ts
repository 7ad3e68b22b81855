/**
 * Small-number suppression for published tables, the rule used in UK health and care statistics:
 * any count from 1 to 4 is hidden. Hiding it is not enough when a total is shown, because the hidden
 * count could be worked out by subtracting the others from the total; so more cells are hidden
 * (secondary suppression) until every hidden cell could take at least two values.
 *
 * The reader is assumed to know this method, including that a hidden cell is never 0. Given the total,
 * the hidden cells of a table are known only by their sum S. With k hidden cells, each lies between
 * 1 and S - k + 1: at least two possibilities when S > k. S of 5 or more keeps the hidden group from
 * itself being a small number. So: hide the smallest non-zero visible cells until k >= 2, S >= 5 and
 * S > k; if no cell is left to hide, hide the total instead.
 */
export const suppressionThreshold = 5

export type Cell = { kind: 'shown'; value: number } | { kind: 'suppressed'; reason: 'small-number' | 'secondary' }

export const isSmall = (count: number, threshold = suppressionThreshold): boolean => count >= 1 && count < threshold

export type SuppressedTable = { rows: Cell[]; total: Cell }

function hiddenNeedMore(values: readonly number[], hidden: readonly boolean[], threshold: number): boolean {
  let count = 0
  let sum = 0
  values.forEach((value, index) => {
    if (hidden[index]) {
      count += 1
      sum += value
    }
  })
  return count > 0 && (count < 2 || sum < threshold || sum <= count)
}

/**
 * Suppress a table whose rows add up to its total (`total` defaults to their sum). For a table whose
 * rows can add to more than the total (one enquiry, several types of risk), pass the total: the same
 * protection is applied to the rows as if they were additive, which only hides more.
 */
export function suppressTable(values: readonly number[], total?: number, threshold = suppressionThreshold): SuppressedTable {
  const rowSum = values.reduce((sum, value) => sum + value, 0)
  const shownTotal = total ?? rowSum
  const primary = values.map((value) => isSmall(value, threshold))
  const hidden = [...primary]
  let totalHidden = isSmall(shownTotal, threshold)
  while (!totalHidden && hiddenNeedMore(values, hidden, threshold)) {
    let pick = -1
    values.forEach((value, index) => {
      const candidate = values[pick]
      if (!hidden[index] && value > 0 && (candidate === undefined || value < candidate)) pick = index
    })
    if (pick === -1) totalHidden = true
    else hidden[pick] = true
  }
  return {
    rows: values.map((value, index): Cell => {
      if (primary[index]) return { kind: 'suppressed', reason: 'small-number' }
      if (hidden[index]) return { kind: 'suppressed', reason: 'secondary' }
      return { kind: 'shown', value }
    }),
    total: totalHidden
      ? { kind: 'suppressed', reason: isSmall(shownTotal, threshold) ? 'small-number' : 'secondary' }
      : { kind: 'shown', value: shownTotal },
  }
}

/** A single published number, with no total to protect it against. */
export const suppressCount = (value: number, threshold = suppressionThreshold): Cell =>
  isSmall(value, threshold) ? { kind: 'suppressed', reason: 'small-number' } : { kind: 'shown', value }
