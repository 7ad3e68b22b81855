import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CARD_STATEMENT_FORMAT,
  DEFAULT_DIRECT_PAYMENT_POLICY as policy,
  checkReturn,
  parseCardStatement,
  returnFromCardStatement,
  type EarlierReturn,
} from '../src/index.js'
import { adesAgreement, unwrap } from './fixtures.js'

// Issue 14: Ade typed his return for 6 to 19 April by hand. His card statement, downloaded later, starts on 19 April:
// the taxi on the 19th was posted by the bank after he sent that return. The statement is not refused as overlapping;
// its return starts on 20 April and names the late row with its figures.
describe('a card statement starting on or before the last return’s end', () => {
  const typed: EarlierReturn = {
    periodStart: '2026-04-06',
    periodEnd: '2026-04-19',
    closingBalancePence: 81_250,
    source: 'form',
  }
  const statement = unwrap(
    parseCardStatement(
      ['Date,Description,Amount,Balance', '2026-04-19,Taxi,-12.50,800.00', '2026-04-22,PA wages,-100.00,700.00'].join(
        '\n',
      ),
      DEFAULT_CARD_STATEMENT_FORMAT,
    ),
  )

  const sentOn = (receivedOn: string, lastReturnEnd: string) =>
    unwrap(returnFromCardStatement(statement, { receivedOn, lastReturnEnd, councilPayments: [] }))

  it('starts the return the day after the last one and says the late row came in late, with its figures', () => {
    const sent = sentOn('2026-04-25', '2026-04-19')
    expect(sent.periodStart).toBe('2026-04-20')
    expect(sent.periodEnd).toBe('2026-04-22')
    const check = unwrap(checkReturn(adesAgreement(), policy, sent, [typed], { cardStatement: true }))
    expect(check.findings.map((finding) => finding.text)).toContain(
      '1 transaction dated 19 April 2026 came in late, after the last return, which ended on 19 April 2026: £12.50 spent, counted in this return instead.',
    )
    // Both rows are counted here: £812.50 at the start (the balance before the taxi), £112.50 spent, £700.00 left.
    expect(check.unexplainedPence).toBe(0)
  })

  it('says to send a statement again tomorrow when the return typed by hand already covers today', () => {
    // Ade typed his return on 22 April for 6 to 22 April, then downloaded the statement the same evening.
    const sameDay = sentOn('2026-04-22', '2026-04-22')
    const typedToday: EarlierReturn = { ...typed, periodEnd: '2026-04-22' }
    const refused = checkReturn(adesAgreement(), policy, sameDay, [typedToday], { cardStatement: true })
    expect(refused.ok).toBe(false)
    if (!refused.ok)
      expect(refused.errors[0]?.message).toBe(
        'The return already sent for 6 April 2026 to 22 April 2026 covers every day up to today, so this statement’s transactions cannot be counted until tomorrow: send it again on or after 23 April 2026, and the transactions that return did not count will be counted then',
      )
    // The next day the same statement is taken, with its rows of 22 April counted as late.
    const nextDay = sentOn('2026-04-23', '2026-04-22')
    expect(nextDay.periodStart).toBe('2026-04-23')
    const check = unwrap(checkReturn(adesAgreement(), policy, nextDay, [typedToday], { cardStatement: true }))
    expect(check.findings.map((finding) => finding.kind)).toContain('came-in-late')
  })

  it('still refuses a hand-typed return over the last one’s dates', () => {
    const typedAgain = checkReturn(
      adesAgreement(),
      policy,
      {
        periodStart: '2026-04-19',
        periodEnd: '2026-04-22',
        receivedOn: '2026-04-25',
        openingBalancePence: 81_250,
        paidInPence: 0,
        closingBalancePence: 70_000,
      },
      [typed],
    )
    expect(typedAgain.ok).toBe(false)
    if (!typedAgain.ok) expect(typedAgain.errors[0]?.message).toMatch(/overlaps the return already sent/)
  })
})
