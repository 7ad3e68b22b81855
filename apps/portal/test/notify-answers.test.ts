import { describe, expect, it } from 'vitest'
import { MAX_ATTEMPTS, outcomeOfFailure, retryDelayMs } from '../app/.server/notify/notify-answers'

// Issue 15, bad input: "Notify answering 400 or 403 (failed permanently with the reason), 429 or 500 (retried with
// backoff)". The sender test drives these through the real client; here, the limits of the waiting.
const now = new Date('2026-12-03T09:00:00Z')
const answered = (status: number, message = 'Internal server error') => ({
  response: { status, data: { status_code: status, errors: [{ error: 'Exception', message }] } },
})

describe('how long a message waits before Notify is tried again', () => {
  it('doubles from 30 seconds to at most an hour, shortened at random by up to a half', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, () => 0))).toEqual([30_000, 60_000, 120_000, 240_000])
    expect(retryDelayMs(1, () => 1)).toBe(15_000)
    expect(retryDelayMs(20, () => 0)).toBe(3_600_000)
  })

  it(`gives up after ${String(MAX_ATTEMPTS)} attempts, saying why`, () => {
    expect(outcomeOfFailure(answered(500), MAX_ATTEMPTS - 1, now, () => 0)).toMatchObject({ status: 'retry' })
    expect(outcomeOfFailure(answered(500), MAX_ATTEMPTS, now)).toEqual({
      status: 'failed',
      reason: `Gave up after ${String(MAX_ATTEMPTS)} attempts. Notify had a problem (500): Internal server error`,
    })
  })

  it('fails for good on any other refusal, and retries, asking first, when there was no answer at all', () => {
    expect(outcomeOfFailure(answered(404, 'Not found'), 1, now)).toEqual({
      status: 'failed',
      reason: 'Notify answered 404: Not found',
    })
    expect(outcomeOfFailure({ code: 'ECONNREFUSED' }, 1, now, () => 0)).toEqual({
      status: 'retry',
      at: new Date(now.getTime() + 30_000),
      reason: 'Notify could not be reached: ECONNREFUSED',
      checkFirst: true,
    })
  })
})
