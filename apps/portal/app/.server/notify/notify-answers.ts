import type { DeliveryOutcome, NotifyStatusOutcome } from '@open-sds/db'

/** After this many attempts a message that Notify kept turning away for a while fails for good. */
export const MAX_ATTEMPTS = 8
const FIRST_RETRY_MS = 30_000
const LONGEST_WAIT_MS = 60 * 60_000

/**
 * How long to wait before attempt `attempt + 1`: 30 seconds, doubling each time up to an hour, shortened at random by
 * up to a half so that many messages turned away together do not all come back at once.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const full = Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1))
  return Math.round(full * (1 - random() / 2))
}

/** What Notify's API answered when it did not accept a message, as axios reports it. */
type FailedRequest = { response?: { status?: number; data?: unknown }; code?: string; message?: string }

/** Notify's own words: its error body is `{ status_code, errors: [{ error, message }] }`. */
function notifyMessages(data: unknown): string {
  const errors = (data as { errors?: { message?: unknown }[] } | undefined)?.errors
  const said = Array.isArray(errors) ? errors.map((error) => String(error.message ?? '')).filter(Boolean) : []
  return said.length > 0 ? said.join('; ') : 'no reason given'
}

/**
 * What one failed attempt comes to (decision 041). Notify refusing the message (400) or the key (403) will refuse it
 * again: failed for good, with Notify's reason. Too many requests (429) was certainly not sent: retried later. A
 * server error, a timeout or a lost connection might have been sent: retried later, asking Notify first.
 */
export function outcomeOfFailure(error: unknown, attempt: number, now: Date, random?: () => number): DeliveryOutcome {
  const { response, code, message } = (error ?? {}) as FailedRequest
  const status = response?.status
  if (status === 400)
    return { status: 'failed', reason: `Notify refused the message: ${notifyMessages(response?.data)}` }
  if (status === 403)
    return { status: 'failed', reason: `Notify refused the API key: ${notifyMessages(response?.data)}` }
  const reason =
    status === 429
      ? `Notify asked us to slow down: ${notifyMessages(response?.data)}`
      : status !== undefined && status >= 500
        ? `Notify had a problem (${String(status)}): ${notifyMessages(response?.data)}`
        : status !== undefined
          ? `Notify answered ${String(status)}: ${notifyMessages(response?.data)}`
          : `Notify could not be reached: ${code ?? message ?? 'no answer'}`
  if (status !== undefined && status < 500 && status !== 429) return { status: 'failed', reason }
  if (attempt >= MAX_ATTEMPTS)
    return { status: 'failed', reason: `Gave up after ${String(attempt)} attempts. ${reason}` }
  return {
    status: 'retry',
    at: new Date(now.getTime() + retryDelayMs(attempt, random)),
    reason,
    checkFirst: status !== 429,
  }
}

/** What Notify's status of a sent message means here; Notify's own words for its failures. */
export function outcomeOfNotifyStatus(status: string): NotifyStatusOutcome {
  switch (status) {
    case 'delivered':
    case 'sent': // a text message abroad: Notify hears no more of it
      return 'delivered'
    case 'permanent-failure':
      return { failed: 'The provider could not deliver the message: the email address or phone number does not exist' }
    case 'temporary-failure':
      return { failed: 'The provider could not deliver the message: the inbox was full or the phone was off' }
    case 'technical-failure':
      return { failed: 'Notify had a technical failure and did not send the message' }
    default:
      return 'pending'
  }
}
