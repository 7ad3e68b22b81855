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
      otherMoneyIn: [],
      spend: [
        { date: '2026-04-10', description: 'Agency, invoice 12', pence: 14_000, supportId: null },
        { date: '2026-04-14', description: 'Taxi', pence: 1_250, supportId: null },
      ],
    })
    // The return adds up: 0 + £960.00 − £152.50 = £807.50, nothing unexplained.
    expect(unwrap(checkReturn(adesAgreement(), policy, sent)).unexplainedPence).toBe(0)
  })

  // The bug in issue 14: a statement's money-in rows were all taken as the council's payments, so a person's own
  // contribution (or a refund) read as money the council paid, and a payment the council made but the card never
  // received went unnoticed.
  describe('against the payments the council recorded for the period', () => {
    const withContribution = [
      'Date,Description,Amount,Balance',
      '2026-04-06,Northmoor CC DP,960.00,960.00',
      '2026-04-07,Transfer from A Bello,100.00,1060.00',
      '2026-04-10,Agency invoice 12,-140.00,920.00',
      '2026-04-12,Refund from Tesco,12.00,932.00',
    ].join('\n')
    const statement = () => unwrap(parseCardStatement(withContribution, DEFAULT_CARD_STATEMENT_FORMAT))

    it('counts as paid in by the council what it recorded, and shows other money in as not a council payment', () => {
      const sent = unwrap(
        returnFromCardStatement(statement(), {
          receivedOn: '2026-04-20',
          councilPayments: [{ paidOn: '2026-04-06', pence: 96_000 }],
        }),
      )
      expect(sent.paidInPence).toBe(96_000)
      expect(sent.contributionsPaidInPence).toBe(11_200)
      expect(sent.otherMoneyIn).toEqual([
        { date: '2026-04-07', description: 'Transfer from A Bello', pence: 10_000 },
        { date: '2026-04-12', description: 'Refund from Tesco', pence: 1_200 },
      ])
      const check = unwrap(checkReturn(adesAgreement(), policy, sent))
      expect(check.unexplainedPence).toBe(0)
      expect(check.findings.filter((finding) => finding.kind === 'not-a-council-payment')).toEqual([
        expect.objectContaining({
          pence: 10_000,
          text: 'Transfer from A Bello (£100.00 on 7 April 2026) came into the account but is not a payment the council made: it is counted as paid in by the person, not by the council.',
        }),
        expect.objectContaining({ pence: 1_200 }),
      ])
    })

    it('takes a money-in row of the same amount as a council payment only on or after the day it was paid', () => {
      // The council paid £100.00 on 8 April: the person's £100.00 on 7 April cannot be it.
      const sent = unwrap(
        returnFromCardStatement(statement(), {
          receivedOn: '2026-04-20',
          councilPayments: [
            { paidOn: '2026-04-06', pence: 96_000 },
            { paidOn: '2026-04-08', pence: 10_000 },
          ],
        }),
      )
      expect(sent.paidInPence).toBe(106_000)
      expect(sent.otherMoneyIn?.map((line) => line.description)).toEqual(['Transfer from A Bello', 'Refund from Tesco'])
      // The council's £100.00 is not on the card: the balance is £100.00 less than expected, to ask about.
      expect(unwrap(checkReturn(adesAgreement(), policy, sent)).unexplainedPence).toBe(-10_000)
    })

    it('counts no payment recorded outside the statement’s period', () => {
      const sent = unwrap(
        returnFromCardStatement(statement(), {
          receivedOn: '2026-04-20',
          councilPayments: [
            { paidOn: '2026-03-09', pence: 96_000 },
            { paidOn: '2026-04-06', pence: 96_000 },
            { paidOn: '2026-05-04', pence: 96_000 },
          ],
        }),
      )
      expect(sent.paidInPence).toBe(96_000)
    })
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
