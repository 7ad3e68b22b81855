import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { suppressTable, type Cell } from '@open-sds/safeguarding'

const shown = (cell: Cell | undefined) => (cell?.kind === 'shown' ? cell.value : undefined)

/**
 * Every value each hidden cell could take, for a reader who knows the shown cells, the shown total,
 * and that a hidden cell is never 0 (the method never hides a zero).
 */
function feasibleValues(values: number[], rows: Cell[], total: Cell): Set<number>[] {
  const hiddenIndexes = rows.flatMap((cell, index) => (cell.kind === 'suppressed' ? [index] : []))
  const feasible = hiddenIndexes.map(() => new Set<number>())
  const knownTotal = shown(total)
  const visibleSum = rows.reduce((sum, cell) => sum + (shown(cell) ?? 0), 0)
  const ceiling = values.reduce((sum, value) => sum + value, 0) + 5
  const assign = (position: number, chosen: number[]) => {
    if (position === hiddenIndexes.length) {
      const sum = visibleSum + chosen.reduce((a, b) => a + b, 0)
      if (knownTotal === undefined || sum === knownTotal) chosen.forEach((value, index) => feasible[index]?.add(value))
      return
    }
    for (let value = 1; value <= ceiling; value += 1) assign(position + 1, [...chosen, value])
  }
  assign(0, [])
  return feasible
}

describe('suppressTable', () => {
  it('hides a count of 3 and, because the total is shown, the next smallest count too', () => {
    const table = suppressTable([3, 40, 12, 0])
    expect(table.rows).toEqual([
      { kind: 'suppressed', reason: 'small-number' },
      { kind: 'shown', value: 40 },
      { kind: 'suppressed', reason: 'secondary' },
      { kind: 'shown', value: 0 },
    ])
    expect(table.total).toEqual({ kind: 'shown', value: 55 })
  })

  it('hides a small total, and the total when five hidden ones would each be known to be 1', () => {
    expect(suppressTable([2, 1]).total).toEqual({ kind: 'suppressed', reason: 'small-number' })
    expect(suppressTable([1, 1, 1, 1, 1]).total).toEqual({ kind: 'suppressed', reason: 'secondary' })
  })

  it('shows everything when no count is between 1 and 4', () => {
    const table = suppressTable([0, 5, 120])
    expect(table.rows.every((cell) => cell.kind === 'shown')).toBe(true)
  })
})

describe('suppression properties', () => {
  const tables = fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), {
    minLength: 1,
    maxLength: 5,
  })

  it('no published count is between 1 and 4', () => {
    fc.assert(
      fc.property(tables, (values) => {
        const table = suppressTable(values)
        for (const cell of [...table.rows, table.total]) {
          const value = shown(cell)
          if (value !== undefined) expect(value === 0 || value >= 5).toBe(true)
        }
      }),
    )
  })

  it('shown counts are the true counts', () => {
    fc.assert(
      fc.property(tables, (values) => {
        suppressTable(values).rows.forEach((cell, index) => {
          if (cell.kind === 'shown') expect(cell.value).toBe(values[index])
        })
      }),
    )
  })

  it('no hidden count can be worked out from the total by subtraction', () => {
    const small = fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 4 })
    fc.assert(
      fc.property(small, (values) => {
        const table = suppressTable(values)
        for (const options of feasibleValues(values, table.rows, table.total))
          expect(options.size).toBeGreaterThanOrEqual(2)
      }),
      { numRuns: 300 },
    )
  })
})
