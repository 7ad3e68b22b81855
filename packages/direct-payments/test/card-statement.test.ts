import { describe, expect, it } from 'vitest'
import { DEFAULT_CARD_STATEMENT_FORMAT, parseCardStatement, type CardStatementFormat } from '../src/index.js'
import { unwrap } from './fixtures.js'

describe('prepaid-card statements', () => {
  it('reads the default format: signed amounts, quoted descriptions with commas, the balance after each', () => {
    const csv =
      'Date,Description,Amount,Balance\r\n2026-04-06,Council payment,960.00,960.00\r\n2026-04-10,"Agency, invoice 12",-140.00,820.00\r\n'
    expect(unwrap(parseCardStatement(csv, DEFAULT_CARD_STATEMENT_FORMAT))).toEqual({
      format: 'Open SDS card statement',
      transactions: [
        { line: 2, date: '2026-04-06', description: 'Council payment', pence: 96_000, balancePence: 96_000 },
        { line: 3, date: '2026-04-10', description: 'Agency, invoice 12', pence: -14_000, balancePence: 82_000 },
      ],
      problems: [],
    })
  })

  it('reports a malformed row by its line and keeps the good rows', () => {
    const csv = [
      'Date,Description,Amount,Balance',
      '2026-04-06,Council payment,960.00,960.00',
      '2026-04-31,Gym,-10.00,950.00',
      '2026-04-12,PA wages,twelve,950.00',
      '2026-04-13,Too many,1,2,3',
      '2026-04-14,Taxi,-12.50,947.50',
    ].join('\n')
    const statement = unwrap(parseCardStatement(csv, DEFAULT_CARD_STATEMENT_FORMAT))
    expect(statement.transactions.map((row) => row.line)).toEqual([2, 6])
    expect(statement.problems).toEqual([
      { line: 3, message: 'Line 3: the date "2026-04-31" is not a real date written YYYY-MM-DD' },
      { line: 4, message: 'Line 4: The amount must be an amount of money in numbers, like 25.50' },
      { line: 5, message: "Line 5 has 5 fields, not the header's 4" },
    ])
  })

  it('refuses a file with a missing column, naming it', () => {
    expect(
      parseCardStatement('Date,Details,Amount,Balance\n2026-04-06,x,1.00,1.00\n', DEFAULT_CARD_STATEMENT_FORMAT),
    ).toEqual({
      ok: false,
      errors: [
        {
          path: 'line 1',
          message:
            'The header row has no "Description" column, which the Open SDS card statement format needs (found: Date, Details, Amount, Balance)',
        },
      ],
    })
  })

  it('reads a provider format with day-first dates and money in and out in two columns', () => {
    const format: CardStatementFormat = {
      name: 'Card provider export',
      dateColumn: 'Transaction Date',
      dateFormat: 'DD/MM/YYYY',
      descriptionColumn: 'Merchant',
      amount: { kind: 'in-and-out', inColumn: 'Credit', outColumn: 'Debit' },
    }
    const csv =
      'Transaction Date,Merchant,Debit,Credit\n06/04/2026,Northmoor CC,,"1,280.00"\n09/04/2026,Fit Gym,10.00,\n'
    expect(unwrap(parseCardStatement(csv, format)).transactions.map((row) => [row.date, row.pence])).toEqual([
      ['2026-04-06', 128_000],
      ['2026-04-09', -1_000],
    ])
  })

  it('keeps a line break inside a quoted description, and counts lines after it right', () => {
    const csv =
      'Date,Description,Amount,Balance\n2026-04-06,"Council payment\nApril",960.00,960.00\n2026-04-07,Gym,ten,950.00\n'
    const statement = unwrap(parseCardStatement(csv, DEFAULT_CARD_STATEMENT_FORMAT))
    expect(statement.transactions.map((row) => [row.line, row.description])).toEqual([[2, 'Council payment\nApril']])
    expect(statement.problems.map((problem) => problem.line)).toEqual([4])
  })
})
