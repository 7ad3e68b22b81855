import { percentOf, suppressCells, type Cell } from '@open-sds/kernel'

/** A published "so many of so many" figure: the part, the whole and the percentage, each shown only if safe. */
export type PublishedShare = { part: Cell; whole: Cell; percent: number | null }

/**
 * "12 of 20 people" also says "8 did not": the part and the rest are both counts a reader can work out, so both
 * go through suppression as the two cells of a table whose total is the whole. A part of 17 out of 20 is hidden
 * because the rest, 3, is small; a part of 0 or of the whole is shown, since it hides no one.
 */
export function publishShare(part: number, whole: number): PublishedShare {
  const safePart = Math.max(0, Math.min(part, whole))
  const { cells, total } = suppressCells([safePart, whole - safePart])
  const shownPart = cells[0] ?? { kind: 'suppressed', reason: 'secondary' }
  return { part: shownPart, whole: total, percent: percentOf(shownPart, total) }
}
