import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CARD_STATEMENT_FORMAT,
  DEFAULT_DIRECT_PAYMENT_POLICY as policy,
  checkReturn,
  parseCardStatement,
  returnFromCardStatement,
} from '../src/index.js'
import { adesAgreement, unwrap } from './fixtures.js'

describe('a return from a prepaid-card statement (issue 14)', () => {
  const csv = [
    'Date,Description,Amount,Balance',
    '2026-04-06,Council payment,960.00,960.00',
    '2026-04-10,"Agency, invoice 12",-140.00,820.00',
    '2026-04-31,Gym,-10.00,810.00',
    '2026-04-14,Taxi,-12.50,807.50',
  ].join('\n')

  it('takes money in as paid in and each payment out as a spend line, from the good rows only', () => {
    const statement = unwrap(parseCardStatement(csv, DEFAULT_CARD_STATEMENT_FORMAT))
    expect(statement.problems.map((problem) => problem.line)).toEqual([4])
    const sent = unwrap(returnFromCardStatement(statement, { receivedOn: '2026-04-20' }))
    expect(sent).toEqual({
      periodStart: '2026-04-06',
      periodEnd: '2026-04-14',
      receivedOn: '2026-04-20',
      openingBalancePence: 0,
      closingBalancePence: 80_750,
      paidInPence: 96_000,
      contributionsPaidInPence: 0,
      spend: [
        { date: '2026-04-10', description: 'Agency, invoice 12', pence: 14_000, supportId: null },
        { date: '2026-04-14', description: 'Taxi', pence: 1_250, supportId: null },
      ],
    })
    // The return adds up: 0 + £960.00 − £152.50 = £807.50, nothing unexplained.
    expect(unwrap(checkReturn(adesAgreement(), policy, sent)).unexplainedPence).toBe(0)
  })

  it('says so when no row could be read', () => {
    const statement = unwrap(
      parseCardStatement('Date,Description,Amount,Balance\n2026-13-01,x,1.00,1.00', DEFAULT_CARD_STATEMENT_FORMAT),
    )
    const sent = returnFromCardStatement(statement, { receivedOn: '2026-04-20' })
    expect(!sent.ok && sent.errors[0]).toEqual({
      path: 'statement',
      message: 'The statement has no transactions that could be read',
    })
  })
})
