import { orList } from '@open-sds/kernel'
import { poundsToPence } from '@open-sds/kernel'
import type { Result } from '@open-sds/kernel'
import { fail, ok } from '@open-sds/kernel'
import type { CalibrationCase } from './cases.js'

/** A line of the file that could not be used, with every reason (line numbers count the header as line 1). */
export type RejectedRow = { line: number; text: string; reasons: string[] }

export type ParsedCalibrationCsv = {
  cases: CalibrationCase[]
  rejectedRows: RejectedRow[]
  /** Columns other than the three we read, which were ignored. */
  ignoredColumns: string[]
}

const COLUMNS = ['case_id', 'points', 'actual_weekly_cost'] as const

/**
 * Reads historic cases from CSV with the header `case_id,points,actual_weekly_cost` (columns in any order; cost in
 * pounds such as 245.50, turned into pence exactly). Every bad row is reported with its line number and reasons,
 * and every good row is kept. Blank lines are skipped. Fields may be quoted ("…", with "" for a quote).
 */
export function parseCalibrationCsv(text: string): Result<ParsedCalibrationCsv> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  const headerLine = lines[0] ?? ''
  const header = splitCsvLine(headerLine)
  const names = header?.map((h) => h.trim().toLowerCase()) ?? []
  const missing = COLUMNS.filter((c) => !names.includes(c))
  if (header === undefined || missing.length > 0) {
    return fail({
      path: 'line.1',
      message: `The first line must be the header case_id,points,actual_weekly_cost${missing.length > 0 ? `; it has no ${orList(missing)} column` : ''}`,
    })
  }
  const at = (name: (typeof COLUMNS)[number]) => names.indexOf(name)
  const cases: CalibrationCase[] = []
  const rejectedRows: RejectedRow[] = []
  const firstLineOf = new Map<string, number>()
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2
    if (raw.trim() === '') return
    const fields = splitCsvLine(raw)
    const reasons: string[] = []
    if (fields === undefined) reasons.push('It has a quote that is not closed')
    else if (fields.length !== header.length)
      reasons.push(`It has ${fields.length} values but the header has ${header.length}`)
    else {
      const row = readRow(
        fields[at('case_id')] ?? '',
        fields[at('points')] ?? '',
        fields[at('actual_weekly_cost')] ?? '',
        reasons,
      )
      const first = row === undefined ? undefined : firstLineOf.get(row.caseId)
      if (row !== undefined && first !== undefined) reasons.push(`case_id "${row.caseId}" is already on line ${first}`)
      else if (row !== undefined) {
        firstLineOf.set(row.caseId, line)
        cases.push(row)
      }
    }
    if (reasons.length > 0) rejectedRows.push({ line, text: raw, reasons })
  })
  return ok({
    cases,
    rejectedRows,
    ignoredColumns: header.filter((_, i) => !COLUMNS.some((c) => at(c) === i)).map((h) => h.trim()),
  })
}

function readRow(
  caseIdText: string,
  pointsText: string,
  costText: string,
  reasons: string[],
): CalibrationCase | undefined {
  const caseId = caseIdText.trim()
  if (caseId === '') reasons.push('case_id is empty')
  const pointsTrimmed = pointsText.trim()
  const points = /^\d+$/.test(pointsTrimmed) ? Number(pointsTrimmed) : undefined
  if (points === undefined || !Number.isSafeInteger(points)) {
    reasons.push(`points must be a whole number of 0 or more, not "${pointsTrimmed}"`)
  }
  const actualWeeklyPence = poundsToPence(costText)
  if (actualWeeklyPence === undefined) {
    reasons.push(
      `actual_weekly_cost must be an amount in pounds of 0 or more with at most 2 decimal places, such as 245.50, not "${costText.trim()}"`,
    )
  }
  if (reasons.length > 0 || points === undefined || actualWeeklyPence === undefined) return undefined
  return { caseId, points, actualWeeklyPence }
}

/** Splits one CSV line into fields (RFC 4180 quoting); undefined when a quoted field is not closed. */
function splitCsvLine(line: string): string[] | undefined {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      fields.push(field)
      field = ''
    } else field += ch
  }
  if (quoted) return undefined
  fields.push(field)
  return fields
}
