import type { AnnualCounts } from './annual-counts.js'
import type { Cell } from '@open-sds/kernel'

/** One CSV field, quoted only when it must be (RFC 4180, section 2). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

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
