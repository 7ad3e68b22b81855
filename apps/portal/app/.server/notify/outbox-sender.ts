import { notificationsOf } from '@open-sds/plugin-sdk'
import type { AppContext } from '../context'
import { createSender } from './send-outbox'

const QUIET_WAIT_MS = 2_000
const STATUS_EVERY_MS = 60_000
const BATCH = 50

/**
 * Sends the outbox through GOV.UK Notify for as long as the portal runs (decision 041): a batch at a time, straight on
 * while there is more, otherwise every two seconds; once a minute asks Notify what became of what it accepted. Without
 * NOTIFY_API_KEY nothing is sent and messages wait in the outbox. Returns how to stop it, or undefined.
 */
export function startSendingMessages(
  context: Pick<AppContext, 'config' | 'site' | 'database'>,
): (() => void) | undefined {
  const { config, site, database } = context
  if (config.notifyApiKey === '') return undefined
  const sender = createSender(database.repos.outbox, {
    apiKey: config.notifyApiKey,
    baseUrl: config.notifyBaseUrl,
    emailTemplateId: config.notifyEmailTemplateId,
    smsTemplateId: config.notifySmsTemplateId,
    plugin: notificationsOf(site),
    publicUrl: config.publicUrl,
  })
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let statusesAskedAt = 0
  const round = async () => {
    let more = false
    try {
      const counts = await sender.sendDue(new Date(), { limit: BATCH })
      more = counts.sent + counts.retry + counts.failed >= BATCH
      if (Date.now() - statusesAskedAt >= STATUS_EVERY_MS) {
        statusesAskedAt = Date.now()
        await sender.refreshStatuses(new Date())
      }
    } catch (error) {
      // The database was busy or gone for a moment: nothing is lost, the next round tries again.
      console.error('Could not send the outbox this time:', error)
    }
    if (!stopped) timer = setTimeout(() => void round(), more ? 0 : QUIET_WAIT_MS)
  }
  timer = setTimeout(() => void round(), 0)
  return () => {
    stopped = true
    clearTimeout(timer)
  }
}
