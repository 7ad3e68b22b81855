import { describe, expect, it } from 'vitest'
import { caseStage, type CaseRecord } from '../src/index.js'

// Issue 18: the caseload shows each person's stage and what is waiting on whom, read from their record.
const sent = { sent: true, budgetByHand: false }
const eligible = { ...sent, decision: 'eligible' as const }
const rows = (kind: string, records: CaseRecord[]) =>
  records.map((record) => {
    const stage = caseStage(kind, record)
    return stage && `${stage.stage} / ${stage.waitingOn}`
  })

describe('a person’s stage and who it waits on, from their record', () => {
  it('follows a self-assessment from sending to a plan in place, each step waiting on whoever acts next', () => {
    expect(
      rows('self-assessment', [
        {},
        { assessment: { sent: false, budgetByHand: false } },
        { assessment: sent },
        { assessment: { ...sent, budgetByHand: true } },
        { assessment: { ...sent, decision: 'not-eligible' } },
        { assessment: eligible },
        { assessment: eligible, plan: { state: 'draft' } },
        { assessment: eligible, plan: { state: 'submitted' } },
        { assessment: eligible, plan: { state: 'returned' } },
        { assessment: eligible, plan: { state: 'approved' } },
        { assessment: eligible, plan: { state: 'active' } },
        { assessment: eligible, plan: { state: 'active' }, financialAssessment: { state: 'submitted' } },
        { assessment: eligible, plan: { state: 'under-review' }, financialAssessment: { state: 'confirmed' } },
        { assessment: eligible, plan: { state: 'revised' }, financialAssessment: { state: 'confirmed' } },
        { assessment: eligible, plan: { state: 'active' }, financialAssessment: { state: 'confirmed' } },
      ]),
    ).toEqual([
      'Self-assessment not sent yet / the person',
      'Self-assessment not sent yet / the person',
      'Self-assessment sent: eligibility to decide / the practitioner',
      'Self-assessment sent: budget to work out by hand / the practitioner',
      'Found not eligible / nobody',
      'Support plan not started / the person',
      'Support plan being written / the person',
      'Support plan sent for agreement / the council',
      'Support plan returned to be changed / the person',
      'Support plan agreed: to put in place / the practitioner',
      'Financial assessment not sent yet / the person',
      'Financial assessment sent: charge to confirm / finance',
      'Support plan under review / the practitioner',
      'Revised support plan sent for agreement / the council',
      'Support plan in place, charge confirmed / nobody',
    ])
  })

  it('reads the part of the record the work is about first: a financial assessment before the plan', () => {
    const record: CaseRecord = {
      assessment: eligible,
      plan: { state: 'draft' },
      financialAssessment: { state: 'submitted' },
    }
    // The same person: the practitioner holding their self-assessment sees the plan waiting on them; the finance
    // officer holding their financial assessment sees it waiting on finance.
    expect(rows('self-assessment', [record])).toEqual(['Support plan being written / the person'])
    expect(rows('financial-assessment', [record])).toEqual(['Financial assessment sent: charge to confirm / finance'])
    expect(rows('financial-assessment', [{ ...record, financialAssessment: { state: 'confirmed' } }])).toEqual([
      'Support plan being written / the person',
    ])
    expect(rows('plan-agreement', [{ ...record, plan: { state: 'submitted' } }])).toEqual([
      'Support plan sent for agreement / the council',
    ])
  })

  it('leaves a kind whose stage is not in these records (a safeguarding concern) to the caller', () => {
    expect(caseStage('safeguarding-concern', { assessment: eligible })).toBeUndefined()
  })
})
