import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from '../support/demo-account'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage } from './browser'

// Decision 068: a form too large for the portal's limit (100 KB here) is refused before any page reads it. A person
// with a browser was shown a bare "too large" page in place of their form; now they are sent back to the form's page,
// which says so.

let browser: Browser
let portal: RunningPortal

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal()
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

const FORM = '/list-your-service/sign-up'
const MESSAGE = 'What you sent was too large: the limit is 100 KB. Nothing has been saved.'

describe('a form too large to send', () => {
  it('comes back to its own page with the limit said, JavaScript off', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, javaScriptEnabled: false })
    const page = await context.newPage()
    const { email, password } = demoAccount('citizen')
    await page.goto(`${portal.url}/sign-in`)
    await page.getByLabel('Email address').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname !== '/sign-in')

    await page.goto(`${portal.url}${FORM}`)
    await page.getByLabel('Name of your organisation').fill('Eastby Good Neighbours')
    await page.getByLabel('What does your organisation do?').fill('We visit. '.repeat(12_000))
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.waitForURL((url) => url.searchParams.has('sent-too-large'))

    expect(new URL(page.url()).pathname).toBe(FORM)
    expect(await page.title()).toMatch(/^Error: /)
    expect((await page.locator('.govuk-error-summary').textContent())?.replace(/\s+/g, ' ')).toContain(MESSAGE)
    // The form is still there to send again with less.
    await expect(page.getByRole('button', { name: 'Sign up' }).isVisible()).resolves.toBe(true)
    await screenshot(page, 'too-large-form-returned')
    await context.close()

    // axe and the 320px measure run inside the page, which needs JavaScript: the same page, as the browser showed it.
    const checked = await signedInPage(browser, portal.url, 'citizen')
    await checked.waitForURL((url) => url.pathname !== '/sign-in')
    await checked.goto(`${portal.url}${FORM}?sent-too-large`)
    expect(await checked.locator('.govuk-error-summary').textContent()).toContain('Nothing has been saved')
    await expectNoAccessibilityViolations(checked, 'a form sent back as too large')
  }, 120_000)
})
