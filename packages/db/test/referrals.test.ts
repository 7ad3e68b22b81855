import { describe, expect, it } from 'vitest'
import { countRows, refusal, testEngines } from './engines.js'
import { at } from './helpers.js'

// Issue 18: a request for help is kept as it was sent, whatever happens to it next.
describe.each(testEngines())('requests for help on $name', (engine) => {
  it('keeps a request with a reference it can be found by, and never changes or removes it', async () => {
    const handle = await engine.fresh()
    const stored = await handle.repos.referrals.record(
      { kind: 'carer', details: { personName: 'Ada Example' }, raisedByUserId: null, floodGroup: null },
      at('2026-12-02T10:00:00Z'),
    )
    expect(stored.value.reference).toMatch(/^RF-[0-9A-F]{8}$/)
    expect((await handle.repos.referrals.findByReference(stored.value.reference))?.details).toEqual({
      personName: 'Ada Example',
    })
    expect(await refusal(engine.sql(handle, "update referrals set kind = 'self'"))).toMatch(
      'a request for help cannot be changed',
    )
    expect(await refusal(engine.sql(handle, 'delete from referrals'))).toMatch('a request for help cannot be removed')
    expect(await countRows(engine, handle, 'referrals')).toBe(1)
  })
})

// Issue 18: every request reaches an end. A worker names the person it is about (once), then closes it with what
// happened (once, and only after the person is known), and neither can be changed afterwards.
describe.each(testEngines())('closing a request for help on $name', (engine) => {
  it('links once, closes once after linking, and keeps both', async () => {
    const handle = await engine.fresh()
    const { repos } = handle
    const worker = await repos.users.create(
      { email: 'worker@example.org', displayName: 'Wendy Worker', role: 'practitioner', passwordHash: 'x' },
      at('2026-12-01T09:00:00Z'),
    )
    const person = await repos.people.create({ displayName: 'Ada Example' }, at('2026-12-01T09:00:00Z'))
    const other = await repos.people.create({ displayName: 'Ada Other' }, at('2026-12-01T09:00:00Z'))
    if (!worker.ok || !person.ok || !other.ok) throw new Error('setup failed')
    const { value: referral } = await repos.referrals.record(
      { kind: 'self', details: { personName: 'Ada Example' }, raisedByUserId: null, floodGroup: null },
      at('2026-12-02T10:00:00Z'),
    )
    const closing = { referralId: referral.id, outcome: 'information-and-advice' as const, note: 'Leaflet given' }

    const early = await repos.referrals.close(
      { ...closing, closedByUserId: worker.value.id },
      at('2026-12-02T11:00:00Z'),
    )
    expect(early.ok ? '' : early.errors[0]?.message).toBe('Link the request to the person’s record before closing it')

    const linked = await repos.referrals.link(
      { referralId: referral.id, personId: person.value.id, how: 'found', linkedByUserId: worker.value.id },
      at('2026-12-02T11:00:00Z'),
    )
    expect(linked.ok).toBe(true)
    const again = await repos.referrals.link(
      { referralId: referral.id, personId: other.value.id, how: 'found', linkedByUserId: worker.value.id },
      at('2026-12-02T11:01:00Z'),
    )
    expect(again.ok ? '' : again.errors[0]?.message).toMatch('linked to a record while you were looking at it')

    expect(
      (await repos.referrals.close({ ...closing, closedByUserId: worker.value.id }, at('2026-12-02T12:00:00Z'))).ok,
    ).toBe(true)
    const twice = await repos.referrals.close(
      { ...closing, outcome: 'assessment-started', closedByUserId: worker.value.id },
      at('2026-12-02T12:01:00Z'),
    )
    expect(twice.ok ? '' : twice.errors[0]?.message).toMatch('closed while you were looking at it')

    const stored = await repos.referrals.findByReference(referral.reference)
    expect([stored?.link?.personId, stored?.closing?.outcome, stored?.closing?.note]).toEqual([
      person.value.id,
      'information-and-advice',
      'Leaflet given',
    ])
    expect(await refusal(engine.sql(handle, "update referral_closings set outcome = 'support-declined'"))).toMatch(
      'how a request for help ended cannot be changed',
    )
    expect(await refusal(engine.sql(handle, 'delete from referral_links'))).toMatch(
      'the person a request for help is about cannot be removed',
    )
    expect(
      await refusal(engine.sql(handle, "insert into referral_closings values ('x', 'whatever', 'n', 'u', 1)")),
    ).toBeTruthy()

    // Issue 17: a contact that ends in information and advice only is counted as such in the Client Level Data return.
    const source = await repos.clientLevelData.source({
      start: '2026-12-01',
      end: '2026-12-31',
      dateInEngland: (instant) => instant.toISOString().slice(0, 10),
    })
    expect(source.requests).toEqual([
      {
        id: `referral-${referral.id}`,
        personId: person.value.id,
        start: '2026-12-02',
        end: '2026-12-02',
        description: `Request for help ${referral.reference}`,
        routeOfAccess: 'community-or-other',
        outcome: 'nfa-information-and-advice',
      },
    ])
  })
})
