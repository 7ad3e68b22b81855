import {
  addDays,
  calendarDate,
  fail,
  isCalendarDate,
  issue,
  ok,
  parsePounds,
  type CalendarDate,
  type Result,
} from '@open-sds/kernel'
import type { ReturnInput } from './monitoring.js'
import type { CardStatementFormat } from './policy.js'

/** One transaction from a card statement: money in above 0, spend below 0, with the line it came from. */
export type CardTransaction = {
  line: number
  date: CalendarDate
  description: string
  pence: number
  balancePence?: number
}

export type CardStatement = {
  format: string
  transactions: CardTransaction[]
  /** Rows that could not be read, each with its line number and why; the good rows are kept. */
  problems: { line: number; message: string }[]
}

/** The fields of one record that starts at `from`, and where the next record starts (RFC 4180 quoting). */
function quotedRecord(text: string, from: number): { fields: string[]; next: number; lines: number } {
  const fields: string[] = []
  let field = ''
  let quoted = false
  let lines = 1
  let index = from
  for (; index < text.length; index += 1) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') lines += 1
        field += char
      }
    } else if (char === '"') quoted = true
    else if (char === ',') {
      fields.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') break
    else field += char
  }
  fields.push(field)
  if (text[index] === '\r' && text[index + 1] === '\n') index += 1
  return { fields, next: index + 1, lines }
}

/**
 * Splits CSV text into records of fields, each with the line it starts on. A line with no quotes is split on its
 * commas; a quoted field may hold commas, doubled quotes and line breaks. Blank lines are skipped.
 */
function csvRows(text: string): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = []
  let line = 1
  let at = 0
  while (at < text.length) {
    const newline = text.indexOf('\n', at)
    const lineEnd = newline === -1 ? text.length : newline
    const plain = text.slice(at, lineEnd).replace(/\r$/, '')
    if (!plain.includes('"')) {
      if (plain.trim() !== '') rows.push({ line, fields: plain.split(',') })
      at = lineEnd + 1
      line += 1
      continue
    }
    const record = quotedRecord(text, at)
    rows.push({ line, fields: record.fields })
    at = record.next
    line += record.lines
  }
  return rows
}

function readDate(text: string, format: CardStatementFormat['dateFormat']): CalendarDate | undefined {
  const typed = text.trim()
  if (format === 'YYYY-MM-DD') return isCalendarDate(typed) ? typed : undefined
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed)
  if (match === null) return undefined
  const date = calendarDate(Number(match[3]), Number(match[2]), Number(match[1]))
  return isCalendarDate(date) ? date : undefined
}

/** A signed amount as pence: "-12.50", "£1,200.00", "−3" (a minus sign), "(4.00)" for a debit. */
function readSigned(text: string, label: string): Result<number> {
  const typed = text.trim()
  const negative = /^[-−–]/.test(typed) || /^\(.*\)$/.test(typed)
  const unsigned = typed.replace(/^[-−–]\s*/, '').replace(/^\((.*)\)$/, '$1')
  const pence = parsePounds(unsigned, { label })
  return pence.ok ? ok(negative ? -pence.value : pence.value) : pence
}

function readUnsigned(text: string, label: string): Result<number> {
  return text.trim() === '' ? ok(0) : parsePounds(text, { label })
}

/**
 * Reads a prepaid-card statement in the format the council's policy names. A missing column refuses the file,
 * naming the column; a row with a bad date or amount is reported by its line and the other rows are kept.
 */
export function parseCardStatement(text: string, format: CardStatementFormat): Result<CardStatement> {
  const rows = csvRows(text.replace(/^\uFEFF/, ''))
  const header = rows[0]
  if (header === undefined)
    return fail(issue('line 1', 'The statement is empty: it needs a header row and at least one transaction'))
  const names = header.fields.map((name) => name.trim().toLowerCase())
  const wanted = [
    format.dateColumn,
    format.descriptionColumn,
    ...(format.amount.kind === 'signed' ? [format.amount.column] : [format.amount.inColumn, format.amount.outColumn]),
    ...(format.balanceColumn === undefined ? [] : [format.balanceColumn]),
  ]
  const missing = wanted.filter((column) => !names.includes(column.toLowerCase()))
  if (missing.length > 0)
    return fail(
      ...missing.map((column) =>
        issue(
          'line 1',
          `The header row has no "${column}" column, which the ${format.name} format needs (found: ${header.fields.join(', ')})`,
        ),
      ),
    )
  // Each column's position, found once rather than for every row.
  const positions = new Map(wanted.map((column) => [column, names.indexOf(column.toLowerCase())]))
  const at = (fields: string[], column: string) => fields[positions.get(column) ?? -1] ?? ''
  const transactions: CardTransaction[] = []
  const problems: CardStatement['problems'] = []
  for (const row of rows.slice(1)) {
    if (row.fields.length !== header.fields.length) {
      problems.push({
        line: row.line,
        message: `Line ${String(row.line)} has ${String(row.fields.length)} fields, not the header's ${String(header.fields.length)}`,
      })
      continue
    }
    const date = readDate(at(row.fields, format.dateColumn), format.dateFormat)
    if (date === undefined) {
      problems.push({
        line: row.line,
        message: `Line ${String(row.line)}: the date "${at(row.fields, format.dateColumn)}" is not a real date written ${format.dateFormat}`,
      })
      continue
    }
    let pence: Result<number>
    if (format.amount.kind === 'signed') pence = readSigned(at(row.fields, format.amount.column), 'the amount')
    else {
      const moneyIn = readUnsigned(at(row.fields, format.amount.inColumn), 'the money in')
      const moneyOut = readUnsigned(at(row.fields, format.amount.outColumn), 'the money out')
      pence = !moneyIn.ok ? moneyIn : !moneyOut.ok ? moneyOut : ok(moneyIn.value - moneyOut.value)
    }
    if (!pence.ok) {
      problems.push({
        line: row.line,
        message: `Line ${String(row.line)}: ${pence.errors.map((found) => found.message).join('; ')}`,
      })
      continue
    }
    const balance =
      format.balanceColumn === undefined ? undefined : readSigned(at(row.fields, format.balanceColumn), 'the balance')
    if (balance !== undefined && !balance.ok) {
      problems.push({
        line: row.line,
        message: `Line ${String(row.line)}: ${balance.errors.map((found) => found.message).join('; ')}`,
      })
      continue
    }
    transactions.push({
      line: row.line,
      date,
      description: at(row.fields, format.descriptionColumn).trim(),
      pence: pence.value,
      ...(balance === undefined ? {} : { balancePence: balance.value }),
    })
  }
  return ok({ format: format.name, transactions, problems })
}

/** A payment the council recorded as made into the account: one credit on the card, on or after the day it was paid. */
export type CouncilCredit = { paidOn: CalendarDate; pence: number }

/**
 * Which money-in rows are the council's payments: each credit takes the row of the same amount nearest after the day
 * it was paid (a card provider may credit a day or two later), each row once.
 */
function matchCredits(rows: readonly CardTransaction[], credits: readonly CouncilCredit[]): Set<CardTransaction> {
  const matched = new Set<CardTransaction>()
  for (const credit of [...credits].sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0))) {
    const row = rows.find(
      (candidate) => !matched.has(candidate) && candidate.pence === credit.pence && candidate.date >= credit.paidOn,
    )
    if (row !== undefined) matched.add(row)
  }
  return matched
}

/**
 * A monitoring return from a prepaid-card statement's good rows: each payment out a spend line (not yet set against
 * a support: the person places it), the opening balance the first row's balance before it (or `openingBalancePence`
 * when the format has no balance), the closing balance the last row's (or the opening balance plus the rows). The
 * period runs from the first transaction to the last unless given.
 *
 * What the council paid in is `councilPayments`, the payments it recorded as made in the period, whatever the file
 * says: money-in rows that match none of them (the person's contribution, a refund) are `otherMoneyIn`, counted as
 * paid in by the person, so a council payment missing from the card shows as a difference to ask about. Without
 * `councilPayments` (a statement read on its own), every money-in row counts as the council's.
 */
export function returnFromCardStatement(
  statement: CardStatement,
  options: {
    receivedOn: CalendarDate
    periodStart?: CalendarDate
    periodEnd?: CalendarDate
    openingBalancePence?: number
    councilPayments?: readonly CouncilCredit[]
    /** The last day of the last return sent: rows on or before it that were not imported before came in late. */
    lastReturnEnd?: CalendarDate
  },
): Result<ReturnInput> {
  const rows = [...statement.transactions].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line,
  )
  const firstRow = rows[0]
  const lastRow = rows.at(-1)
  if (firstRow === undefined || lastRow === undefined)
    return fail(issue('statement', 'The statement has no transactions that could be read'))
  const opening =
    firstRow.balancePence === undefined ? (options.openingBalancePence ?? 0) : firstRow.balancePence - firstRow.pence
  const net = rows.reduce((sum, row) => sum + row.pence, 0)
  // A row dated on or before the last return's end that is still here (not imported before) came in late: the bank
  // posted it after that return, or that return was typed by hand. The period starts the day after that return, so the
  // two never cover one day (nor count one council payment twice), and the late rows are counted here, where checkReturn
  // names them. On the last return's own day (a statement taken later the same day) the period starts on that day.
  const late = options.lastReturnEnd
  const afterLast =
    late !== undefined && firstRow.date <= late && late < options.receivedOn ? addDays(late, 1) : undefined
  const periodStart = options.periodStart ?? afterLast ?? firstRow.date
  const periodEnd = options.periodEnd ?? (lastRow.date < periodStart ? periodStart : lastRow.date)
  const moneyIn = rows.filter((row) => row.pence > 0)
  const credits = options.councilPayments?.filter(
    (credit) => credit.pence > 0 && credit.paidOn >= periodStart && credit.paidOn <= periodEnd,
  )
  const council = credits === undefined ? new Set(moneyIn) : matchCredits(moneyIn, credits)
  const other = moneyIn.filter((row) => !council.has(row))
  const sum = (amounts: readonly { pence: number }[]) => amounts.reduce((total, entry) => total + entry.pence, 0)
  return ok({
    periodStart,
    periodEnd,
    receivedOn: options.receivedOn,
    openingBalancePence: opening,
    closingBalancePence: lastRow.balancePence ?? opening + net,
    paidInPence: credits === undefined ? sum(moneyIn) : sum(credits),
    contributionsPaidInPence: sum(other),
    otherMoneyIn: other.map((row) => ({
      date: row.date,
      description: row.description || `Line ${String(row.line)}`,
      pence: row.pence,
    })),
    spend: rows
      .filter((row) => row.pence < 0)
      .map((row) => ({
        date: row.date,
        description: row.description || `Line ${String(row.line)}`,
        pence: -row.pence,
        supportId: null,
      })),
  })
}
