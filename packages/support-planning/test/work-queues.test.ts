import { describe, expect, it } from 'vitest'
import { holdingPutsOnCaseload, queueOrder, teamForWork, waitingTime } from '../src/index.js'

const frontDoor = {
  id: 'front',
  name: 'Adult social care front door',
  handles: ['self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement'],
}
const safeguarding = { id: 'sg', name: 'Safeguarding', handles: ['safeguarding-concern'] }
const finance = { id: 'fin', name: 'Finance', handles: ['financial-assessment'] }

describe('which team a new piece of work goes to (issue 18: nothing lands nowhere)', () => {
  it('sends each kind to the team that handles it, the most specialised first', () => {
    const teams = [frontDoor, safeguarding, finance]
    expect(teamForWork('self-assessment', teams)?.name).toBe('Adult social care front door')
    expect(teamForWork('safeguarding-concern', teams)?.name).toBe('Safeguarding')
    expect(teamForWork('financial-assessment', teams)?.name).toBe('Finance')
    expect(teamForWork('plan-agreement', teams)?.name).toBe('Adult social care front door')
  })

  it('breaks a tie by name, whatever order the teams were read in', () => {
    const north = { id: 'n', name: 'North', handles: ['self-assessment'] }
    const east = { id: 'e', name: 'East', handles: ['self-assessment'] }
    expect(teamForWork('self-assessment', [north, east])?.name).toBe('East')
    expect(teamForWork('self-assessment', [east, north])?.name).toBe('East')
  })

  it('answers nothing when no team handles the kind, for the caller to hold the work for an administrator', () => {
    expect(teamForWork('plan-agreement', [safeguarding, finance])).toBeUndefined()
    expect(teamForWork('self-assessment', [])).toBeUndefined()
  })
})

describe('whose caseload a person joins when their work is held (decision 058)', () => {
  it('puts the person on the holder’s caseload for work done on their own record: their self-assessment and their plan', () => {
    expect(holdingPutsOnCaseload('self-assessment')).toBe(true)
    expect(holdingPutsOnCaseload('plan-agreement')).toBe(true)
  })

  it('leaves work done on pages a team or role opens off the caseload: concerns, charges, requests, carers', () => {
    for (const kind of [
      'safeguarding-concern',
      'financial-assessment',
      'referral',
      'proxy-request',
      'carer-assessment',
    ])
      expect(holdingPutsOnCaseload(kind)).toBe(false)
  })
})

describe('how long unallocated work has waited against the council’s target', () => {
  const now = new Date('2026-06-01T09:00:00Z')

  it('flags work older than the target, in the words the queue shows', () => {
    expect(waitingTime(new Date('2026-05-01T10:00:00Z'), now, 28)).toEqual({
      days: 31,
      overTarget: true,
      words: 'Waiting 31 days: over the 28-day target',
    })
    expect(waitingTime(new Date('2026-05-04T10:00:00Z'), now, 28)).toEqual({
      days: 28,
      overTarget: false,
      words: 'Waiting 28 days',
    })
    expect(waitingTime(new Date('2026-06-01T08:00:00Z'), now, 28).words).toBe('Arrived today')
    expect(waitingTime(new Date('2026-05-31T08:00:00Z'), now, 28).words).toBe('Waiting 1 day')
  })

  it('counts days in England: 23:30 UTC on 31 May in summer time is already 1 June', () => {
    expect(waitingTime(new Date('2026-05-31T23:30:00Z'), now, 28).days).toBe(0)
  })

  it('lists the oldest first', () => {
    const items = [
      { id: 'b', arrivedAt: new Date('2026-05-20T00:00:00Z') },
      { id: 'a', arrivedAt: new Date('2026-04-20T00:00:00Z') },
    ]
    expect(queueOrder(items, now, 28).map((item) => [item.id, item.waiting.overTarget])).toEqual([
      ['a', true],
      ['b', false],
    ])
  })
})
