import { describe, expect, it } from 'vitest'
import { determineCarerEligibility, meetsCarerConditions } from '@open-sds/carers'
import { oneOutcomeFindings } from './fixtures.js'

describe('determineCarerEligibility (regulation 3)', () => {
  it('finds a carer eligible who cannot achieve any ONE of the eight outcomes (carers.md §3: "any one", not two as Medway says)', () => {
    const result = determineCarerEligibility(oneOutcomeFindings())
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.value.eligible).toBe(true)
    expect(result.value.determination.outcomes.unableToAchieve).toEqual(['recreation'])
    expect(result.value.explanation.at(-1)).toBe('All three conditions hold: the carer has eligible needs for support.')
    expect(result.value.explanation.join('\n')).toContain('one outcome is enough for a carer')
    expect(result.value.rulesVersion).toMatch(/^carers-rules-/)
  })

  it('meets the second condition through health at risk alone, with no outcome', () => {
    const findings = oneOutcomeFindings()
    const result = determineCarerEligibility({
      ...findings,
      health: { atRisk: true, reason: 'Her GP says her back is getting worse from lifting him' },
      outcomes: { unableToAchieve: [], how: '' },
    })
    expect(result.ok && result.value.eligible).toBe(true)
  })

  it('is not eligible when the care is not necessary care, or there is no significant impact on wellbeing', () => {
    const findings = oneOutcomeFindings()
    const notNecessary = determineCarerEligibility({
      ...findings,
      necessaryCare: { met: false, reason: 'He does these things for himself; she does them to save him time' },
    })
    const noImpact = determineCarerEligibility({
      ...findings,
      wellbeing: { met: false, impact: 'She says she manages and it does not weigh on her' },
    })
    expect(notNecessary.ok && notNecessary.value.eligible).toBe(false)
    expect(noImpact.ok && noImpact.value.eligible).toBe(false)
    expect(noImpact.ok && noImpact.value.explanation.at(-1)).toContain('does not have eligible needs')
  })

  it('is not eligible with no health risk and every outcome achieved, and says the second condition fails', () => {
    const result = determineCarerEligibility({ ...oneOutcomeFindings(), outcomes: { unableToAchieve: [] } })
    expect(result.ok && result.value.eligible).toBe(false)
    expect(result.ok && result.value.explanation[3]).toContain('second condition is not met')
  })

  it('refuses a finding with no reason, naming the field', () => {
    const findings = oneOutcomeFindings()
    const result = determineCarerEligibility({ ...findings, wellbeing: { met: true, impact: '   ' } })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({
        path: 'wellbeing.impact',
        message: expect.stringContaining('is required'),
      })
  })

  it('refuses outcomes selected without saying how, and an outcome that is not one of the eight', () => {
    const findings = oneOutcomeFindings()
    const noHow = determineCarerEligibility({ ...findings, outcomes: { unableToAchieve: ['nutrition'] } })
    const unknown = determineCarerEligibility({ ...findings, outcomes: { unableToAchieve: ['toilet'], how: 'x' } })
    expect(noHow.ok ? [] : noHow.errors.map((issue) => issue.path)).toEqual(['outcomes.how'])
    expect(unknown.ok ? '' : unknown.errors[0]?.message).toContain('eight in regulation 3')
  })

  it('never throws on nonsense', () => {
    for (const given of [undefined, null, 42, 'eligible', [], { necessaryCare: 'yes' }])
      expect(determineCarerEligibility(given).ok).toBe(false)
  })

  it('needs all three conditions: the truth table', () => {
    const rows: [boolean, boolean, number, boolean, boolean][] = [
      [true, false, 1, true, true],
      [true, true, 0, true, true],
      [true, false, 0, true, false],
      [false, true, 8, true, false],
      [true, true, 8, false, false],
    ]
    for (const [necessaryCare, healthAtRisk, outcomesUnableToAchieve, wellbeing, expected] of rows)
      expect(meetsCarerConditions({ necessaryCare, healthAtRisk, outcomesUnableToAchieve, wellbeing })).toBe(expected)
  })
})
