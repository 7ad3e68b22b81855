import { describe, expect, it } from 'vitest'
import { decideSection42 } from '@open-sds/safeguarding'
import { expectErrors, expectOk, now, section42Yes } from './fixtures.js'

const answer = (value: 'yes' | 'no', reason: string) => ({ answer: value, reason })

const notAllMet = {
  concernReference: 'SG-2026-000001',
  decidedBy: 'practitioner-7',
  careAndSupportNeeds: answer('no', 'Lives independently; no care and support needs identified'),
  abuseOrNeglect: answer('yes', 'Threatening messages from an ex-partner'),
  unableToProtectSelf: answer('no', 'Has no care and support needs that stop her protecting herself'),
}

describe('decideSection42 (Care Act 2014, s42(1))', () => {
  it('all three conditions met: a section 42 enquiry, with each reason in the explanation', () => {
    const decision = section42Yes()
    expect(decision.outcome).toBe('section-42-enquiry')
    expect(decision.decidedAt).toBe(now.toISOString())
    expect(decision.explanation).toHaveLength(4)
    expect(decision.explanation[3]).toMatch(/section 42 duty applies/)
  })

  it('refuses to close or divert a concern when all three conditions are met', () => {
    const input = {
      ...notAllMet,
      careAndSupportNeeds: answer('yes', 'Learning disability'),
      unableToProtectSelf: answer('yes', 'Does not recognise the threat'),
      otherwise: { kind: 'close', route: 'signposting', reason: 'Police are involved' },
    }
    const errors = expectErrors(decideSection42(input, { now }))
    expect(errors[0]?.path).toBe('otherwise')
    expect(errors[0]?.message).toMatch(/must make a section 42 enquiry/)
  })

  it('not all met and no route chosen: refused, asking for an other enquiry or closure', () => {
    const errors = expectErrors(decideSection42(notAllMet, { now }))
    expect(errors).toEqual([{ path: 'otherwise', message: expect.stringMatching(/choose an other enquiry/) }])
  })

  it('not all met: an other (non-statutory) enquiry when the council judges it proportionate', () => {
    const decision = expectOk(
      decideSection42(
        { ...notAllMet, otherwise: { kind: 'other-enquiry', reason: 'Carer at risk of harm; proportionate to check' } },
        { now },
      ),
    )
    expect(decision.outcome).toBe('other-enquiry')
    expect(decision.otherEnquiryReason).toBe('Carer at risk of harm; proportionate to check')
  })

  it('not all met: closed with advice or another route, with the reason kept', () => {
    const decision = expectOk(
      decideSection42(
        {
          ...notAllMet,
          otherwise: {
            kind: 'close',
            route: 'referral-to-another-agency',
            reason: 'Referred to the domestic abuse service and police',
          },
        },
        { now },
      ),
    )
    expect(decision.outcome).toBe('closed')
    expect(decision.closure).toEqual({
      route: 'referral-to-another-agency',
      reason: 'Referred to the domestic abuse service and police',
    })
  })

  it('refuses a decision without its reasons, naming each missing one', () => {
    const errors = expectErrors(
      decideSection42(
        { ...notAllMet, abuseOrNeglect: { answer: 'yes' }, unableToProtectSelf: { answer: 'no', reason: '' } },
        { now },
      ),
    )
    expect(errors.map((error) => error.path)).toEqual(['abuseOrNeglect.reason', 'unableToProtectSelf.reason'])
    expect(errors[0]?.message).toMatch(/^Give the reason for the answer to: is the adult experiencing/)
  })

  it('refuses "unable to protect themselves because of those needs" when there are no such needs', () => {
    const errors = expectErrors(
      decideSection42(
        {
          ...notAllMet,
          unableToProtectSelf: answer('yes', 'Frightened'),
          otherwise: { kind: 'close', route: 'signposting', reason: 'x' },
        },
        { now },
      ),
    )
    expect(errors[0]?.path).toBe('unableToProtectSelf.answer')
  })
})
