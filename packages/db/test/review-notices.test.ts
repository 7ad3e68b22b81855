import { describe, expect, it } from 'vitest'
import { testEngines } from './engines.js'
import { at } from './helpers.js'

const now = at('2026-12-03T09:00:00Z')
const notice = { planId: 'plan-1', reviewDate: '2026-12-20', kind: 'due' } as const

// Issue 15: a person is told of a review four weeks before it and once it is overdue, each once, whichever process
// gets there first: the claim is the database's promise.
describe.each(testEngines())('review notices on $name', (temp) => {
  it('lets one claim each plan, review date and kind, once', async () => {
    const { repos } = await temp.fresh()
    expect(await repos.reviewNotices.claim(notice, now)).toBe(true)
    expect(await repos.reviewNotices.claim(notice, at('2026-12-04T09:00:00Z'))).toBe(false)
    // Overdue is another notice; a new review date (after a review is held) starts again.
    expect(await repos.reviewNotices.claim({ ...notice, kind: 'overdue' }, now)).toBe(true)
    expect(await repos.reviewNotices.claim({ ...notice, reviewDate: '2027-12-20' }, now)).toBe(true)
    expect(await repos.reviewNotices.claim({ ...notice, planId: 'plan-2' }, now)).toBe(true)
  })

  it('takes back a claim whose transaction fails, so the notice is not lost', async () => {
    const handle = await temp.fresh()
    await expect(
      handle.withAudit(
        async (tx) => {
          await tx.reviewNotices.claim(notice, now)
          throw new Error('the message could not be written')
        },
        () => undefined,
      ),
    ).rejects.toThrow('the message could not be written')
    expect(await handle.repos.reviewNotices.claim(notice, now)).toBe(true)
  })

  it('counts two claims racing for one notice once', async () => {
    const { repos } = await temp.fresh()
    const claims = await Promise.all([repos.reviewNotices.claim(notice, now), repos.reviewNotices.claim(notice, now)])
    expect(claims.filter(Boolean)).toHaveLength(1)
  })
})
