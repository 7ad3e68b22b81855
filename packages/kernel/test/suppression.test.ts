import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  cellText,
  chooseSuppressed,
  percentOf,
  suppressCells,
  suppressCount,
  suppressTable,
  type Cell,
  type CountCell,
} from '../src/index.ts'

const shown = (cell: Cell | undefined) => (cell?.kind === 'shown' ? cell.value : undefined)

describe('one engine for every published table', () => {
  it('hides a count of 1 to 4 and, beside a shown total, the next smallest count too', () => {
    const table = suppressTable([3, 40, 12, 0])
    expect(table.rows.map(cellText)).toEqual(['*', '40', '*', '0'])
    expect(table.rows[0]).toEqual({ kind: 'suppressed', reason: 'small-number' })
    expect(table.rows[2]).toEqual({ kind: 'suppressed', reason: 'secondary' })
    expect(table.total).toEqual({ kind: 'shown', value: 55 })
  })

  it('does not leave hidden counts whose sum is itself a small number', () => {
    // 1 and 2 hidden beside a total of 23 would tell a reader that 3 people are in those two rows.
    const table = suppressTable([1, 2, 20])
    expect(table.rows.map(cellText)).toEqual(['*', '*', '*'])
    expect(table.total).toEqual({ kind: 'shown', value: 23 })
  })

  it('hides the total when five hidden counts would each be known to be 1', () => {
    expect(suppressTable([1, 1, 1, 1, 1]).total).toEqual({ kind: 'suppressed', reason: 'secondary' })
  })

  it('keeps group sums beside the total when each group can protect its own hidden counts', () => {
    const result = suppressCells(
      [2, 7, 9, 10, 12],
      [
        [0, 1, 2],
        [3, 4],
      ],
    )
    expect(result.cells.map(cellText)).toEqual(['*', '*', '9', '10', '12'])
    expect(result.groupsShown).toEqual([true, true])
    expect(percentOf(result.cells[2] ?? suppressCount(0), result.total)).toBe(23)
  })

  it('protects a two-way table across its rows and its columns', () => {
    // Two rows of three counts with their totals, then the row of column totals; the small count is row 0, column 1.
    const grid = [
      [10, 2, 8],
      [9, 7, 6],
    ]
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
    const cells: CountCell[] = [
      ...grid.flatMap((counts, row): CountCell[] => [
        ...counts.map((value, column): CountCell => ({ value, row, col: 3 + column, sign: 1, column })),
        { value: sum(counts), row, col: 6, sign: -1, column: 3, isTotal: true },
      ]),
      ...[0, 1, 2].map((column): CountCell => ({
        value: sum(grid.map((counts) => counts[column] ?? 0)),
        row: 2,
        col: 3 + column,
        sign: -1,
        column,
        isTotal: true,
      })),
      { value: 42, row: 2, col: 6, sign: 1, column: 3, isTotal: true },
    ]
    const hidden = chooseSuppressed(cells, { smallest: 1, largest: 4 })
    const hiddenInRow = (row: number) => hidden.slice(row * 4, row * 4 + 4).filter(Boolean).length
    const hiddenInColumn = (column: number) =>
      [0, 1].filter((row) => hidden[row * 4 + column]).length + (hidden[8 + column] ? 1 : 0)
    expect(hidden[1]).toBe(true)
    expect(hiddenInRow(0)).toBeGreaterThanOrEqual(2)
    expect(hiddenInColumn(1)).toBeGreaterThanOrEqual(2)
  })

  it('never shows a count from 1 to 4 and shows every other count truly (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 6 }), (values) => {
        const table = suppressTable(values)
        table.rows.forEach((cell, index) => {
          if (cell.kind === 'shown') expect(cell.value).toBe(values[index])
        })
        for (const cell of [...table.rows, table.total]) {
          const value = shown(cell)
          if (value !== undefined) expect(value === 0 || value >= 5).toBe(true)
        }
      }),
    )
  })
})
