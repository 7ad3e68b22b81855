import { chooseSuppressed, type CountCell, type ExtraCost } from './suppression-engine.js'

/**
 * Small-number suppression, so that no person can be picked out of a published table. Primary: any count from 1 to 4
 * is hidden (shown as `*`), the usual rule in UK health and care statistics. Secondary: a hidden count must not be
 * recoverable from what is shown, so more counts are hidden until no hidden count can be worked out by subtraction
 * from a total, and no group of hidden counts is known to add up to a small number. See suppression-engine.ts.
 */
export const suppressionThreshold = 5
export const suppressedSymbol = '*'

export type Cell = { kind: 'shown'; value: number } | { kind: 'suppressed'; reason: 'small-number' | 'secondary' }

export const isSmall = (count: number, threshold = suppressionThreshold): boolean => count >= 1 && count < threshold

const ruleFor = (threshold: number) => ({ smallest: 1, largest: threshold - 1 })

/** A single published number, with no total it could be subtracted from. */
export const suppressCount = (value: number, threshold = suppressionThreshold): Cell =>
  isSmall(value, threshold) ? { kind: 'suppressed', reason: 'small-number' } : { kind: 'shown', value }

/** A whole-number percentage of a shown total, or null where showing it would give a hidden count away. */
export const percentOf = (cell: Cell, total: Cell): number | null =>
  cell.kind === 'shown' && total.kind === 'shown' && total.value > 0
    ? Math.round((cell.value / total.value) * 100)
    : null

/** "12" or "*": a cell as printed in a table or a CSV file. */
export const cellText = (cell: Cell): string => (cell.kind === 'shown' ? String(cell.value) : suppressedSymbol)

// In one-dimensional tables the smallest counts are hidden first (hiding them costs the reader least), any count
// before a group's total, and the grand total only when nothing else will do.
const COUNT = 1_000_000
const GROUP_TOTAL = 1_000_000_000
const GRAND_TOTAL = 1_000_000_000_000
const smallestFirst: ExtraCost = (cell) =>
  cell.isTotal === true ? cell.value + (cell.sign === 1 ? GRAND_TOTAL : GROUP_TOTAL) : cell.value + COUNT

const cellOf = (value: number, isHidden: boolean, threshold: number): Cell =>
  !isHidden
    ? { kind: 'shown', value }
    : { kind: 'suppressed', reason: isSmall(value, threshold) ? 'small-number' : 'secondary' }

export type Suppressed = { cells: Cell[]; total: Cell; groupsShown: boolean[] }

/**
 * Suppress `values` (which add up to the total) given disjoint `groups` of cell indexes whose sums are to be shown
 * (the "agree" share is the sum of agree and strongly agree). Pass no groups for a plain table of counts and its
 * total. A group's sum is shown only where the total is.
 */
export function suppressCells(
  values: readonly number[],
  groups: readonly (readonly number[])[] = [],
  threshold = suppressionThreshold,
): Suppressed {
  // Vertices: one line per group, the total's line, and two free ends.
  const totalLine = groups.length
  const freeRow = groups.length + 1
  const freeColumn = groups.length + 2
  const groupOf = new Map<number, number>()
  groups.forEach((members, group) => members.forEach((member) => groupOf.set(member, group)))
  const cells: CountCell[] = values.map((value, index) => {
    const group = groupOf.get(index)
    // A count in a group sits in the group's line; one outside every group sits in the total's line directly.
    return group === undefined
      ? { value, row: freeRow, col: totalLine, sign: -1 }
      : { value, row: group, col: freeColumn, sign: 1 }
  })
  const sums = groups.map((members) => members.reduce((sum, member) => sum + (values[member] ?? 0), 0))
  sums.forEach((value, group) => cells.push({ value, row: group, col: totalLine, sign: -1, isTotal: true }))
  const total = values.reduce((sum, value) => sum + value, 0)
  cells.push({ value: total, row: freeRow, col: totalLine, sign: 1, isTotal: true })
  const hidden = chooseSuppressed(cells, ruleFor(threshold), { cost: smallestFirst, free: [freeRow, freeColumn] })
  const totalHidden = hidden[cells.length - 1] === true
  return {
    cells: values.map((value, index) => cellOf(value, hidden[index] === true, threshold)),
    total: cellOf(total, totalHidden, threshold),
    groupsShown: sums.map((_, group) => !totalHidden && hidden[values.length + group] !== true),
  }
}

export type SuppressedTable = { rows: Cell[]; total: Cell }

/**
 * Suppress a table whose rows add up to its total (`total` defaults to their sum). For a table whose rows can add to
 * more than the total (one enquiry, several types of risk), pass the total: the same protection is applied to the
 * rows as if they were additive, which only hides more.
 */
export function suppressTable(
  values: readonly number[],
  total?: number,
  threshold = suppressionThreshold,
): SuppressedTable {
  const shownTotal = total ?? values.reduce((sum, value) => sum + value, 0)
  const cells: CountCell[] = [
    ...values.map((value): CountCell => ({ value, row: 0, col: 1, sign: 1 })),
    { value: shownTotal, row: 0, col: 1, sign: -1, isTotal: true },
  ]
  const hidden = chooseSuppressed(cells, ruleFor(threshold), { cost: smallestFirst, free: [1] })
  return {
    rows: values.map((value, index) => cellOf(value, hidden[index] === true, threshold)),
    total: cellOf(shownTotal, hidden[values.length] === true, threshold),
  }
}
