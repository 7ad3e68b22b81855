import { PortalClient } from '@open-sds/portal-harness'
import { beforeAll, afterAll, describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines, portalFor } from './support/engines'
import { startFakeNotify, type FakeNotify } from './support/fake-notify'
import { htmlOf } from './support/page-html'
import { countIn } from './support/portal-sql'

// Issue 15: with a Notify key the portal sends what it writes to the outbox; without one (and outside a demo) the
// messages wait and an administrator reads them in the portal, never a link that changes an account (decision 027).

async function eventually<T>(look: () => T | undefined, what: string): Promise<T> {
  for (let tries = 0; tries < 100; tries += 1) {
    const found = look()
    if (found !== undefined) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`waited 10 seconds for ${what}`)
}

describe.each(portalEngines())('messages sent through GOV.UK Notify, on $name', (engine) => {
  const env: Record<string, string> = { NODE_ENV: 'test' }
  let notify: FakeNotify
  beforeAll(async () => {
    notify = await startFakeNotify()
    Object.assign(env, {
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_BASE_URL: notify.url,
      NOTIFY_EMAIL_TEMPLATE_ID: notify.templates.email,
    })
  })
  afterAll(() => notify.close())
  const portal = portalFor(engine, { env })

  it('emails a reset link that works, and shows the administrator it was sent but not the link', async () => {
    const finance = demoAccount('finance')
    expect((await new PortalClient(portal.url).submit('/forgotten-password', { email: finance.email })).status).toBe(
      302,
    )
    const email = await eventually(
      () => notify.accepted.find((item) => item.to === finance.email),
      'the reset email to reach Notify',
    )
    expect(email.personalisation.subject).toMatch(/password/i)
    const link = new URL(email.personalisation.link ?? '')
    expect(link.pathname).toBe('/reset-password')
    expect(email.personalisation.body).toContain(link.href)
    const reset = await new PortalClient(portal.url).submit(link.pathname + link.search, {
      password: 'a new password from the email',
    })
    expect(reset.status).toBe(302)

    const admin = new PortalClient(portal.url)
    const account = demoAccount('council-admin')
    expect((await admin.signIn(account.email, account.password)).status).toBe(302)
    const page = await htmlOf(await admin.get('/admin/messages'))
    expect(page).toContain('Messages are sent through GOV.UK Notify')
    expect(page).toMatch(/Sent to GOV.UK Notify|Delivered/)
    expect(page).toContain(finance.email)
    expect(page).not.toContain(link.searchParams.get('token') ?? 'no token')
    expect(page).toContain('Not shown: it holds a link that changes an account')
    expect(await countIn(portal, "select count(*) as n from audit_log where action = 'outbox.read'")).toBe(1)
    expect(notify.accepted.filter((item) => item.to === finance.email)).toHaveLength(1)
  })
})

describe.each(portalEngines())('messages on a portal with no Notify key, outside a demo, on $name', (engine) => {
  const portal = portalFor(engine, { env: { NODE_ENV: 'test' } })

  it('keeps them waiting, which the administrator can see, and shows nobody the link', async () => {
    const finance = demoAccount('finance')
    await new PortalClient(portal.url).submit('/forgotten-password', { email: finance.email })
    const admin = new PortalClient(portal.url)
    const account = demoAccount('council-admin')
    expect((await admin.signIn(account.email, account.password)).status).toBe(302)
    const page = await htmlOf(await admin.get('/admin/messages'))
    expect(page).toContain('This portal has no GOV.UK Notify key, so it sends nothing')
    expect(page).toContain('Waiting to be sent')
    expect(page).toContain(finance.email)
    expect(page).not.toContain('reset-password?token=')
    expect((await new PortalClient(portal.url).get('/outbox')).status).toBe(404)
  })
})

describe.each(portalEngines())('Notify settings checked at start-up, on $name', (engine) => {
  it('refuses a key that is not a Notify key without repeating it, and a key with no email template', async () => {
    const wrong = await engine.runExpectingExit({ NODE_ENV: 'test', NOTIFY_API_KEY: 'my-secret-looking-value' })
    expect(wrong.code).not.toBe(0)
    expect(wrong.output).toContain('NOTIFY_API_KEY: must be a GOV.UK Notify API key')
    expect(wrong.output).not.toContain('my-secret-looking-value')
    const notify = await startFakeNotify()
    try {
      const noTemplate = await engine.runExpectingExit({ NODE_ENV: 'test', NOTIFY_API_KEY: notify.apiKey })
      expect(noTemplate.code).not.toBe(0)
      expect(noTemplate.output).toContain('NOTIFY_API_KEY is set but NOTIFY_EMAIL_TEMPLATE_ID is not')
    } finally {
      await notify.close()
    }
  })
})
