import type { PortalClient } from '@open-sds/portal-harness'

const stillCounting = /These figures are being counted|A new count is under way|The file is being made/

/**
 * The page of counted figures at `path` once a count asked for now has been made (decision 022): presses "Count the
 * figures again" (or "Make the file again") as an administrator would, then reloads the page until the counting worker has stored the count.
 */
export async function freshlyCounted(client: PortalClient, path: string, timeoutMs = 60_000): Promise<string> {
  const asked = await client.submit(path, {})
  if (asked.status !== 302) throw new Error(`Asking for a count at ${path} answered ${String(asked.status)}`)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const page = await (await client.get(path)).text()
    if (!stillCounting.test(page)) return page
    if (Date.now() > deadline) throw new Error(`The figures at ${path} were still being counted after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
