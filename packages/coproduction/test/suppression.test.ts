import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { suppressCells, type Cell, type Suppressed } from '@open-sds/coproduction'

const shownValue = (cell: Cell | undefined) => (cell?.kind === 'shown' ? cell.value : undefined)

/** The Likert layout: disagree side (cells 0-2) and agree side (cells 3-4), each with its sum shown. */
const likertGroups = [
  [0, 1, 2],
  [3, 4],
]

/**
 * Every value each hidden cell could take, for a reader who sees the shown cells, the shown total and
 * shown group sums, and knows a hidden cell is never 0.
 */
function feasibleValues(values: number[], groups: number[][], result: Suppressed): Set<number>[] {
  const hiddenIndexes = result.cells.flatMap((cell, index) => (cell.kind === 'suppressed' ? [index] : []))
  const feasible = hiddenIndexes.map(() => new Set<number>())
  const total = shownValue(result.total)
  const ceiling = total ?? values.reduce((a, b) => a + b, 0) + 2
  const candidate = values.map((value, index) => shownValue(result.cells[index]) ?? value)
  const consistent = () => {
    const sum = candidate.reduce((a, b) => a + b, 0)
    if (total !== undefined && sum !== total) return false
    return groups.every((members, index) => {
      if (!result.groupsShown[index]) return true
      const trueSum = members.reduce((acc, member) => acc + (values[member] ?? 0), 0)
      return members.reduce((acc, member) => acc + (candidate[member] ?? 0), 0) === trueSum
    })
  }
  const assign = (position: number) => {
    const index = hiddenIndexes[position]
    if (index === undefined) {
      if (consistent()) hiddenIndexes.forEach((hiddenIndex, slot) => feasible[slot]?.add(candidate[hiddenIndex] ?? 0))
      return
    }
    for (let value = 1; value <= ceiling; value += 1) {
      candidate[index] = value
      assign(position + 1)
    }
  }
  assign(0)
  return feasible
}

describe('suppressCells', () => {
  it('a plain table: hides 1 to 4 and the next smallest beside a shown total', () => {
    expect(suppressCells([4, 30, 6]).cells).toEqual([
      { kind: 'suppressed', reason: 'small-number' },
      { kind: 'shown', value: 30 },
      { kind: 'suppressed', reason: 'secondary' },
    ])
  })

  it('stops showing a group sum that would give its one hidden cell away', () => {
    const result = suppressCells([10, 10, 10, 3, 0], likertGroups)
    expect(result.groupsShown).toEqual([false, false])
    expect(result.total).toEqual({ kind: 'shown', value: 33 })
  })

  it('keeps the group sums when each side can protect its own hidden cells', () => {
    const result = suppressCells([2, 7, 9, 10, 12], likertGroups)
    expect(result.groupsShown).toEqual([true, true])
    expect(result.cells.map((cell) => cell.kind)).toEqual(['suppressed', 'suppressed', 'shown', 'shown', 'shown'])
  })
})

describe('suppression properties', () => {
  const likertCounts = fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 5, maxLength: 5 })
  const anyCounts = fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 80 })), {
    minLength: 1,
    maxLength: 6,
  })

  it('no shown count, total or group sum is between 1 and 4', () => {
    fc.assert(
      fc.property(anyCounts, fc.boolean(), (values, grouped) => {
        const groups = grouped && values.length === 5 ? likertGroups : []
        const result = suppressCells(values, groups)
        for (const cell of [...result.cells, result.total]) {
          const value = shownValue(cell)
          if (value !== undefined) expect(value === 0 || value >= 5).toBe(true)
        }
        groups.forEach((members, index) => {
          const sum = members.reduce((acc, member) => acc + (values[member] ?? 0), 0)
          if (result.groupsShown[index]) expect(sum === 0 || sum >= 5).toBe(true)
        })
      }),
    )
  })

  it('shown counts are the true counts, and a group sum is shown only with the total', () => {
    fc.assert(
      fc.property(likertCounts, (values) => {
        const result = suppressCells(values, likertGroups)
        result.cells.forEach((cell, index) => {
          if (cell.kind === 'shown') expect(cell.value).toBe(values[index])
        })
        if (result.groupsShown.some(Boolean)) expect(result.total.kind).toBe('shown')
      }),
    )
  })

  it('no hidden count can be worked out by subtraction from the total or a group sum', () => {
    fc.assert(
      fc.property(likertCounts, (values) => {
        const result = suppressCells(values, likertGroups)
        for (const options of feasibleValues(values, likertGroups, result))
          expect(options.size).toBeGreaterThanOrEqual(2)
      }),
      { numRuns: 150 },
    )
  })

  it('the same holds for a plain table with no groups', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }), (values) => {
        const result = suppressCells(values)
        for (const options of feasibleValues(values, [], result)) expect(options.size).toBeGreaterThanOrEqual(2)
      }),
      { numRuns: 150 },
    )
  })
})
