import { describe, expect, it } from 'vitest'
import {
  annualCounts,
  closeEnquiry,
  RiskOutcomeSchema,
  riskOutcomeRow,
  riskResultRow,
  type CountableEnquiry,
} from '../src/index.js'
import { expectErrors, expectOk, now, openSection42 } from './fixtures.js'

// The categories of the Safeguarding Adults Collection as NHS England's publication code names its columns
// (domain note statutory-returns.md section 6).

const enquiry = (overrides: Partial<CountableEnquiry>): CountableEnquiry => ({
  kind: 'section-42',
  openedOn: '2025-06-01',
  person: { ageBand: '65-74' },
  risk: { typesOfAbuse: ['sexual'], locationOfRisk: 'own-home', sourceOfRisk: 'other-known-to-individual' },
  desiredOutcomes: { asked: true },
  closure: { closedOn: '2025-09-01', riskOutcome: { risk: 'none', actionTaken: false } },
  ...overrides,
})

describe('SAC categories', () => {
  it('SG2a counts sexual exploitation apart from sexual abuse', () => {
    const enquiries = [
      ...Array.from({ length: 6 }, () => enquiry({})),
      ...Array.from({ length: 7 }, () =>
        enquiry({
          risk: {
            typesOfAbuse: ['sexual-exploitation'],
            locationOfRisk: 'own-home',
            sourceOfRisk: 'other-known-to-individual',
          },
        }),
      ),
    ]
    const table = expectOk(annualCounts({ concerns: [], enquiries }, { year: 2025 })).tables.find(
      (entry) => entry.id === 'concluded-by-type-of-risk',
    )
    expect(table?.rows.filter((row) => row.id.startsWith('sexual')).map((row) => [row.label, row.cell])).toEqual([
      ['Sexual abuse', { kind: 'shown', value: 6 }],
      ['Sexual exploitation', { kind: 'shown', value: 7 }],
    ])
  })

  it('SG2c has all seven rows: inconclusive and no risk can each come with or without action', () => {
    const rows = [
      { risk: 'identified', actionTaken: true, action: 'x', result: 'removed' },
      { risk: 'identified', actionTaken: false, reason: 'The person moved away', result: 'removed' },
      { risk: 'inconclusive', actionTaken: true, action: 'Safety plan' },
      { risk: 'inconclusive', actionTaken: false },
      { risk: 'none', actionTaken: true, action: 'Carer support offered' },
      { risk: 'none', actionTaken: false },
      { risk: 'ceased-at-request', actionTaken: false },
    ].map((value) => riskOutcomeRow(expectOk({ ok: true, value: RiskOutcomeSchema.parse(value) })))
    expect(rows).toEqual([
      'risk-identified-action-taken',
      'risk-identified-no-action',
      'inconclusive-action-taken',
      'inconclusive-no-action',
      'no-risk-action-taken',
      'no-risk-no-action',
      'ceased-at-request-no-action',
    ])
    expect(RiskOutcomeSchema.safeParse({ risk: 'ceased-at-request', actionTaken: true, action: 'x' }).success).toBe(
      false,
    )
    expect(RiskOutcomeSchema.safeParse({ risk: 'none', actionTaken: false, result: 'removed' }).success).toBe(false)
  })

  it('reads outcomes recorded before the split: action and result apart, the old "no action" result left unrecorded', () => {
    const legacy = (value: unknown) => RiskOutcomeSchema.parse(value)
    expect(legacy({ kind: 'action-taken', result: 'remains', actionTaken: 'Police informed' })).toEqual({
      risk: 'identified',
      actionTaken: true,
      action: 'Police informed',
      result: 'remained',
    })
    const noAction = legacy({ kind: 'risk-identified-no-action', reason: 'Person declined' })
    expect([riskOutcomeRow(noAction), riskResultRow(noAction)]).toEqual(['risk-identified-no-action', 'not-recorded'])
    expect(riskOutcomeRow(legacy({ kind: 'inconclusive', note: 'n' }))).toBe('inconclusive-no-action')
    expect(riskOutcomeRow(legacy({ kind: 'ceased-at-request' }))).toBe('ceased-at-request-no-action')
  })

  it('a new closure that found a risk must say whether it remained, was reduced or was removed', () => {
    const open = openSection42()
    const errors = expectErrors(
      closeEnquiry(
        open,
        {
          riskOutcome: { risk: 'identified', actionTaken: true, action: 'Moved to respite' },
          desiredOutcomes: { asked: true },
        },
        { actor: 'p', now, expectedVersion: 1 },
      ),
    )
    expect(errors).toEqual([
      {
        path: 'riskOutcome.result',
        message: 'A risk was identified: say whether it remained, was reduced or was removed',
      },
    ])
  })

  it('SG4a: "Don\'t know" whether the person was asked is its own row, and closes an enquiry', () => {
    const open = openSection42()
    const closed = expectOk(
      closeEnquiry(
        open,
        { riskOutcome: { risk: 'none', actionTaken: false }, desiredOutcomes: { asked: 'dont-know' } },
        { actor: 'p', now, expectedVersion: 1 },
      ),
    )
    const enquiries = Array.from({ length: 5 }, () => enquiry({ desiredOutcomes: { asked: 'dont-know' } }))
    const msp = expectOk(annualCounts({ concerns: [], enquiries }, { year: 2025 })).tables.find(
      (entry) => entry.id === 'concluded-making-safeguarding-personal',
    )
    expect(closed.status).toBe('closed')
    expect(msp?.rows.find((row) => row.id === 'dont-know')).toEqual({
      id: 'dont-know',
      label: "Don't know",
      cell: { kind: 'shown', value: 5 },
    })
  })
})
