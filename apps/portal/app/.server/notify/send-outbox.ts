import axios from 'axios'
import { NotifyClient } from 'notifications-node-client'
import type { ClaimedOutboxMessage, DeliveryOutcome, OutboxRepository } from '@open-sds/db'
import type { NotificationsSlot } from '@open-sds/plugin-sdk'
import { outcomeOfFailure, outcomeOfNotifyStatus } from './notify-answers'

/** Where and how to reach Notify, from the portal's configuration and the council's plugin. */
export type NotifySettings = {
  apiKey: string
  baseUrl: string
  emailTemplateId: string
  smsTemplateId: string
  plugin: NotificationsSlot
  /** The portal's address (OPEN_SDS_PUBLIC_URL): a link stored as a path is sent whole. */
  publicUrl: string
  /** How long one request may take before it counts as a lost connection. */
  timeoutMs?: number
}

export type Sender = {
  /** Claims what is due and sends it; the counts of what each attempt came to. */
  sendDue(now: Date, options?: { limit?: number }): Promise<{ sent: number; retry: number; failed: number }>
  /** Asks Notify what became of messages it accepted, and records those it has finished with. */
  refreshStatuses(now: Date, options?: { limit?: number }): Promise<number>
}

/** A claim lasts long enough for a batch to be sent, a few requests at a time, each with its timeout. */
const CLAIM_FOR_MS = 5 * 60_000
const AT_ONCE = 10

export function createSender(
  outbox: Pick<OutboxRepository, 'claimDue' | 'settle' | 'recordNotifyStatus' | 'listAwaitingDelivery'>,
  settings: NotifySettings,
): Sender {
  const client = new NotifyClient(settings.baseUrl, settings.apiKey)
  client.setClient(axios.create({ timeout: settings.timeoutMs ?? 15_000 }))
  const { plugin } = settings

  const templateFor = (message: ClaimedOutboxMessage): string | undefined => {
    const own = plugin.templates?.[message.purpose]
    // Easy Read where the person chose it and the council's plugin gives a template for it (issue 15).
    const easyRead = message.wording === 'easy-read'
    return message.channel === 'sms'
      ? ((easyRead ? own?.easyReadSms : undefined) ?? own?.sms ?? (settings.smsTemplateId || undefined))
      : ((easyRead ? own?.easyReadEmail : undefined) ?? own?.email ?? settings.emailTemplateId)
  }

  async function attempt(message: ClaimedOutboxMessage, now: Date): Promise<DeliveryOutcome> {
    if (message.sendBy && now.getTime() > message.sendBy.getTime()) {
      return { status: 'failed', reason: 'Its link had stopped working before it could be sent' }
    }
    const templateId = templateFor(message)
    if (!templateId) return { status: 'failed', reason: 'No text message template is set (NOTIFY_SMS_TEMPLATE_ID)' }
    try {
      if (message.checkFirst) {
        // An earlier attempt may have reached Notify: the message's id is its reference there.
        const found = await client.getNotifications(undefined, undefined, message.id)
        const earlier = found.data.notifications[0]
        if (earlier) return { status: 'sent', notifyId: earlier.id }
      }
      const link = message.link === null ? '' : new URL(message.link, settings.publicUrl).href
      const personalisation = { subject: message.subject, body: message.body, link }
      const response =
        message.channel === 'sms'
          ? await client.sendSms(templateId, message.toAddress, {
              personalisation,
              reference: message.id,
              ...(plugin.smsSenderId ? { smsSenderId: plugin.smsSenderId } : {}),
            })
          : await client.sendEmail(templateId, message.toAddress, {
              personalisation,
              reference: message.id,
              ...(plugin.emailReplyToId ? { emailReplyToId: plugin.emailReplyToId } : {}),
            })
      return { status: 'sent', notifyId: response.data.id }
    } catch (error) {
      return outcomeOfFailure(error, message.attempt, now)
    }
  }

  return {
    async sendDue(now, options = {}) {
      const claimed = await outbox.claimDue({ now, limit: options.limit ?? 50, claimFor: CLAIM_FOR_MS })
      const counts = { sent: 0, retry: 0, failed: 0 }
      await inTurns(claimed, AT_ONCE, async (message) => {
        const outcome = await attempt(message, now)
        // A claim lost meanwhile (this worker was too slow) is another worker's now, which asks Notify first.
        if (await outbox.settle(message, outcome, new Date())) counts[outcome.status] += 1
      })
      return counts
    },

    async refreshStatuses(now, options = {}) {
      const waiting = await outbox.listAwaitingDelivery({ limit: options.limit ?? 100 })
      let finished = 0
      await inTurns(waiting, AT_ONCE, async ({ id, notifyId }) => {
        const outcome = await client
          .getNotificationById(notifyId)
          .then((response) => outcomeOfNotifyStatus(response.data.status))
          .catch(() => 'pending' as const)
        await outbox.recordNotifyStatus(id, outcome, now)
        if (outcome !== 'pending') finished += 1
      })
      return finished
    },
  }
}

/** Runs `work` on each item, `atOnce` at a time. */
async function inTurns<T>(items: readonly T[], atOnce: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await work(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, lane))
}
