import type { CldRow } from './columns.js'
import type { CldIssue } from './issues.js'
import { valueListsByColumn, type Release } from './value-lists.js'

const dateColumns = [
  'Reporting_Period_Start_Date',
  'Reporting_Period_End_Date',
  'Date_of_Birth',
  'Date_of_Death',
  'Event_Start_Date',
  'Event_End_Date',
] as const

/**
 * Every coded cell of every row checked against the release's lists (blank is allowed here; whether a blank is
 * acceptable is decided when the row is built), and every date cell against YYYY-MM-DD.
 */
export function checkRows(rows: readonly CldRow[], release: Release): CldIssue[] {
  const lists = [...valueListsByColumn(release)]
  const issues: CldIssue[] = []
  rows.forEach((row, index) => {
    for (const [column, allowed] of lists) {
      const value = row[column as keyof CldRow]
      if (value !== '' && !allowed.has(value))
        issues.push({
          path: `rows.${String(index)}.${column}`,
          message: `"${value}" is not on the ${release === 'R1' ? 'Release 1' : 'Release 2'} list for ${column}`,
          column,
        })
    }
    for (const column of dateColumns) {
      const value = row[column]
      if (value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value))
        issues.push({
          path: `rows.${String(index)}.${column}`,
          message: `"${value}" is not a date written as YYYY-MM-DD`,
          column,
        })
    }
  })
  return issues
}
