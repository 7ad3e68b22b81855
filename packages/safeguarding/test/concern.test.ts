import { describe, expect, it } from 'vitest'
import { createConcern, formatReference, parseReference } from '@open-sds/safeguarding'
import { concern, expectErrors, expectOk, identifiedConcernInput, now } from './fixtures.js'

const anonymousUnidentified = {
  whatHappened: 'A neighbour heard shouting and crying from the flat above most nights this week.',
  raisedBy: { anonymous: true, relationship: 'friend-or-neighbour' },
  immediateSafety: { inImmediateDanger: 'not-known' },
}

describe('createConcern', () => {
  it('accepts a concern that does not identify the person, flagged for follow-up with the reason', () => {
    const taken = expectOk(createConcern(anonymousUnidentified, { now, reference: 'SG-2026-000002' }))
    expect(taken.needsFollowUp).toBe(true)
    expect(taken.followUpReasons.map((reason) => reason.code)).toEqual([
      'person-not-identified',
      'type-of-abuse-not-recorded',
    ])
    expect(taken.followUpReasons[0]?.message).toMatch(/Nothing yet identifies the adult at risk/)
    expect(taken.ageBand).toBe('unknown')
  })

  it('takes in an identified concern with no follow-up, stamped with the reference and the time received', () => {
    const taken = concern()
    expect(taken.needsFollowUp).toBe(false)
    expect(taken.followUpReasons).toEqual([])
    expect(taken.reference).toBe('SG-2026-000001')
    expect(taken.receivedAt).toBe('2026-05-12T10:00:00.000Z')
    expect(taken.ageBand).toBe('75-84')
  })

  it('refuses a concern that says nothing about what happened, naming the field', () => {
    const errors = expectErrors(
      createConcern({ ...anonymousUnidentified, whatHappened: '   ' }, { now, reference: 'SG-2026-000003' }),
    )
    expect(errors).toEqual([
      { path: 'whatHappened', message: 'Describe what happened or what is feared: a concern needs at least this' },
    ])
  })

  it('never keeps a name or contact for an anonymous raiser, even if one is sent', () => {
    const taken = expectOk(
      createConcern(
        {
          ...identifiedConcernInput,
          raisedBy: { anonymous: true, name: 'Should not be kept', contact: '07700 900000' },
        },
        { now, reference: 'SG-2026-000004' },
      ),
    )
    expect(taken.raisedBy).toEqual({ anonymous: true })
  })

  it('dates a concern by the calendar in England: 23:30 UTC on 31 March 2025 is 1 April in British Summer Time', () => {
    const late = expectOk(
      createConcern(identifiedConcernInput, { now: new Date('2025-03-31T23:30:00Z'), reference: 'SG-2025-000009' }),
    )
    expect(late.receivedOn).toBe('2025-04-01')
    const winter = expectOk(
      createConcern(identifiedConcernInput, { now: new Date('2025-01-31T23:30:00Z'), reference: 'SG-2025-000010' }),
    )
    expect(winter.receivedOn).toBe('2025-01-31')
  })

  it('flags immediate danger with no safety action, and a person under 18', () => {
    const taken = expectOk(
      createConcern(
        {
          ...identifiedConcernInput,
          adultAtRisk: { name: 'Cal', dateOfBirth: '2010-01-01' },
          immediateSafety: { inImmediateDanger: 'yes' },
        },
        { now, reference: 'SG-2026-000005' },
      ),
    )
    expect(taken.followUpReasons.map((reason) => reason.code)).toEqual(['immediate-danger-no-action', 'under-18'])
    expect(taken.ageBand).toBe('under-18')
  })

  it('uses the age band given when there is no date of birth', () => {
    const taken = concern({ ...identifiedConcernInput, adultAtRisk: { name: 'Dee', ageBand: '85-94' } })
    expect(taken.ageBand).toBe('85-94')
  })

  it('explains an unknown category, a date of birth in the future and a missing clock in plain words', () => {
    const badType = expectErrors(
      createConcern({ ...identifiedConcernInput, typesOfAbuse: ['theft'] }, { now, reference: 'R' }),
    )
    expect(badType[0]?.path).toBe('typesOfAbuse.0')
    expect(badType[0]?.message).toMatch(
      /^Type of abuse or neglect must be one of: physical, sexual, .*, sexual-exploitation/,
    )
    const future = expectErrors(
      createConcern({ ...identifiedConcernInput, adultAtRisk: { dateOfBirth: '2027-01-01' } }, { now, reference: 'R' }),
    )
    expect(future).toEqual([
      { path: 'adultAtRisk.dateOfBirth', message: 'Date of birth cannot be after the day the concern was received' },
    ])
    const noClock = expectErrors(createConcern(identifiedConcernInput, { now: new Date('nonsense'), reference: 'R' }))
    expect(noClock[0]?.path).toBe('now')
  })

  it('needs to know whether the raiser is anonymous', () => {
    const errors = expectErrors(
      createConcern({ ...identifiedConcernInput, raisedBy: { relationship: 'police' } }, { now, reference: 'R' }),
    )
    expect(errors[0]).toEqual({
      path: 'raisedBy.anonymous',
      message: 'Say whether the person raising the concern wants to stay anonymous (anonymous: true or false)',
    })
  })
})

describe('formatReference', () => {
  it('formats a sequence and year as SG-2026-000123, and reads it back', () => {
    expect(formatReference(123, 2026)).toBe('SG-2026-000123')
    expect(parseReference('SG-2026-000123')).toEqual({ year: 2026, sequence: 123 })
    expect(formatReference(1_234_567, 2026)).toBe('SG-2026-1234567')
    expect(parseReference('REF-1')).toBeUndefined()
  })

  it('throws on a sequence no counter should produce', () => {
    expect(() => formatReference(0, 2026)).toThrow(RangeError)
    expect(() => formatReference(1.5, 2026)).toThrow(RangeError)
    expect(() => formatReference(1, 26)).toThrow(RangeError)
  })
})
