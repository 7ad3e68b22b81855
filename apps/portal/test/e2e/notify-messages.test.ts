import type { Browser } from 'playwright-core'
import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from '../support/demo-account'
import { startFakeNotify, type FakeNotify } from '../support/fake-notify'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage } from './browser'

/*
 * Issue 15 in a browser: an administrator opens the messages the portal sends through GOV.UK Notify (here a local
 * stand-in), one sent and one Notify turned away for now, each with its status and reason, and no reset link in
 * sight (decision 027). Checked with axe and at 320px.
 */

let browser: Browser
let portal: RunningPortal
let notify: FakeNotify

beforeAll(async () => {
  browser = await launchChromium()
  notify = await startFakeNotify()
  portal = await startPortal({
    env: {
      NODE_ENV: 'test',
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_BASE_URL: notify.url,
      NOTIFY_EMAIL_TEMPLATE_ID: notify.templates.email,
    },
  })
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
  await notify?.close()
})

async function until(check: () => boolean, what: string) {
  for (let tries = 0; tries < 100 && !check(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 100))
  if (!check()) throw new Error(`waited 10 seconds for ${what}`)
}

describe('the messages the portal sends, as an administrator sees them (issue 15)', () => {
  it('shows one delivered to Notify and one waiting after Notify asked it to slow down, neither with its link', async () => {
    const finance = demoAccount('finance')
    await new PortalClient(portal.url).submit('/forgotten-password', { email: finance.email })
    await until(() => notify.accepted.length === 1, 'the first reset email')
    notify.failNext(429)
    const practitioner = demoAccount('practitioner')
    await new PortalClient(portal.url).submit('/forgotten-password', { email: practitioner.email })
    await until(() => notify.requests.send === 2, 'the second attempt')

    const admin = await signedInPage(browser, portal.url, 'council-admin')
    await admin.goto(`${portal.url}/admin`)
    await admin.getByRole('link', { name: 'Messages sent, and how each got on' }).click()
    expect(await admin.locator('h1').textContent()).toBe('Messages')
    const page = await admin.content()
    expect(page).toContain('Sent to GOV.UK Notify')
    expect(page).toContain('Waiting to be sent')
    expect(page).toContain('Notify asked us to slow down')
    expect(page).not.toContain('reset-password?token=')
    await expectNoAccessibilityViolations(admin, 'admin-messages')
    await screenshot(admin, 'notify-admin-messages')
  })
})
