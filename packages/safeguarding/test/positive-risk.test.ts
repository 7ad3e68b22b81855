import { describe, expect, it } from 'vitest'
import { assessPositiveRisk, defaultRiskMatrix } from '@open-sds/safeguarding'
import { expectErrors, expectOk, now } from './fixtures.js'

const swimming = {
  risk: 'Swimming alone at the leisure centre; has epilepsy with occasional seizures',
  whoseRisk: 'the-person',
  personsView: 'Swimming is the one thing that makes me feel free. I want to go on my own like everyone else.',
  benefit: 'Fitness, confidence and a weekly routine she chose',
  howReduced: 'Lifeguard told about her epilepsy; swims in the lane nearest the lifeguard; medication reviewed',
  costOfNotTakingIt: 'Loses her main exercise and her independence; low mood',
  likelihood: 2,
  impact: 5,
  decision: { outcome: 'agreed-with-conditions', conditions: ['Swims only when a lifeguard is on duty'] },
  decidedBy: [
    { name: 'Farah', role: 'the person' },
    { name: 'G. Social Worker', role: 'social worker' },
  ],
  reviewOn: '2026-11-12',
}

describe('assessPositiveRisk', () => {
  it("records the decision with the person's view first and the matrix rating", () => {
    const assessment = expectOk(assessPositiveRisk(swimming, { matrix: defaultRiskMatrix, now }))
    expect(assessment.rating).toMatchObject({ score: 10, label: 'Medium', colour: 'amber', matrixVersion: '2026.1' })
    expect(assessment.decidedOn).toBe('2026-05-12')
    expect(assessment.explanation[0]).toBe(`The person's view: ${swimming.personsView}`)
    expect(assessment.explanation.at(-1)).toMatch(
      /^Decision: Agreed with conditions: Swims only when a lifeguard is on duty\./,
    )
  })

  it('a red rating does not stop a risk being agreed: the default stance is support, not refusal', () => {
    const assessment = expectOk(
      assessPositiveRisk(
        { ...swimming, likelihood: 4, impact: 5, decision: { outcome: 'agreed' } },
        { matrix: defaultRiskMatrix, now },
      ),
    )
    expect(assessment.rating.colour).toBe('red')
    expect(assessment.decision).toEqual({ outcome: 'agreed' })
  })

  it("not agreeing needs a reason and the person's view", () => {
    const noReason = expectErrors(
      assessPositiveRisk({ ...swimming, decision: { outcome: 'not-agreed' } }, { matrix: defaultRiskMatrix, now }),
    )
    expect(noReason).toEqual([
      {
        path: 'decision.reason',
        message: 'Not agreed: give the reason, so the decision can be explained and challenged',
      },
    ])
    const { personsView: _left, ...withoutView } = swimming
    const noView = expectErrors(
      assessPositiveRisk(
        { ...withoutView, decision: { outcome: 'not-agreed', reason: 'Seizures weekly at present' } },
        { matrix: defaultRiskMatrix, now },
      ),
    )
    expect(noView).toEqual([
      {
        path: 'personsView',
        message: "Record the person's own view before deciding not to agree to a risk they want to take",
      },
    ])
  })

  it('needs the benefit, who decided, and a review date after today', () => {
    const errors = expectErrors(
      assessPositiveRisk(
        { ...swimming, benefit: '', decidedBy: [], reviewOn: '2026-05-12' },
        { matrix: defaultRiskMatrix, now },
      ),
    )
    expect(errors.map((error) => error.path)).toEqual(['benefit', 'decidedBy'])
    const past = expectErrors(
      assessPositiveRisk({ ...swimming, reviewOn: '2026-05-01' }, { matrix: defaultRiskMatrix, now }),
    )
    expect(past).toEqual([{ path: 'reviewOn', message: 'The review date must be after today (2026-05-12)' }])
  })

  it('refuses a rating off the matrix scale', () => {
    const errors = expectErrors(assessPositiveRisk({ ...swimming, impact: 9 }, { matrix: defaultRiskMatrix, now }))
    expect(errors[0]?.path).toBe('impact')
  })
})
