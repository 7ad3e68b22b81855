import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DIRECT_PAYMENT_POLICY,
  checkReturn,
  explainAgreementTo,
  returnFindingsTo,
  type Reader,
} from '../src/index.js'
import { adesAgreement, unwrap } from './fixtures.js'

const you: Reader = { you: true }
const byName: Reader = { name: 'Ade Bello' }
const said = (lines: { text: string }[]) => lines.map((line) => line.text).join('\n')

// Issue 14: the person's own pages speak to them ("you pay …"); a representative or the council reads the person's
// name ("Ade Bello pays …"). Nothing the reader sees says "the person".
describe('the agreement explained to whoever reads it', () => {
  it('says "you pay" to Ade and "Ade Bello pays" to anyone else, on a net payment of his £40.00 charge', () => {
    const agreement = adesAgreement()
    expect(said(agreement.explanation)).toContain('the person pays it into the account')
    const toAde = said(explainAgreementTo(agreement, you))
    expect(toAde).toContain('Paid net: the assessed charge of £40.00 a week is taken off; you pay it into the account')
    expect(toAde).toContain('Paid to you.')
    const toOthers = said(explainAgreementTo(agreement, byName))
    expect(toOthers).toContain('taken off; Ade Bello pays it into the account')
    for (const words of [toAde, toOthers]) expect(words).not.toMatch(/the person/)
    // The figures are the stored ones: only the words about the person change.
    expect(explainAgreementTo(agreement, you).map((line) => line.pence)).toEqual(
      agreement.explanation.map((line) => line.pence),
    )
  })

  it('says who pays a charge larger than the payment, a gross invoice and who nominated the recipient', () => {
    const large = adesAgreement({ assessedWeeklyChargePence: 1_000_000 })
    expect(said(explainAgreementTo(large, you))).toMatch(/so the council pays nothing towards it and you pay the whole/)
    expect(said(explainAgreementTo(adesAgreement({ basis: 'gross' }), you))).toContain('a week is invoiced to you.')
    const nominee = adesAgreement({
      recipient: { role: 'nominated-person', name: 'Tunde Bello', agreedToReceive: true },
    })
    expect(said(explainAgreementTo(nominee, you))).toContain('Paid to Tunde Bello, nominated by you')
    expect(said(explainAgreementTo(nominee, byName))).toContain('Paid to Tunde Bello, nominated by Ade Bello')
  })
})

describe('a return’s findings said to whoever reads them', () => {
  it('counts money the council did not pay as paid in by "you", or by the person’s name', () => {
    const check = unwrap(
      checkReturn(adesAgreement(), DEFAULT_DIRECT_PAYMENT_POLICY, {
        periodStart: '2026-04-06',
        periodEnd: '2026-07-05',
        receivedOn: '2026-07-20',
        openingBalancePence: 0,
        paidInPence: 416_000,
        otherMoneyIn: [{ description: 'Transfer from A Bello', pence: 5_000, date: '2026-05-01' }],
        spend: [],
        closingBalancePence: 421_000,
      }),
    )
    expect(said(check.findings)).toContain('counted as paid in by the person')
    expect(said(returnFindingsTo(check, you))).toContain(
      'Transfer from A Bello (£50.00 on 1 May 2026) came into the account but is not a payment the council made: it is counted as paid in by you, not by the council.',
    )
    expect(said(returnFindingsTo(check, byName))).toContain('counted as paid in by Ade Bello, not by the council.')
  })
})
