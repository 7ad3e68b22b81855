// Asking the portal for a recount of the progress dashboard as an administrator does, shared by the benchmarks that
// measure counting off the request path (decision 022).
import { performance } from 'node:perf_hooks'
import type { PortalClient } from '@open-sds/portal-harness'

const still = /These figures are being counted|A new count is under way/

/** Presses "Count the figures again" and resolves when the count is stored: its span in performance.now() time. */
export async function recountDashboard(admin: PortalClient): Promise<{ startedAt: number; endedAt: number }> {
  const startedAt = performance.now()
  const asked = await admin.submit('/admin/progress', {})
  if (asked.status !== 302) throw new Error(`Asking for a recount answered ${String(asked.status)}`)
  for (;;) {
    const page = await (await admin.get('/admin/progress')).text()
    if (!still.test(page)) {
      if (page.includes('The last count could not be finished')) throw new Error('The dashboard count failed')
      return { startedAt, endedAt: performance.now() }
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
