import { determineEligibility } from '@open-sds/outcomes'
import { describe, expect, it } from 'vitest'

const findings = (unableToAchieve: string[], overrides: Record<string, unknown> = {}) => ({
  impairment: { met: true, reason: 'Multiple sclerosis affects her mobility and fatigue' },
  outcomes: { unableToAchieve, how: 'Cannot stand to cook or wash without help' },
  wellbeing: { met: true, impact: 'Skipping meals and isolated at home' },
  fluctuation: { fluctuates: false },
  ...overrides,
})

describe('the determination under regulation 2 (eligibility domain note; moved from the portal)', () => {
  it('finds eligible needs when all three conditions hold, with two outcomes unable to be achieved', () => {
    const result = determineEligibility(findings(['nutrition', 'hygiene']))
    expect(result.ok && result.value.eligible).toBe(true)
    expect(result.ok && result.value.explanation.at(-1)).toBe(
      'All three conditions hold: the person has eligible needs.',
    )
    expect(result.ok && result.value.determination.regulation).toBe(
      'Care and Support (Eligibility Criteria) Regulations 2015, regulation 2',
    )
  })

  it('needs two or more outcomes: one is not enough, and the same outcome twice counts once', () => {
    const result = determineEligibility(findings(['nutrition', 'nutrition']))
    expect(result.ok && result.value.eligible).toBe(false)
    expect(result.ok && result.value.determination.outcomes).toMatchObject({
      met: false,
      unableToAchieve: ['nutrition'],
    })
  })

  it('needs the impairment and the wellbeing impact as well', () => {
    const noImpairment = determineEligibility(
      findings(['nutrition', 'hygiene'], {
        impairment: { met: false, reason: 'Needs arise from housing, not illness' },
      }),
    )
    const noImpact = determineEligibility(
      findings(['nutrition', 'hygiene'], { wellbeing: { met: false, impact: 'Managing well with family help' } }),
    )
    expect(noImpairment.ok && noImpairment.value.eligible).toBe(false)
    expect(noImpact.ok && noImpact.value.eligible).toBe(false)
  })

  it('refuses outcomes outside the ten, and outcomes chosen without saying how, naming the field', () => {
    const unknown = determineEligibility(findings(['flying']))
    expect(unknown.ok ? [] : unknown.errors.map((found) => found.path)).toEqual(['outcomes.unableToAchieve.0'])
    const withoutHow = determineEligibility(
      findings(['nutrition', 'hygiene'], { outcomes: { unableToAchieve: ['nutrition', 'hygiene'], how: '' } }),
    )
    expect(withoutHow.ok ? [] : withoutHow.errors).toEqual([
      { path: 'outcomes.how', message: 'Describe how the person is unable to achieve each outcome you selected' },
    ])
    expect(determineEligibility('eligible').ok).toBe(false)
  })
})
