import type { AnnualCounts } from './annual-counts.js'
import { csvField, type Cell } from '@open-sds/kernel'

const suppressionNote = (cell: Cell): string => {
  if (cell.kind === 'shown') return ''
  return cell.reason === 'small-number'
    ? 'hidden: between 1 and 4'
    : 'hidden so another hidden count cannot be worked out'
}

/** The counts as a CSV download: one line per row and total, CRLF line ends, suppressed counts as `*`. */
export function toCsv(counts: AnnualCounts): string {
  const lines: string[][] = [['Reporting year', 'Table', 'Row', 'Count', 'Suppression']]
  for (const table of counts.tables) {
    const rows = table.total ? [...table.rows, { label: table.total.label, cell: table.total.cell }] : table.rows
    for (const row of rows) {
      const count = row.cell.kind === 'shown' ? String(row.cell.value) : counts.suppression.symbol
      lines.push([counts.period.label, table.title, row.label, count, suppressionNote(row.cell)])
    }
  }
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n'
}
