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
