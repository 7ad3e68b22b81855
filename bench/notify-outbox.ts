/**
 * Benchmark (issue 15, decision 041): the outbox sent through GOV.UK Notify's own Node client by the portal's sender,
 * beside the same number of bare HTTP requests, both to the local stand-in for Notify's API that the tests use (on
 * 127.0.0.1, in this process, so both share the same CPU with it).
 *
 * - bare: MESSAGES POSTs of an email to /v2/notifications/email with fetch, 10 at a time (as many as the sender has in
 *   flight), each with a signed token as Notify requires;
 * - outbox: MESSAGES messages written to a fresh SQLite outbox (1,000 to a transaction, each with its delivery row),
 *   then the portal's sending loop (startSendingMessages, as the portal runs it) started, timed until Notify has them
 *   all;
 * - event to sent: with the loop running, RATE messages a second written for SECONDS seconds, one to a transaction
 *   as an event writes it; for each, the time from its writing to Notify accepting it (median, 95th percentile, most).
 *
 * Run from the repository root: pnpm bench notify-outbox (MESSAGES=100000 for the figure; 2,000 by default).
 * Writes bench/results/notify-outbox.json.
 */
import { createHmac, randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { openDatabase, type DatabaseHandle } from '@open-sds/db'

const MESSAGES = Number(process.env.MESSAGES ?? 2_000)
const RATE = Number(process.env.RATE ?? 200)
const SECONDS = Number(process.env.SECONDS ?? 10)
const AT_ONCE = 10

// The portal's own modules, found at run time (they are the portal's, written for its bundler, not this package's).
const portal = join(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'portal')
type Accepted = { reference: string | undefined; createdAt: string }
type Notify = {
  url: string
  apiKey: string
  templates: { email: string }
  accepted: Accepted[]
  close(): Promise<void>
}
const { startFakeNotify } = (await import(join(portal, 'test', 'support', 'fake-notify.ts'))) as {
  startFakeNotify(): Promise<Notify>
}
const { startSendingMessages } = (await import(join(portal, 'app', '.server', 'notify', 'outbox-sender.ts'))) as {
  startSendingMessages(context: unknown): (() => void) | undefined
}

const folder = mkdtempSync(join(tmpdir(), 'open-sds-bench-notify-'))
const ms = (value: number) => Number(value.toFixed(1))
const perSecond = (count: number, millis: number) => Math.round((count / millis) * 1000)

/** A token as Notify's clients sign it: HS256 with the key's secret, `iss` the service id. */
function token(apiKey: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const head = `${part({ typ: 'JWT', alg: 'HS256' })}.${part({ iss: apiKey.slice(-73, -37), iat: Math.round(Date.now() / 1000) })}`
  return `${head}.${createHmac('sha256', apiKey.slice(-36)).update(head).digest('base64url')}`
}

async function bare(notify: Notify, count: number): Promise<number> {
  let next = 0
  const started = performance.now()
  const lane = async () => {
    while (next < count) {
      next += 1
      const response = await fetch(`${notify.url}/v2/notifications/email`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token(notify.apiKey)}` },
        body: JSON.stringify({
          template_id: notify.templates.email,
          email_address: 'sam@example.org',
          personalisation: { subject: 'Your review is due', body: 'Your review is due on 31 December.' },
          reference: randomUUID(),
        }),
      })
      if (response.status !== 201) throw new Error(`the stand-in answered ${String(response.status)}`)
      await response.arrayBuffer()
    }
  }
  await Promise.all(Array.from({ length: AT_ONCE }, lane))
  return performance.now() - started
}

async function queue(handle: DatabaseHandle, count: number, perTransaction: number) {
  for (let done = 0; done < count; done += perTransaction) {
    const now = new Date()
    await handle.withAudit(
      async (repos) => {
        for (let index = done; index < Math.min(count, done + perTransaction); index += 1) {
          await repos.outbox.add(
            {
              toAddress: `person${String(index)}@example.org`,
              subject: 'Your review is due',
              body: 'Your review is due on 31 December.',
              purpose: 'email-changed-notice',
            },
            now,
          )
        }
      },
      () => undefined,
    )
  }
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20))
}

const notify = await startFakeNotify()
const handle = openDatabase({ path: join(folder, 'outbox.sqlite') })
try {
  const sendingFrom = (h: DatabaseHandle) =>
    startSendingMessages({
      config: {
        notifyApiKey: notify.apiKey,
        notifyBaseUrl: notify.url,
        notifyEmailTemplateId: notify.templates.email,
        notifySmsTemplateId: '',
        publicUrl: 'https://care.example',
      },
      site: { slots: {} },
      database: { repos: { outbox: h.repos.outbox } },
    })

  const bareMs = await bare(notify, MESSAGES)
  notify.accepted.length = 0
  console.log(
    `bare HTTP: ${String(MESSAGES)} requests in ${ms(bareMs)} ms (${String(perSecond(MESSAGES, bareMs))} a second)`,
  )

  const queueStarted = performance.now()
  await queue(handle, MESSAGES, 1000)
  const queueMs = performance.now() - queueStarted
  const sendStarted = performance.now()
  const stop = sendingFrom(handle)
  await until(() => notify.accepted.length >= MESSAGES)
  const sendMs = performance.now() - sendStarted
  console.log(
    `outbox: ${String(MESSAGES)} written in ${ms(queueMs)} ms, sent in ${ms(sendMs)} ms (${String(perSecond(MESSAGES, sendMs))} a second)`,
  )

  notify.accepted.length = 0
  const written = new Map<string, number>()
  const steadyStarted = performance.now()
  const total = RATE * SECONDS
  for (let index = 0; index < total; index += 1) {
    const due = steadyStarted + (index / RATE) * 1000
    const wait = due - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    const message = await handle.withAudit(
      (repos) =>
        repos.outbox.add(
          {
            toAddress: 'sam@example.org',
            subject: 'Event',
            body: 'Something happened.',
            purpose: 'email-changed-notice',
          },
          new Date(),
        ),
      () => undefined,
    )
    written.set(message.id, Date.now())
  }
  await until(() => notify.accepted.length >= total)
  stop?.()
  const latencies = notify.accepted
    .map((item) => Date.parse(item.createdAt) - (written.get(item.reference ?? '') ?? Number.NaN))
    .filter((value) => Number.isFinite(value))
    .sort((a, b) => a - b)
  const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0
  const eventToSent = { median: at(0.5), p95: at(0.95), most: latencies.at(-1) ?? 0 }
  console.log(
    `event to sent, ${String(RATE)} events a second for ${String(SECONDS)} s: median ${String(eventToSent.median)} ms, 95th percentile ${String(eventToSent.p95)} ms, most ${String(eventToSent.most)} ms`,
  )
  const load = loadavg().map((value) => Number(value.toFixed(2)))
  console.log(`load average (1, 5, 15 minutes): ${load.join(', ')}`)
  const results = join(dirname(fileURLToPath(import.meta.url)), 'results')
  mkdirSync(results, { recursive: true })
  writeFileSync(
    join(results, 'notify-outbox.json'),
    `${JSON.stringify(
      {
        messages: MESSAGES,
        bare: { ms: ms(bareMs), perSecond: perSecond(MESSAGES, bareMs) },
        outbox: { writeMs: ms(queueMs), sendMs: ms(sendMs), perSecond: perSecond(MESSAGES, sendMs) },
        eventToSentMs: { rate: RATE, seconds: SECONDS, ...eventToSent },
        loadAverage: load,
        at: new Date().toISOString(),
      },
      null,
      2,
    )}\n`,
  )
} finally {
  handle.close()
  await notify.close()
  rmSync(folder, { recursive: true, force: true })
}
