import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient } from '@open-sds/portal-harness'
import type { RunningPortal } from './support/portal-process'
import { demoAccount as account } from './support/demo-account'
import { portalEngines } from './support/engines'

const from = (portal: RunningPortal, address: string) => new PortalClient(portal.url, { 'X-Forwarded-For': address })

/** Fails to sign in, to different accounts, until this address is told to wait. */
async function failUntilSlowedDown(client: PortalClient) {
  for (let attempt = 1; attempt <= 30; attempt += 1) {
    if ((await client.signIn(`nobody.${attempt}@example.net`, 'wrong password')).status === 429) return
  }
  throw new Error('never slowed down')
}

// Issue 13: rate limits and the audit log use the client's address from X-Forwarded-For only behind a trusted proxy.
describe.each(portalEngines())('TRUST_PROXY on $name', (engine) => {
  let direct: RunningPortal
  let proxied: RunningPortal

  beforeAll(async () => {
    ;[direct, proxied] = await Promise.all([engine.start(), engine.start({ env: { TRUST_PROXY: '1' } })])
  }, 180_000)

  afterAll(async () => {
    await Promise.all([direct?.stop(), proxied?.stop()])
  })

  it('without it, ignores X-Forwarded-For: a made-up address does not escape the limits of the real one', async () => {
    await failUntilSlowedDown(from(direct, '192.0.2.1'))
    const response = await from(direct, '192.0.2.2').signIn(account('citizen').email, account('citizen').password)
    expect(response.status).toBe(429)
  }, 150_000)

  it('with it, one client’s failures never keep out another client behind the same proxy', async () => {
    const noisy = from(proxied, '192.0.2.10')
    await failUntilSlowedDown(noisy)
    expect(
      (await from(proxied, '192.0.2.11').signIn(account('citizen').email, account('citizen').password)).status,
    ).toBe(302)
  }, 150_000)
})
