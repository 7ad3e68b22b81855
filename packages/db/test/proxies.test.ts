import { describe, expect, it } from 'vitest'
import { hashSessionToken } from '../src/index.js'
import { countRows, refusal, testEngines } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

const link = hashSessionToken('a-link-token')

// Issue 18, "Proxy access": a person asks for someone to act for them; the council verifies and records the
// relationship and its scope; either side can end it, and it stops working at once (decision 035).
describe.each(testEngines())('proxy access on $name', (engine) => {
  async function asked() {
    const handle = await engine.fresh()
    const ada = await createUser(handle, 'ada@example.org')
    const worker = await createUser(handle, 'worker@example.org')
    const sam = await createUser(handle, 'sam@example.org')
    const person = await createPerson(handle, 'Ada Example')
    await handle.repos.people.grantAccess(ada.id, person.id, 'self', at('2026-12-03T09:00:00Z'))
    const request = await handle.repos.proxies.ask(
      {
        personId: person.id,
        askedByUserId: ada.id,
        proxyName: 'Sam Example',
        proxyEmail: ' Sam@Example.org',
        relationship: 'Son',
        scope: 'see-records',
      },
      at('2026-12-03T09:05:00Z'),
    )
    if (!request.ok) throw new Error('test setup')
    return { handle, ada, worker, sam, person, request: request.value }
  }

  it('gives access only once accepted, within the scope granted, and takes it away at once when ended', async () => {
    const { handle, worker, sam, person, request } = await asked()
    const { proxies, people } = handle.repos
    expect(request.proxyEmail).toBe('sam@example.org')
    const granted = await proxies.recordStep(
      request.id,
      0,
      { step: 'granted', byUserId: worker.id, scope: 'see-records', verification: 'Phoned Ada', linkHash: link },
      at('2026-12-03T10:00:00Z'),
    )
    expect(granted.ok).toBe(true)
    expect(await people.relationshipOf(sam.id, person.id)).toBeUndefined()
    expect((await proxies.findByLinkHash(link))?.id).toBe(request.id)
    expect(await proxies.activeScope(sam.id, person.id)).toBeUndefined()

    expect(
      (await proxies.recordStep(request.id, 1, { step: 'accepted', byUserId: sam.id }, at('2026-12-03T11:00:00Z'))).ok,
    ).toBe(true)
    expect(await people.relationshipOf(sam.id, person.id)).toBe('representative')
    expect(await proxies.activeScope(sam.id, person.id)).toBe('see-records')
    expect((await proxies.listForProxy(sam.id)).map((record) => record.personName)).toEqual(['Ada Example'])

    const ended = await proxies.recordStep(
      request.id,
      2,
      { step: 'ended', byUserId: sam.id, reason: null },
      at('2026-12-03T12:00:00Z'),
    )
    expect(ended.ok).toBe(true)
    expect(await people.relationshipOf(sam.id, person.id)).toBeUndefined()
    expect(await proxies.activeScope(sam.id, person.id)).toBeUndefined()
    expect((await proxies.listForPerson(person.id))[0]?.events.map((event) => event.step)).toEqual([
      'granted',
      'accepted',
      'ended',
    ])
  })

  it('stores nothing when someone else recorded a step first, and keeps the history for good', async () => {
    const { handle, worker, request } = await asked()
    const { proxies } = handle.repos
    await proxies.recordStep(
      request.id,
      0,
      { step: 'refused', byUserId: worker.id, reason: 'Ada said no' },
      at('2026-12-03T10:00:00Z'),
    )
    const late = await proxies.recordStep(
      request.id,
      0,
      { step: 'granted', byUserId: worker.id, scope: 'everything', verification: 'Letter', linkHash: link },
      at('2026-12-03T10:01:00Z'),
    )
    expect(late).toEqual({
      ok: false,
      errors: [{ path: 'step', message: 'Someone else has just changed this request. Look at it again.' }],
    })
    expect(await countRows(engine, handle, 'proxy_events')).toBe(1)
    expect(await refusal(engine.sql(handle, "update proxy_requests set scope = 'everything'"))).toMatch(
      'cannot be changed',
    )
    expect(await refusal(engine.sql(handle, 'delete from proxy_events'))).toMatch(
      'the history of proxy access cannot be removed',
    )
    // A refusal says why; the database refuses one without.
    expect(
      await refusal(
        engine.sql(
          handle,
          "insert into proxy_events (request_id, seq, step, by_user_id, at) values (?, 2, 'refused', ?, 0)",
          request.id,
          worker.id,
        ),
      ),
    ).toMatch(/proxy_events_shape|CHECK/i)
  })

  it('will not make an account a proxy for a person it already has its own access to', async () => {
    const { handle, ada, worker, person, request } = await asked()
    const { proxies, people } = handle.repos
    await proxies.recordStep(
      request.id,
      0,
      { step: 'granted', byUserId: worker.id, scope: 'send-forms', verification: 'Phoned Ada', linkHash: link },
      at('2026-12-03T10:00:00Z'),
    )
    const own = await proxies.recordStep(
      request.id,
      1,
      { step: 'accepted', byUserId: ada.id },
      at('2026-12-03T11:00:00Z'),
    )
    expect(own.ok ? '' : own.errors[0]?.message).toBe('Your account already has its own access to this person’s record')
    expect(await people.relationshipOf(ada.id, person.id)).toBe('self')
  })
})
