import { describe, expect, it } from 'vitest'
import {
  proxyMay,
  proxyStanding,
  proxyStepAllowed,
  readProxyGrant,
  readProxyRequest,
  teamForWork,
  workKindLabels,
} from '../src/index.js'

// Issue 18, "Proxy access": a person asks for someone to act for them; the council verifies and records the
// relationship and its scope; either side can end it (decision 035).
describe('proxy access', () => {
  it('lets a view-only proxy see records but not send a form, and only "everything" see safeguarding', () => {
    expect(proxyMay('see-records', 'see-records')).toBe(true)
    expect(proxyMay('see-records', 'send-forms')).toBe(false)
    expect(proxyMay('send-forms', 'send-forms')).toBe(true)
    expect(proxyMay('send-forms', 'see-safeguarding')).toBe(false)
    expect(proxyMay('everything', 'see-safeguarding')).toBe(true)
  })

  it('goes to the team that handles requests for a proxy, and has words on the queue', () => {
    const teams = [
      { id: 'fd', name: 'Adult social care front door', handles: ['self-assessment', 'referral', 'proxy-request'] },
      { id: 'fin', name: 'Finance', handles: ['financial-assessment'] },
    ]
    expect(teamForWork('proxy-request', teams)?.name).toBe('Adult social care front door')
    expect(workKindLabels['proxy-request']).toBe('Request for someone to act for them')
  })

  it('names each missing or wrong field of the request in plain words, and keeps a good one tidy', () => {
    const bad = readProxyRequest({ name: ' ', email: 'sam at example', relationship: '', scope: 'all' })
    expect(bad.ok ? [] : bad.errors.map((error) => [error.path, error.message])).toEqual([
      ['name', 'Enter the full name of the person you want to act for you'],
      ['email', 'Enter their email address in the right form, like name@example.com'],
      ['relationship', 'Say how they are related to you, for example daughter, friend or advocate'],
      ['scope', 'Choose what they can do for you'],
    ])
    const good = readProxyRequest({
      name: ' Sam Example ',
      email: 'Sam@Example.org ',
      relationship: 'Son',
      scope: 'see-records',
    })
    expect(good.ok && good.value).toEqual({
      name: 'Sam Example',
      email: 'sam@example.org',
      relationship: 'Son',
      scope: 'see-records',
    })
  })

  it('lets the council narrow the scope asked for, never widen it, and needs how it was checked', () => {
    expect(readProxyGrant({ verification: 'Phoned Ada', scope: 'see-records' }, 'send-forms').ok).toBe(true)
    const wider = readProxyGrant({ verification: 'Phoned Ada', scope: 'everything' }, 'send-forms')
    expect(wider.ok ? [] : wider.errors).toEqual([
      { path: 'scope', message: 'You cannot grant more than the person asked for' },
    ])
    const unchecked = readProxyGrant({ verification: '', scope: 'see-records' }, 'see-records')
    expect(unchecked.ok ? '' : unchecked.errors[0]?.path).toBe('verification')
  })

  it('follows ask, grant, accept, end, and refuses a step out of turn or by the wrong side', () => {
    expect(proxyStanding([])).toBe('asked')
    expect(proxyStanding(['granted'])).toBe('granted')
    expect(proxyStanding(['granted', 'accepted'])).toBe('active')
    expect(proxyStanding(['granted', 'accepted', 'ended'])).toBe('ended')
    expect(proxyStepAllowed('asked', 'granted', 'practitioner').ok).toBe(true)
    expect(proxyStepAllowed('asked', 'granted', 'person')).toEqual({
      ok: false,
      errors: [{ path: 'step', message: 'You cannot do this for this request' }],
    })
    expect(proxyStepAllowed('asked', 'accepted', 'proxy')).toEqual({
      ok: false,
      errors: [{ path: 'step', message: 'The council has not checked this request yet' }],
    })
    expect(proxyStepAllowed('granted', 'accepted', 'proxy').ok).toBe(true)
    for (const party of ['person', 'proxy', 'practitioner'] as const)
      expect(proxyStepAllowed('active', 'ended', party).ok).toBe(true)
    expect(proxyStepAllowed('ended', 'ended', 'person')).toEqual({
      ok: false,
      errors: [{ path: 'step', message: 'This has already ended' }],
    })
    expect(proxyStepAllowed('refused', 'accepted', 'proxy').ok).toBe(false)
  })
})
