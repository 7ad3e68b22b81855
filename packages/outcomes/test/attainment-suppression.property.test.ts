import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aggregateAttainment } from '../src/index.js'
import type { CountRows } from './count-tables.js'
import { extendedTable, observationsFor, publishedRow } from './count-tables.js'
import { hiddenCellCanVary, linesOf } from './disclosure-check.js'

const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 15 }))
const row = fc.tuple(count, count, count).filter((counts) => counts.some((n) => n > 0))
const table = fc.oneof(
  fc.record({ grouped: fc.constant(false), rows: fc.array(row, { minLength: 1, maxLength: 1 }) }),
  fc.record({ grouped: fc.constant(true), rows: fc.array(row, { minLength: 1, maxLength: 3 }) }),
)

function publish(rows: CountRows, grouped: boolean) {
  const result = aggregateAttainment(observationsFor(rows), { groupBy: grouped ? ['band'] : [] })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  const item = result.value.items[0]
  if (item === undefined) throw new Error('no item in the table')
  return { truth: extendedTable(rows, grouped), published: item.rows.map(publishedRow) }
}

function hiddenPositions(published: (number | undefined)[][]): [number, number][] {
  return published.flatMap((cells, row) =>
    cells.flatMap((cell, column) => (cell === undefined ? [[row, column] as [number, number]] : [])),
  )
}

describe('small-number suppression (properties)', () => {
  it('publishes no count from 1 to 4, publishes every other count truly, and never hides a 0', () => {
    fc.assert(
      fc.property(table, ({ rows, grouped }) => {
        const { truth, published } = publish(rows, grouped)
        expect(published).toHaveLength(truth.length)
        truth.forEach((cells, r) =>
          cells.forEach((trueCount, c) => {
            const shown = published[r]?.[c]
            if (shown !== undefined) {
              expect(shown).toBe(trueCount)
              expect(shown >= 1 && shown <= 4).toBe(false)
            } else {
              expect(trueCount).toBeGreaterThan(0)
            }
          }),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('never leaves a hidden count alone in a row or column, where subtracting from the total would reveal it', () => {
    fc.assert(
      fc.property(table, ({ rows, grouped }) => {
        const { published } = publish(rows, grouped)
        for (const line of linesOf(published.length, grouped)) {
          const hiddenInLine = line.filter(([r, c]) => published[r]?.[c] === undefined).length
          expect(hiddenInLine).not.toBe(1)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('leaves every hidden count open: another table fits all the published figures with a different value there', () => {
    fc.assert(
      fc.property(table, ({ rows, grouped }) => {
        const { truth, published } = publish(rows, grouped)
        for (const target of hiddenPositions(published)) {
          expect({ target, varies: hiddenCellCanVary(truth, published, grouped, target) }).toEqual({
            target,
            varies: true,
          })
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('small-number suppression against a reader who knows the rule exactly (one row, exhaustive)', () => {
  // With a published total of at most `largest`, every row that could publish alike is in the search. With the
  // total hidden, larger rows could only add ways to publish alike, so a count shown to vary here does vary.
  it('for every row of counts up to 14, each hidden count takes at least two values among the rows that publish the same way', () => {
    const largest = 14
    const byPublication = new Map<string, number[][]>()
    for (let fully = 0; fully <= largest; fully += 1) {
      for (let partly = 0; partly <= largest; partly += 1) {
        for (let notAchieved = 0; notAchieved <= largest; notAchieved += 1) {
          if (fully + partly + notAchieved === 0) continue
          const { truth, published } = publish([[fully, partly, notAchieved]], false)
          const signature = JSON.stringify(published)
          const rowsAlike = byPublication.get(signature) ?? []
          rowsAlike.push(truth[0] ?? [])
          byPublication.set(signature, rowsAlike)
        }
      }
    }
    const exposed: string[] = []
    for (const [signature, rowsAlike] of byPublication) {
      const published = (JSON.parse(signature) as (number | null)[][])[0] ?? []
      const total = published[3]
      if (total !== null && total !== undefined && total > largest) continue
      published.forEach((cell, column) => {
        if (cell !== null) return
        const values = new Set(rowsAlike.map((cells) => cells[column]))
        if (values.size < 2) exposed.push(`${signature} column ${column}`)
      })
    }
    expect(exposed).toEqual([])
  })
})
