import { randomUUID } from 'node:crypto'
import type { AnyDatabaseHandle, NewOutboxMessage } from '@open-sds/db'
import { afterEach, describe, expect, it } from 'vitest'
import { portalDatabase } from '../app/.server/context'
import { createSender, type NotifySettings } from '../app/.server/notify/send-outbox'
import { openPortalDatabase, portalEngines } from './support/engines'
import { startFakeNotify } from './support/fake-notify'

// Issue 15, "Notify, for real" and "Never lost, never doubled": the outbox is sent through GOV.UK Notify's own Node
// client to a local server answering as Notify does; 400 and 403 fail for good with Notify's reason, 429 and 500 are
// retried with backoff, and a retry after an attempt whose outcome is unknown asks Notify before sending again.

const cleanUps: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp()
})

const reminder: NewOutboxMessage = {
  toAddress: 'sam@example.org',
  subject: 'Your review is due',
  body: 'Your review is due on 31 December.',
  purpose: 'email-changed-notice',
}
const seconds = (n: number) => n * 1000

describe.each(portalEngines())('sending the outbox through Notify on $name', (engine) => {
  async function setUp(settings: Partial<NotifySettings> = {}) {
    const notify = await startFakeNotify()
    const at = await engine.freshDatabase()
    const handle = await openPortalDatabase(at)
    cleanUps.push(
      () => at.remove(),
      () => handle.close(),
      () => notify.close(),
    )
    const database = portalDatabase(handle)
    const sender = createSender(database.repos.outbox, {
      apiKey: notify.apiKey,
      baseUrl: notify.url,
      emailTemplateId: notify.templates.email,
      smsTemplateId: notify.templates.sms,
      plugin: {},
      publicUrl: 'https://care.example',
      timeoutMs: 2000,
      ...settings,
    })
    return { notify, handle, database, sender }
  }

  const queue = (handle: AnyDatabaseHandle, message: NewOutboxMessage = reminder, now = new Date()) =>
    handle.withAudit(
      (repos) => repos.outbox.add(message, now),
      () => undefined,
    )

  const deliveryOf = async (handle: AnyDatabaseHandle, id: string) =>
    (await handle.repos.outbox.listRecent({ limit: 1000 })).find((message) => message.id === id)?.delivery

  it('sends an email with its subject, body, link and reference, then records Notify saying it was delivered', async () => {
    const { notify, handle, sender } = await setUp()
    const message = await queue(handle, { ...reminder, link: '/reviews/1' })
    expect(await sender.sendDue(new Date())).toEqual({ sent: 1, retry: 0, failed: 0 })
    expect(notify.accepted).toMatchObject([
      {
        type: 'email',
        to: 'sam@example.org',
        templateId: notify.templates.email,
        reference: message.id,
        personalisation: { subject: reminder.subject, body: reminder.body, link: 'https://care.example/reviews/1' },
      },
    ])
    expect(await deliveryOf(handle, message.id)).toMatchObject({ status: 'sent', notifyId: notify.accepted[0]?.id })
    notify.statusOf.set(notify.accepted[0]?.id ?? '', 'sending')
    expect(await sender.refreshStatuses(new Date())).toBe(0)
    expect((await deliveryOf(handle, message.id))?.status).toBe('sent')
    notify.statusOf.clear()
    expect(await sender.refreshStatuses(new Date())).toBe(1)
    expect(await deliveryOf(handle, message.id)).toMatchObject({ status: 'delivered', reason: null })
  })

  it("sends a text message with the plugin's template and sender, and records a failed delivery with Notify's reason", async () => {
    const smsSenderId = randomUUID()
    const { handle, sender } = await setUp({
      plugin: { smsSenderId, templates: { 'email-changed-notice': { email: randomUUID(), sms: randomUUID() } } },
    })
    const text = await queue(handle, { ...reminder, channel: 'sms', toAddress: '07700900123' })
    // The plugin's template ids are not this Notify's: Notify says so, and the message fails for good.
    expect(await sender.sendDue(new Date())).toEqual({ sent: 0, retry: 0, failed: 1 })
    expect(await deliveryOf(handle, text.id)).toMatchObject({
      status: 'failed',
      reason: 'Notify refused the message: Template not found',
    })
    const { notify: other, handle: otherHandle, sender: otherSender } = await setUp({ plugin: { smsSenderId } })
    const second = await queue(otherHandle, { ...reminder, channel: 'sms', toAddress: '07700900123' })
    expect((await otherSender.sendDue(new Date())).sent).toBe(1)
    expect(other.accepted[0]).toMatchObject({
      type: 'sms',
      to: '07700900123',
      replyToId: smsSenderId,
      reference: second.id,
    })
    other.statusOf.set(other.accepted[0]?.id ?? '', 'permanent-failure')
    await otherSender.refreshStatuses(new Date())
    expect(await deliveryOf(otherHandle, second.id)).toMatchObject({
      status: 'failed',
      reason: 'The provider could not deliver the message: the email address or phone number does not exist',
    })
  })

  it("sends Easy Read with the plugin's Easy Read template to whoever chose it, and standard wording to the rest", async () => {
    const { notify, handle, database } = await setUp()
    const sender = createSender(database.repos.outbox, {
      apiKey: notify.apiKey,
      baseUrl: notify.url,
      emailTemplateId: notify.templates.email,
      smsTemplateId: notify.templates.sms,
      plugin: { templates: { 'email-changed-notice': { easyReadEmail: notify.templates.otherEmail } } },
      publicUrl: 'https://care.example',
    })
    const easy = await queue(handle, { ...reminder, wording: 'easy-read' })
    const plain = await queue(handle, { ...reminder, toAddress: 'kim@example.org' })
    // No Easy Read template for this kind: the generic one, with the Easy Read words the portal wrote.
    const otherKind = await queue(handle, { ...reminder, purpose: 'plan-approved', wording: 'easy-read' })
    expect((await sender.sendDue(new Date())).sent).toBe(3)
    const templateOf = (id: string) => notify.accepted.find((item) => item.reference === id)?.templateId
    expect(templateOf(easy.id)).toBe(notify.templates.otherEmail)
    expect(templateOf(plain.id)).toBe(notify.templates.email)
    expect(templateOf(otherKind.id)).toBe(notify.templates.email)
  })

  it('fails for good, with the reason, when Notify answers 400 for an address or 403 for the key', async () => {
    const { handle, sender } = await setUp()
    const bad = await queue(handle, { ...reminder, toAddress: 'not an address' })
    expect(await sender.sendDue(new Date())).toEqual({ sent: 0, retry: 0, failed: 1 })
    expect(await deliveryOf(handle, bad.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      reason: 'Notify refused the message: email_address Not a valid email address',
    })
    const notify = await startFakeNotify()
    cleanUps.push(() => notify.close())
    const wrongKey = createSender(handle.repos.outbox, {
      apiKey: notify.apiKey.slice(0, -36) + randomUUID(),
      baseUrl: notify.url,
      emailTemplateId: notify.templates.email,
      smsTemplateId: '',
      plugin: {},
      publicUrl: 'https://care.example',
    })
    const refused = await queue(handle)
    expect(await wrongKey.sendDue(new Date())).toEqual({ sent: 0, retry: 0, failed: 1 })
    expect(await deliveryOf(handle, refused.id)).toMatchObject({
      status: 'failed',
      reason: 'Notify refused the API key: Invalid token: API key not found',
    })
    expect(notify.accepted).toEqual([])
    // Nothing failed for good is tried again, however long after.
    expect(await wrongKey.sendDue(new Date(Date.now() + 86_400_000))).toEqual({ sent: 0, retry: 0, failed: 0 })
  })

  it('retries after 429 when the wait is over, and sends it once', async () => {
    const { notify, handle, sender } = await setUp()
    const message = await queue(handle)
    notify.failNext(429)
    const now = new Date()
    expect(await sender.sendDue(now)).toEqual({ sent: 0, retry: 1, failed: 0 })
    expect(await deliveryOf(handle, message.id)).toMatchObject({
      status: 'queued',
      reason: 'Notify asked us to slow down: Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds',
    })
    // The first wait is between 15 and 30 seconds: not yet at 14, surely by 30.
    expect(await sender.sendDue(new Date(now.getTime() + seconds(14)))).toEqual({ sent: 0, retry: 0, failed: 0 })
    expect(await sender.sendDue(new Date(now.getTime() + seconds(30)))).toEqual({ sent: 1, retry: 0, failed: 0 })
    expect(notify.accepted).toHaveLength(1)
    expect(notify.requests.lookUp).toBe(0)
    expect(await deliveryOf(handle, message.id)).toMatchObject({ status: 'sent', attempts: 2 })
  })

  it('after a 500 or a dropped connection asks Notify by reference, and never sends twice', async () => {
    const { notify, handle, sender } = await setUp()
    const message = await queue(handle)
    notify.failNext('drop')
    const now = new Date()
    expect(await sender.sendDue(now)).toEqual({ sent: 0, retry: 1, failed: 0 })
    expect((await deliveryOf(handle, message.id))?.reason).toMatch(/^Notify could not be reached: /)
    // Notify did take it before the connection dropped: the retry finds it by reference and sends nothing more.
    expect(await sender.sendDue(new Date(now.getTime() + seconds(30)))).toEqual({ sent: 1, retry: 0, failed: 0 })
    expect(notify.accepted).toHaveLength(1)
    expect(notify.requests).toMatchObject({ send: 1, lookUp: 1 })
    expect(await deliveryOf(handle, message.id)).toMatchObject({ status: 'sent', notifyId: notify.accepted[0]?.id })

    const second = await queue(handle)
    notify.failNext(500, 2)
    const then = new Date()
    expect(await sender.sendDue(then)).toEqual({ sent: 0, retry: 1, failed: 0 })
    expect((await deliveryOf(handle, second.id))?.reason).toBe('Notify had a problem (500): Internal server error')
    expect(await sender.sendDue(new Date(then.getTime() + seconds(30)))).toEqual({ sent: 0, retry: 1, failed: 0 })
    // The second wait doubles: 30 to 60 seconds after the second attempt.
    expect(await sender.sendDue(new Date(then.getTime() + seconds(30 + 29)))).toEqual({ sent: 0, retry: 0, failed: 0 })
    expect(await sender.sendDue(new Date(then.getTime() + seconds(30 + 60)))).toEqual({ sent: 1, retry: 0, failed: 0 })
    expect(notify.accepted.filter((item) => item.reference === second.id)).toHaveLength(1)
  })

  it('loses nothing when a worker stops after claiming: another sends it once when the claim runs out', async () => {
    const { notify, handle, sender } = await setUp()
    const message = await queue(handle)
    const now = new Date()
    // A worker claims the message and stops before sending it (the process ended).
    expect(await handle.repos.outbox.claimDue({ now, limit: 10, claimFor: seconds(60) })).toHaveLength(1)
    expect(await sender.sendDue(new Date(now.getTime() + seconds(59)))).toEqual({ sent: 0, retry: 0, failed: 0 })
    expect(await sender.sendDue(new Date(now.getTime() + seconds(60)))).toEqual({ sent: 1, retry: 0, failed: 0 })
    expect(notify.requests).toMatchObject({ send: 1, lookUp: 1 })
    expect(await deliveryOf(handle, message.id)).toMatchObject({ status: 'sent', attempts: 2 })
  })

  it('does not send a reset link that stopped working before it could be sent', async () => {
    const { notify, handle, sender } = await setUp()
    const written = new Date()
    const message = await queue(
      handle,
      { ...reminder, purpose: 'password-reset', link: 'https://care.example/r' },
      written,
    )
    expect(await sender.sendDue(new Date(written.getTime() + 61 * 60_000))).toEqual({ sent: 0, retry: 0, failed: 1 })
    expect(await deliveryOf(handle, message.id)).toMatchObject({
      status: 'failed',
      reason: 'Its link had stopped working before it could be sent',
    })
    expect(notify.requests.send).toBe(0)
  })
})
