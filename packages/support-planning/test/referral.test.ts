import { describe, expect, it } from 'vitest'
import { readReferral, readReferralClosing, referralEventOutcome, referralOutcomes, teamForWork } from '../src/index.js'

// Issue 18, "Nothing lands nowhere": a referral, for oneself, for someone else or as a carer, enters a team queue.
describe('a request for help (referral)', () => {
  const teams = [
    { id: 'sg', name: 'Safeguarding', handles: ['safeguarding-concern'] },
    {
      id: 'fd',
      name: 'Adult social care front door',
      handles: ['self-assessment', 'safeguarding-concern', 'plan-agreement', 'referral'],
    },
    { id: 'fin', name: 'Finance', handles: ['financial-assessment'] },
  ]

  it('goes to the front door team, the one that handles referrals', () => {
    expect(teamForWork('referral', teams)?.name).toBe('Adult social care front door')
    expect(teamForWork('referral', teams.slice(0, 1))).toBeUndefined()
  })

  it('takes a request for oneself with only a name and what help is needed', () => {
    const read = readReferral({ kind: 'self', personName: ' Ada Example ', helpNeeded: 'Help getting washed' })
    expect(read.ok && [read.value.personName, read.value.referrerName]).toEqual(['Ada Example', undefined])
  })

  it('needs, for someone else, who is asking and whether the person agrees, or why not', () => {
    const nothing = readReferral({ kind: 'someone-else', personName: 'Ada', helpNeeded: 'Falls at home' })
    expect(nothing.ok ? [] : nothing.errors.map((error) => [error.path, error.message])).toEqual([
      ['referrerName', 'Enter your name'],
      ['referrerContact', 'Enter a phone number or email address so we can reach you'],
      ['consent', 'Say whether the person knows about this request and agrees to it'],
    ])
    const noReason = readReferral({
      kind: 'someone-else',
      personName: 'Ada',
      helpNeeded: 'Falls at home',
      referrerName: 'Dr Okafor',
      referrerContact: '01632 960 555',
      consent: 'no',
    })
    expect(noReason.ok ? [] : noReason.errors.map((error) => error.path)).toEqual(['noConsentReason'])
  })

  it('takes a date of birth only if it is a real date', () => {
    const request = { kind: 'self', personName: 'Ada Example', helpNeeded: 'Help getting washed' }
    const real = readReferral({ ...request, dateOfBirth: '1950-03-27' })
    expect(real.ok && real.value.dateOfBirth).toBe('1950-03-27')
    const unreal = readReferral({ ...request, dateOfBirth: '1950-02-30' })
    expect(unreal.ok ? [] : unreal.errors.map((error) => [error.path, error.message])).toEqual([
      ['dateOfBirth', 'Enter the date of birth as a real date, like 27 3 1950'],
    ])
  })

  it('names the fields a request with nothing in it is missing', () => {
    const empty = readReferral({})
    expect(empty.ok ? [] : empty.errors.map((error) => [error.path, error.message])).toEqual([
      ['kind', 'Choose who the help is for'],
      ['personName', 'Enter the name of the person who needs help'],
      ['helpNeeded', 'Say what help is needed, in your own words'],
    ])
  })
})

// Issue 18 (a request reaches an end) and issue 17 ("a contact that ends in information and advice only is counted as
// such in the statutory return").
describe('closing a request for help', () => {
  it('needs what happened and a note of why, each named', () => {
    const empty = readReferralClosing({ outcome: '', note: '   ' })
    expect(empty.ok ? [] : empty.errors.map((error) => [error.path, error.message])).toEqual([
      ['outcome', 'Choose what happened with the request'],
      ['note', 'Write a short note of what was done and why'],
    ])
    const closing = readReferralClosing({ outcome: 'information-and-advice', note: ' Gave the day centre leaflet ' })
    expect(closing.ok && closing.value).toEqual({
      outcome: 'information-and-advice',
      note: 'Gave the day centre leaflet',
    })
  })

  it('counts information and advice as such, and only the start of an assessment as progress', () => {
    expect(referralEventOutcome['information-and-advice']).toBe('nfa-information-and-advice')
    expect(referralOutcomes.filter((outcome) => referralEventOutcome[outcome].startsWith('progress'))).toEqual([
      'assessment-started',
    ])
    expect(new Set(Object.values(referralEventOutcome)).size).toBe(referralOutcomes.length)
  })
})
