import { determineEligibility, fluctuationForThePerson, storedFluctuation } from '@open-sds/outcomes'
import { describe, expect, it } from 'vitest'

// Care and Support (Eligibility Criteria) Regulations 2015 (SI 2015/313), regulation 2(4): "Where the level of an
// adult's needs fluctuates, in determining whether the adult's needs meet the eligibility criteria, the local
// authority must take into account the adult's circumstances over such period as it considers necessary to establish
// accurately the adult's level of need." (legislation.gov.uk)

// A person with multiple sclerosis: on a good day she cooks and washes; in a relapse, about one week in three over
// the three months looked at, she cannot. Considered on a good day she is unable to achieve one outcome (community).
const findings = (fluctuation: Record<string, unknown>, unableToAchieve = ['community', 'nutrition', 'hygiene']) => ({
  impairment: { met: true, reason: 'Relapsing multiple sclerosis' },
  outcomes: { unableToAchieve, how: 'Cannot use the bus at all; in a relapse cannot stand to cook or wash' },
  wellbeing: { met: true, impact: 'Skips meals in a relapse; isolated' },
  fluctuation,
})
const relapses = {
  fluctuates: true,
  what: 'Relapses about one week in three leave her unable to stand for long',
  from: '2026-09-01',
  to: '2026-11-30',
  outcomesOverPeriod: ['nutrition', 'hygiene'],
}

describe('fluctuating needs (Eligibility Criteria Regulations 2015, regulation 2(4))', () => {
  it('records what fluctuates, the period considered and that considering it made the person eligible', () => {
    const result = determineEligibility(findings(relapses))
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.value.eligible).toBe(true)
    expect(result.value.determination.fluctuation).toEqual({
      fluctuates: true,
      regulation: 'Care and Support (Eligibility Criteria) Regulations 2015, regulation 2(4)',
      what: 'Relapses about one week in three leave her unable to stand for long',
      period: { from: '2026-09-01', to: '2026-11-30' },
      outcomesOverPeriod: ['nutrition', 'hygiene'],
      changedOutcome: true,
    })
    const step = result.value.explanation[3] ?? ''
    expect(step).toContain('over the period from 1 September 2026 to 30 November 2026, not a single day')
    expect(step).toContain('managing and maintaining nutrition and maintaining personal hygiene')
    expect(step).toContain('This changed the outcome')
  })

  it('says when considering the period did not change the outcome (eligible on a good day anyway)', () => {
    const result = determineEligibility(
      findings({ ...relapses, outcomesOverPeriod: ['hygiene'] }, ['community', 'nutrition', 'hygiene']),
    )
    expect(result.ok && result.value.determination.fluctuation).toMatchObject({ changedOutcome: false })
    expect(result.ok && result.value.explanation[3]).toContain(
      'Considering the period did not change whether the person has eligible needs.',
    )
  })

  it('says the regulation does not apply when the needs do not fluctuate', () => {
    const result = determineEligibility(findings({ fluctuates: false }))
    expect(result.ok && result.value.determination.fluctuation).toEqual({
      fluctuates: false,
      regulation: 'Care and Support (Eligibility Criteria) Regulations 2015, regulation 2(4)',
    })
    expect(result.ok && result.value.explanation[3]).toContain('regulation 2(4) does not apply')
  })

  it('refuses a determination that does not say whether the needs fluctuate', () => {
    const { fluctuation: _left, ...withoutFluctuation } = findings(relapses)
    const result = determineEligibility(withoutFluctuation)
    expect(result.ok ? [] : result.errors.map((found) => found.path)).toEqual(['fluctuation'])
  })

  it('refuses fluctuating needs without how, a real period in order, or with outcomes not found, naming each field', () => {
    const result = determineEligibility(
      findings({ fluctuates: true, what: ' ', from: '2026-02-30', to: '', outcomesOverPeriod: ['toilet'] }),
    )
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'fluctuation.what', message: 'Describe how the person’s needs fluctuate' },
      { path: 'fluctuation.from', message: 'Enter the date the period considered starts, as a real date' },
      { path: 'fluctuation.to', message: 'Enter the date the period considered ends, as a real date' },
      {
        path: 'fluctuation.outcomesOverPeriod.0',
        message: 'Choose only outcomes you found the person unable to achieve',
      },
    ])
    const backwards = determineEligibility(findings({ ...relapses, from: '2026-11-30', to: '2026-09-01' }))
    expect(backwards.ok ? [] : backwards.errors).toEqual([
      { path: 'fluctuation.to', message: 'The period considered must end on or after the day it starts' },
    ])
  })

  it('refuses a period that ends after the day of the determination', () => {
    const result = determineEligibility(findings(relapses), { today: '2026-11-29' })
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'fluctuation.to', message: 'The period considered must end on or before today, 29 November 2026' },
    ])
    expect(determineEligibility(findings(relapses), { today: '2026-11-30' }).ok).toBe(true)
  })

  it('tells the person, in plain words, the period looked at and that it made the difference', () => {
    const result = determineEligibility(findings(relapses))
    if (!result.ok) throw new Error('expected a determination')
    const stored = storedFluctuation(JSON.parse(JSON.stringify(result.value.determination)))
    expect(stored).toEqual(result.value.determination.fluctuation)
    const words = fluctuationForThePerson(stored ?? { fluctuates: false, regulation: '' }, (code) => code)
    expect(words.join(' ')).toContain('from 1 September 2026 to 30 November 2026, not just on one day')
    expect(words.at(-1)).toBe(
      'This made a difference: looking only at a good day, your needs would not have been found eligible.',
    )
    // A determination recorded before fluctuation was asked about has none to show.
    expect(storedFluctuation({ regulation: 'x', impairment: {} })).toBeUndefined()
  })
})
