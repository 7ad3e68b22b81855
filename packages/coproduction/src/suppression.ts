/**
 * Small-number suppression, so that no person can be picked out of published results.
 *
 * Primary: any count from 1 to 4 is hidden (shown as `*`), the usual rule in UK health and care
 * statistics. Secondary: a hidden count must not be recoverable from what is shown. If a total of 20
 * is shown beside counts 12, 5 and a hidden one, the hidden one is 3; so more counts are hidden.
 *
 * Cells can be grouped, with each group's sum shown (the "agree" share is the sum of agree and
 * strongly agree). Every shown sum, and the total less the shown sums, is a fact a reader can use.
 * For each, the hidden cells inside it must be none, or at least two adding to 5 or more and to more
 * than their number (a reader who knows this method knows a hidden cell is never 0, so five hidden
 * cells adding to 5 would each be 1). Cells are hidden smallest first until that holds; where no
 * cell is left to hide, a group's sum stops being shown, and last of all the total.
 */
export const suppressionThreshold = 5
export const suppressedSymbol = '*'

export type Cell = { kind: 'shown'; value: number } | { kind: 'suppressed'; reason: 'small-number' | 'secondary' }

export const isSmall = (count: number, threshold = suppressionThreshold): boolean => count >= 1 && count < threshold

export type Suppressed = { cells: Cell[]; total: Cell; groupsShown: boolean[] }

const sumOf = (values: readonly number[], members: readonly number[]): number =>
  members.reduce((sum, member) => sum + (values[member] ?? 0), 0)

/**
 * Suppress `values` (which add up to the total) given disjoint `groups` of cell indexes whose sums
 * are to be shown. Pass no groups for a plain table of counts and its total.
 */
export function suppressCells(values: readonly number[], groups: readonly (readonly number[])[] = [], threshold = suppressionThreshold): Suppressed {
  const hidden = values.map((value) => isSmall(value, threshold))
  const primary = [...hidden]
  const total = values.reduce((sum, value) => sum + value, 0)
  let totalShown = !isSmall(total, threshold)
  const groupsShown = groups.map((members) => totalShown && !isSmall(sumOf(values, members), threshold))
  const grouped = new Set(groups.flat())
  const ungrouped = values.map((_, index) => index).filter((index) => !grouped.has(index))

  const protectedEnough = (members: readonly number[]): boolean => {
    const hiddenMembers = members.filter((member) => hidden[member])
    if (hiddenMembers.length === 0) return true
    const hiddenSum = sumOf(values, hiddenMembers)
    return hiddenMembers.length >= 2 && hiddenSum >= threshold && hiddenSum > hiddenMembers.length
  }
  const hideSmallestVisible = (members: readonly number[]): boolean => {
    let pick: number | undefined
    for (const member of members) {
      const value = values[member] ?? 0
      if (!hidden[member] && value > 0 && (pick === undefined || value < (values[pick] ?? 0))) pick = member
    }
    if (pick === undefined) return false
    hidden[pick] = true
    return true
  }

  let changed = true
  while (changed) {
    changed = false
    for (const [index, members] of groups.entries()) {
      if (!groupsShown[index] || protectedEnough(members)) continue
      if (!hideSmallestVisible(members)) groupsShown[index] = false
      changed = true
    }
    if (changed || !totalShown) continue
    // What the total gives away beyond the shown groups: the sum of everything else.
    const rest = [...ungrouped, ...groups.filter((_, index) => !groupsShown[index]).flat()]
    if (protectedEnough(rest)) continue
    changed = true
    if (hideSmallestVisible(rest)) continue
    const stillShown = groupsShown.indexOf(true)
    if (stillShown === -1) totalShown = false
    else groupsShown[stillShown] = false
  }

  return {
    cells: values.map((value, index): Cell => {
      if (primary[index]) return { kind: 'suppressed', reason: 'small-number' }
      if (hidden[index]) return { kind: 'suppressed', reason: 'secondary' }
      return { kind: 'shown', value }
    }),
    total: totalShown ? { kind: 'shown', value: total } : { kind: 'suppressed', reason: isSmall(total, threshold) ? 'small-number' : 'secondary' },
    groupsShown,
  }
}

/** A count on its own, with no total it could be subtracted from. */
export const suppressCount = (value: number, threshold = suppressionThreshold): Cell =>
  isSmall(value, threshold) ? { kind: 'suppressed', reason: 'small-number' } : { kind: 'shown', value }

/** A whole-number percentage of a shown total, or null where showing it would give a hidden count away. */
export const percentOf = (cell: Cell, total: Cell): number | null =>
  cell.kind === 'shown' && total.kind === 'shown' && total.value > 0 ? Math.round((cell.value / total.value) * 100) : null
