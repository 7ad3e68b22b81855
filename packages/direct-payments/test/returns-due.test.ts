import { describe, expect, it } from 'vitest'
import { DEFAULT_DIRECT_PAYMENT_POLICY as policy, directPaymentPolicy, returnsDue } from '../src/index.js'
import { adesAgreement, unwrap } from './fixtures.js'

describe('monitoring returns asked for', () => {
  it('Haringey: quarterly returns, paperwork within 28 days; the first received, the second overdue, the third not yet due', () => {
    const due = unwrap(returnsDue(adesAgreement(), policy, { on: '2027-01-10', receivedPeriodEnds: ['2026-07-05'] }))
    expect(due.returns).toEqual([
      { periodStart: '2026-04-06', periodEnd: '2026-07-05', dueBy: '2026-08-02', status: 'received' },
      { periodStart: '2026-07-06', periodEnd: '2026-10-05', dueBy: '2026-11-02', status: 'overdue' },
      { periodStart: '2026-10-06', periodEnd: '2027-01-05', dueBy: '2027-02-02', status: 'due' },
    ])
    expect(due.explanation.at(-1)?.text).toBe(
      'The return for 6 July 2026 to 5 October 2026 was due by 2 November 2026 and has not been received.',
    )
  })

  it('a council asking every six months asks for fewer', () => {
    const sixMonthly = unwrap(directPaymentPolicy({ returnFrequency: 'six-monthly' }))
    expect(
      unwrap(returnsDue(adesAgreement(), sixMonthly, { on: '2027-01-10' })).returns.map((found) => found.periodEnd),
    ).toEqual(['2026-10-05'])
  })

  it('St Helens audits card accounts online: a prepaid card needs no returns', () => {
    expect(
      unwrap(returnsDue(adesAgreement({ account: { type: 'prepaid-card' } }), policy, { on: '2027-01-10' })),
    ).toMatchObject({
      needed: false,
      returns: [],
    })
  })

  it('the last return of an ended agreement runs to its last day', () => {
    const ended = adesAgreement({ endDate: '2026-08-31' })
    expect(
      unwrap(returnsDue(ended, policy, { on: '2027-01-10' })).returns.map((found) => [found.periodEnd, found.dueBy]),
    ).toEqual([
      ['2026-07-05', '2026-08-02'],
      ['2026-08-31', '2026-09-28'],
    ])
  })
})
