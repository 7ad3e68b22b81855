import type { PortalClient } from '@open-sds/portal-harness'
import { portalSql, type DatabaseLocation } from './portal-sql'

/** The newest link sent to `email` to confirm its address (issue 15), as the outbox holds it. */
export async function verifyLinkFor(at: DatabaseLocation, email: string): Promise<string> {
  const [row] = await portalSql(
    at,
    "select link from outbox_messages where purpose = 'verify-email' and to_address = ? order by created_at desc limit 1",
    email.trim().toLowerCase(),
  )
  if (typeof row?.link !== 'string') throw new Error(`test setup: no link to confirm ${email} in the outbox`)
  return row.link
}

/** Follows the link sent to `email` as its owner would: opens it and presses the button. */
export async function confirmEmail(at: DatabaseLocation, client: PortalClient, email: string): Promise<Response> {
  return client.submit(await verifyLinkFor(at, email), {})
}
