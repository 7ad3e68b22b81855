import type { Browser } from 'playwright-core'
import { demoPeople } from '@open-sds/db'
import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from '../support/demo-account'
import { startFakeNotify, type FakeNotify } from '../support/fake-notify'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { completeSelfAssessment } from '../support/self-assessment'
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
      NOTIFY_SMS_TEMPLATE_ID: notify.templates.sms,
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

  it('lets a person choose text messages in Easy Read, refusing a landline first, and sends their news that way', async () => {
    const page = await signedInPage(browser, portal.url, 'citizen')
    await page.goto(`${portal.url}/account/details`)
    await page.getByRole('link', { name: 'Change how we contact you' }).click()
    expect(await page.locator('h1').textContent()).toBe('How we contact you')
    await expectNoAccessibilityViolations(page, 'account-contact')
    await page.getByLabel('Text message').check()
    await page.getByLabel('UK mobile phone number').fill('01632 960 001')
    await page.getByLabel('Easy Read').check()
    await page.getByRole('button', { name: 'Save how we contact you' }).click()
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter a UK mobile phone number')
    expect(await page.getByLabel('UK mobile phone number').inputValue()).toBe('01632 960 001')
    expect(await page.getByLabel('Easy Read').isChecked()).toBe(true)
    await expectNoAccessibilityViolations(page, 'account-contact-error')
    await screenshot(page, 'notify-contact-error')
    await page.getByLabel('UK mobile phone number').fill('07700 900 982')
    await page.getByRole('button', { name: 'Save how we contact you' }).click()
    expect(await page.locator('main').textContent()).toContain('Text message to 07700900982, in Easy Read')
    await expectNoAccessibilityViolations(page, 'account-details-contact')
    await screenshot(page, 'notify-contact-saved')

    const { email, password } = demoAccount('citizen')
    const client = new PortalClient(portal.url)
    await client.signIn(email, password)
    await completeSelfAssessment(client, demoPeople.find((person) => person.key === 'alex')?.id ?? '')
    await until(() => notify.accepted.some((item) => item.type === 'sms'), 'the text message')
    expect(notify.accepted.find((item) => item.type === 'sms')).toMatchObject({
      to: '07700900982',
      templateId: notify.templates.sms,
      personalisation: { subject: 'We got your form' },
    })
  })
})
