import type { AttainmentObservation, AttainmentRow, Cell } from '../src/index.js'
import { attainmentLevels } from '../src/index.js'

/** A test's true table: one row of [fully, partly, not-achieved] counts per cohort. */
export type CountRows = number[][]

/** People whose ratings produce exactly `rows` for one item, grouped by `band` when there is more than one row. */
export function observationsFor(
  rows: CountRows,
  item = { frameworkId: 'care-act-wellbeing', itemId: 'relationships' },
): AttainmentObservation[] {
  const observations: AttainmentObservation[] = []
  rows.forEach((counts, rowIndex) => {
    counts.forEach((count, level) => {
      for (let n = 0; n < count; n += 1) {
        observations.push({
          personId: `p-${rowIndex}-${level}-${n}`,
          linkedItems: [item],
          attainment: attainmentLevels[level] ?? 'fully',
          cohort: { band: `band-${rowIndex}` },
        })
      }
    })
  })
  return observations
}

/** A published row as numbers, with `undefined` for a suppressed cell: [fully, partly, not-achieved, total]. */
export function publishedRow(row: AttainmentRow): (number | undefined)[] {
  const read = (cell: Cell) => (cell.status === 'published' ? cell.count : undefined)
  return [...attainmentLevels.map((level) => read(row.counts[level])), read(row.total)]
}

/** The true extended table, rows then the everyone row when grouped, each [fully, partly, not-achieved, total]. */
export function extendedTable(rows: CountRows, grouped: boolean): number[][] {
  const withTotals = rows.map((counts) => [...counts, counts.reduce((a, b) => a + b, 0)])
  if (!grouped) return withTotals
  const everyone = [0, 1, 2, 3].map((column) => withTotals.reduce((total, row) => total + (row[column] ?? 0), 0))
  return [...withTotals, everyone]
}
