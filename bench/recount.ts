// Asking the portal for a recount of a figure (the progress dashboard, the safeguarding counts) as an administrator
// does, and keeping the counting worker busy while a load runs: shared by the benchmarks that measure counting off
// the request path (decision 022).
import { performance } from 'node:perf_hooks'
import type { PortalClient } from '@open-sds/portal-harness'
import type { LoadFigures } from './load-route.ts'

const still = /These figures are being counted|A new count is under way/

export type CountSpan = { startedAt: number; endedAt: number }

/**
 * Presses "Count the figures again" on the figure's page (`/admin/progress`, `/safeguarding/counts?year=2024`) and
 * resolves when the count is stored: its span in performance.now() time. A count that failed (or does not run on
 * this engine) rejects with the page's own words.
 */
export async function recountFigure(admin: PortalClient, page: string): Promise<CountSpan> {
  const startedAt = performance.now()
  const asked = await admin.submit(page, {})
  if (asked.status !== 302) throw new Error(`Asking for a recount at ${page} answered ${String(asked.status)}`)
  for (;;) {
    const html = await (await admin.get(page)).text()
    if (!still.test(html)) {
      const failed = /The last count could not be finished[^<]*(?:<[^>]+>)*([^<]*)/.exec(html)
      if (failed) throw new Error(`The count at ${page} failed: ${(failed[1] ?? '').trim() || 'no reason shown'}`)
      return { startedAt, endedAt: performance.now() }
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** The progress dashboard's recount (the figure the recount benchmarks load). */
export const recountDashboard = (admin: PortalClient): Promise<CountSpan> => recountFigure(admin, '/admin/progress')

/** Keeps the dashboard recounting until `until()` says stop; returns each count's span. */
async function keepRecounting(admin: PortalClient, until: () => boolean) {
  const spans: CountSpan[] = []
  while (!until()) spans.push(await recountDashboard(admin))
  return spans
}

/** Runs the load while the dashboard recounts, and works out the share of the load's window a count was running. */
export async function underRecount(admin: PortalClient, run: () => Promise<LoadFigures>) {
  let done = false
  const keeper = keepRecounting(admin, () => done)
  // Let the first recount begin before the load starts.
  await new Promise((resolve) => setTimeout(resolve, 200))
  const from = performance.now()
  const figures = await run()
  const to = performance.now()
  done = true
  const spans = await keeper
  const busy = spans.reduce(
    (sum, span) => sum + Math.max(0, Math.min(to, span.endedAt) - Math.max(from, span.startedAt)),
    0,
  )
  return { figures, recounts: spans.length, busyShare: Number((busy / (to - from)).toFixed(2)) }
}
