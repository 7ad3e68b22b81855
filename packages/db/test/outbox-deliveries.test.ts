import { describe, expect, it } from 'vitest'
import type { AnyDatabaseHandle, NewOutboxMessage } from '../src/index.js'
import { testEngines } from './engines.js'
import { at, minutes } from './helpers.js'

// Issue 15: a message is written with its act, then sent by a worker; never lost, never doubled (decision 041).
const now = at('2026-12-03T09:00:00Z')
const later = (ms: number) => new Date(now.getTime() + ms)

const reminder: NewOutboxMessage = {
  toAddress: 'sam@example.org',
  subject: 'Your review is due',
  body: 'Your review is due on 31 December.',
  purpose: 'email-changed-notice',
}

describe.each(testEngines())('sending the outbox on $name', (temp) => {
  const queue = async (handle: AnyDatabaseHandle, message: NewOutboxMessage = reminder, when = now) =>
    handle.withAudit(
      (repos) => repos.outbox.add(message, when),
      () => undefined,
    )

  it('queues a message with its act and hands it to one worker at a time', async () => {
    const handle = await temp.fresh()
    const message = await queue(handle)
    expect((await handle.repos.outbox.listRecent())[0]?.delivery).toMatchObject({ status: 'queued', attempts: 0 })
    const claimed = await handle.repos.outbox.claimDue({ now, limit: 10, claimFor: minutes(1) })
    expect(claimed.map(({ id, attempt, checkFirst }) => ({ id, attempt, checkFirst }))).toEqual([
      { id: message.id, attempt: 1, checkFirst: false },
    ])
    expect(await handle.repos.outbox.claimDue({ now, limit: 10, claimFor: minutes(1) })).toEqual([])
    expect((await handle.repos.outbox.listRecent())[0]?.delivery.status).toBe('sending')
  })

  it('records the outcome only for the worker that holds the claim', async () => {
    const handle = await temp.fresh()
    await queue(handle)
    const [claimed] = await handle.repos.outbox.claimDue({ now, limit: 10, claimFor: minutes(1) })
    if (!claimed) throw new Error('nothing claimed')
    const sent = { status: 'sent', notifyId: 'n-1' } as const
    expect(await handle.repos.outbox.settle({ id: claimed.id, claimId: 'someone else' }, sent, now)).toBe(false)
    expect(await handle.repos.outbox.settle(claimed, sent, now)).toBe(true)
    expect(await handle.repos.outbox.settle(claimed, sent, now)).toBe(false)
    expect((await handle.repos.outbox.listRecent())[0]?.delivery).toMatchObject({ status: 'sent', notifyId: 'n-1' })
    expect(await handle.repos.outbox.listAwaitingDelivery()).toEqual([{ id: claimed.id, notifyId: 'n-1' }])
    expect(await handle.repos.outbox.recordNotifyStatus(claimed.id, 'delivered', later(minutes(2)))).toBe(true)
    expect((await handle.repos.outbox.listRecent())[0]?.delivery.status).toBe('delivered')
    expect(await handle.repos.outbox.listAwaitingDelivery()).toEqual([])
  })

  it('waits until a retry is due, and keeps a permanent failure with its reason', async () => {
    const handle = await temp.fresh()
    await queue(handle)
    const [first] = await handle.repos.outbox.claimDue({ now, limit: 10, claimFor: minutes(1) })
    if (!first) throw new Error('nothing claimed')
    const retry = { status: 'retry', at: later(minutes(5)), reason: 'Notify was busy', checkFirst: false } as const
    await handle.repos.outbox.settle(first, retry, now)
    expect(await handle.repos.outbox.claimDue({ now: later(minutes(4)), limit: 10, claimFor: minutes(1) })).toEqual([])
    const [second] = await handle.repos.outbox.claimDue({ now: later(minutes(5)), limit: 10, claimFor: minutes(1) })
    expect(second?.attempt).toBe(2)
    if (!second) throw new Error('nothing claimed')
    await handle.repos.outbox.settle(second, { status: 'failed', reason: 'Not a valid email address' }, now)
    expect((await handle.repos.outbox.listRecent())[0]?.delivery).toMatchObject({
      status: 'failed',
      attempts: 2,
      reason: 'Not a valid email address',
    })
    expect(await handle.repos.outbox.claimDue({ now: later(minutes(60)), limit: 10, claimFor: minutes(1) })).toEqual([])
  })

  it('gives a claim whose worker stopped to another, marked to ask Notify before sending again', async () => {
    const handle = await temp.fresh()
    await queue(handle)
    const [lost] = await handle.repos.outbox.claimDue({ now, limit: 10, claimFor: minutes(1) })
    if (!lost) throw new Error('nothing claimed')
    expect(await handle.repos.outbox.claimDue({ now: later(minutes(1) - 1), limit: 10, claimFor: minutes(1) })).toEqual(
      [],
    )
    const [again] = await handle.repos.outbox.claimDue({ now: later(minutes(1)), limit: 10, claimFor: minutes(1) })
    expect(again).toMatchObject({ id: lost.id, attempt: 2, checkFirst: true })
    // The stopped worker, coming back, can no longer record anything.
    expect(await handle.repos.outbox.settle(lost, { status: 'sent', notifyId: 'late' }, now)).toBe(false)
  })

  it('claims the oldest due first, no more than asked, and gives account links an hour to be sent', async () => {
    const handle = await temp.fresh()
    const older = await queue(handle, reminder, now)
    const link = await queue(
      handle,
      { ...reminder, purpose: 'password-reset', link: 'https://care.example/reset/x' },
      later(1000),
    )
    await queue(handle, { ...reminder, channel: 'sms', toAddress: '07700900123' }, later(2000))
    const claimed = await handle.repos.outbox.claimDue({ now: later(minutes(1)), limit: 2, claimFor: minutes(1) })
    expect(claimed.map((message) => message.id)).toEqual([older.id, link.id])
    expect(claimed[0]?.sendBy).toBeNull()
    expect(claimed[1]?.sendBy).toEqual(later(1000 + minutes(60)))
    const [text] = await handle.repos.outbox.claimDue({ now: later(minutes(1)), limit: 2, claimFor: minutes(1) })
    expect(text).toMatchObject({ channel: 'sms', toAddress: '07700900123' })
  })
})
