import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CARD_STATEMENT_FORMAT,
  leaveOutImported,
  leftOutWords,
  parseCardStatement,
  returnFromCardStatement,
  transactionIdentities,
  type CardStatementFormat,
} from '../src/index.js'
import { unwrap } from './fixtures.js'

/** The example county's card provider export (plugins/example-county): credit and debit columns, UK dates. */
const northmoor: CardStatementFormat = {
  name: 'Northmoor prepaid card export',
  dateColumn: 'Transaction Date',
  dateFormat: 'DD/MM/YYYY',
  descriptionColumn: 'Merchant',
  amount: { kind: 'in-and-out', inColumn: 'Credit', outColumn: 'Debit' },
  balanceColumn: 'Balance',
}

const april = [
  'Transaction Date,Merchant,Credit,Debit,Balance',
  '06/04/2026,Council payment,1280.00,,1280.00',
  '10/04/2026,"Agency, invoice 12",,140.00,1140.00',
  '17/04/2026,PA wages,,320.00,820.00',
]

describe('transactions already imported', () => {
  it('a statement repeating April beside one new row counts only the new row, and says how many were left out', () => {
    const first = unwrap(parseCardStatement(april.join('\n'), northmoor))
    const imported = new Set(transactionIdentities(first.transactions))
    const again = unwrap(parseCardStatement([...april, '24/04/2026,PA wages,,320.00,500.00'].join('\n'), northmoor))
    const fresh = leaveOutImported(again, imported)
    expect(fresh.leftOut).toBe(3)
    expect(fresh.statement.transactions).toEqual([
      { line: 5, date: '2026-04-24', description: 'PA wages', pence: -32_000, balancePence: 50_000 },
    ])
    expect(leftOutWords(fresh.leftOut)).toBe('3 transactions were already imported and were left out')
    // The return is the new row's alone: it opens on the balance before it, not the April total again.
    const sent = unwrap(returnFromCardStatement(fresh.statement, { receivedOn: '2026-05-01' }))
    expect(sent).toMatchObject({
      periodStart: '2026-04-24',
      periodEnd: '2026-04-24',
      openingBalancePence: 82_000,
      closingBalancePence: 50_000,
      spend: [{ description: 'PA wages', pence: 32_000 }],
    })
  })

  it('tells two identical rows apart by their order: a later file with a third finds only the third new', () => {
    const fares = (count: number) =>
      ['Date,Description,Amount', ...Array.from({ length: count }, () => '2026-04-10,Bus fare,-3.50')].join('\n')
    const format = { ...DEFAULT_CARD_STATEMENT_FORMAT, balanceColumn: undefined }
    const imported = new Set(transactionIdentities(unwrap(parseCardStatement(fares(2), format)).transactions))
    const fresh = leaveOutImported(unwrap(parseCardStatement(fares(3), format)), imported)
    expect(fresh.leftOut).toBe(2)
    expect(fresh.statement.transactions.map((row) => row.line)).toEqual([4])
    expect(leftOutWords(1)).toBe('1 transaction was already imported and was left out')
  })

  it('a row differing in amount, day, merchant or balance is a different transaction', () => {
    const first = unwrap(parseCardStatement(april.join('\n'), northmoor))
    const imported = new Set(transactionIdentities(first.transactions))
    const changed = [
      april[0] ?? '',
      '06/04/2026,Council payment,1280.01,,1280.01',
      '11/04/2026,"Agency, invoice 12",,140.00,1140.00',
      '17/04/2026,PA wages (Sam),,320.00,820.00',
      '17/04/2026,PA wages,,320.00,821.00',
    ].join('\n')
    expect(leaveOutImported(unwrap(parseCardStatement(changed, northmoor)), imported).leftOut).toBe(0)
  })
})
