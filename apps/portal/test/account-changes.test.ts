import { PortalClient, csrfTokenIn } from '@open-sds/portal-harness'
import { describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines, portalFor } from './support/engines'
import { htmlOf } from './support/page-html'
import { countIn } from './support/portal-sql'
import type { RunningPortal } from './support/portal-process'

// Issue 18, "Accounts": change of password (current password required; other sessions ended) and of email (confirmed
// at the new address, the old address told); until messages can be sent, the links go to the demo's outbox.

const signedIn = async (portal: RunningPortal, email: string, password: string) => {
  const client = new PortalClient(portal.url)
  expect((await client.signIn(email, password)).status).toBe(302)
  return client
}

const auditCount = (portal: RunningPortal, action: string) =>
  countIn(portal, 'select count(*) as n from audit_log where action = ?', action)

describe.each(portalEngines())('changing a password and an email address, on $name', (engine) => {
  const portal = portalFor(engine, { env: { NODE_ENV: 'test', OPEN_SDS_DEMO: 'true' } })

  it('needs the current password, keeps this browser signed in and signs the account out everywhere else', async () => {
    const account = demoAccount('finance')
    const here = await signedIn(portal, account.email, account.password)
    const elsewhere = await signedIn(portal, account.email, account.password)
    expect(await htmlOf(await here.get('/finance'))).toContain('href="/account/details">Email and password</a>')

    const wrong = await here.submit('/account/password', {
      currentPassword: 'not it at all',
      password: 'a new passphrase',
    })
    expect(wrong.status).toBe(400)
    expect(await htmlOf(wrong)).toContain('Your current password is not right')
    expect(await auditCount(portal, 'user.password-change-refused')).toBe(1)
    const short = await here.submit('/account/password', { currentPassword: account.password, password: 'short' })
    expect(await htmlOf(short)).toContain('Password must be 10 characters or more')
    expect((await elsewhere.get('/finance')).status).toBe(200)

    const changed = await here.submit('/account/password', {
      currentPassword: account.password,
      password: 'a new passphrase',
    })
    expect(changed.status).toBe(302)
    expect(changed.headers.get('location')).toBe('/account/details?done=password')
    expect(await htmlOf(await here.get('/account/details?done=password'))).toContain('Your password has been changed')
    expect((await here.get('/finance')).status).toBe(200)
    expect((await elsewhere.get('/finance')).status).toBe(302)
    expect((await new PortalClient(portal.url).signIn(account.email, account.password)).status).toBe(401)
    await signedIn(portal, account.email, 'a new passphrase')
    expect(await auditCount(portal, 'user.password-change')).toBe(1)
  })

  it('changes the email only when the link sent to the new address is followed, and tells the old address', async () => {
    const account = demoAccount('ulo-admin')
    const client = await signedIn(portal, account.email, account.password)
    const asked = await client.submit('/account/email', {
      email: 'new-ulo@example.org',
      currentPassword: account.password,
    })
    expect(asked.status).toBe(302)
    // Not yet: the old address still signs in, the new one does not.
    await signedIn(portal, account.email, account.password)
    const outbox = await htmlOf(await new PortalClient(portal.url).get('/outbox'))
    const link = /href="(\/confirm-email\?token=[^"]+)"/.exec(outbox)?.[1] ?? ''
    expect(outbox).toContain('new-ulo@example.org')

    const page = new PortalClient(portal.url)
    expect(await htmlOf(await page.get(link))).toContain('Use this email address')
    const confirmed = await page.submit(link, {})
    expect(confirmed.status).toBe(302)
    await signedIn(portal, 'new-ulo@example.org', account.password)
    expect((await new PortalClient(portal.url).signIn(account.email, account.password)).status).toBe(401)
    const told = await countIn(
      portal,
      "select count(*) as n from outbox_messages where to_address = ? and purpose = 'email-changed-notice'",
      account.email,
    )
    expect(told).toBe(1)

    // A second use changes nothing and says why.
    const again = new PortalClient(portal.url)
    const token = csrfTokenIn(await htmlOf(await again.get('/forgotten-password')))
    const second = await again.post(link, { csrf: token })
    expect(second.status).toBe(410)
    expect(await htmlOf(second)).toContain('This link has already been used. Ask for a new one.')
    expect(await auditCount(portal, 'user.email-change')).toBe(1)
    expect(await auditCount(portal, 'user.email-change-refused')).toBe(1)
  })

  it('refuses, when the link is followed, an address another account has, changing nothing', async () => {
    const account = demoAccount('representative')
    const client = await signedIn(portal, account.email, account.password)
    await client.submit('/account/email', { email: demoAccount('citizen').email, currentPassword: account.password })
    const outbox = await htmlOf(await new PortalClient(portal.url).get('/outbox'))
    const link = /href="(\/confirm-email\?token=[^"]+)"/.exec(outbox)?.[1] ?? ''
    const refused = await new PortalClient(portal.url).submit(link, {})
    expect(refused.status).toBe(410)
    expect(await htmlOf(refused)).toContain('An account with this email address already exists')
    await signedIn(portal, account.email, account.password)
  })
})
