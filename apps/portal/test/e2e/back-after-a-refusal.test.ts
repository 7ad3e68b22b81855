import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoPeople } from '@open-sds/db'
import { PortalClient } from '@open-sds/portal-harness'
import { demoAccount } from '../support/demo-account'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { expectNoAccessibilityViolations, launchChromium, screenshot } from './browser'

// Decision 055, found by walking the portal in Chromium: a form refused, corrected and saved left the refused page in
// the history as the reply to a POST, so the browser's Back showed "Confirm form resubmission" (ERR_CACHE_MISS).

// Without JavaScript the citizen answers for themself; with it, a representative answers for the person they act for.
const RUNS = [
  { name: 'JavaScript off, the citizen', javaScriptEnabled: false, account: 'citizen', person: 'alex' },
  { name: 'JavaScript on, a representative', javaScriptEnabled: true, account: 'representative', person: 'priya' },
] as const

let browser: Browser
let portal: RunningPortal
/** Each run signs in as its own account, so each starts on an unanswered first question. */
const firstQuestion = new Map<string, string>()

const personOf = (key: string) => demoPeople.find((person) => person.key === key)?.id ?? ''

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({ env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' } })
  for (const { account, person } of RUNS) {
    const client = new PortalClient(portal.url)
    await client.signIn(demoAccount(account).email, demoAccount(account).password)
    const started = await client.submit(`/people/${personOf(person)}/self-assessment`, {})
    firstQuestion.set(account, started.headers.get('location') ?? '')
    expect((await client.submit(`/people/${personOf(person)}/financial-assessment`, {})).status).toBe(302)
  }
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function signedInContext(
  javaScriptEnabled: boolean,
  account: (typeof RUNS)[number]['account'],
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, javaScriptEnabled })
  const page = await context.newPage()
  const { email, password } = demoAccount(account)
  await page.goto(`${portal.url}/sign-in`)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  // Signed in once the portal has sent them on (and set the session cookie), not when the button was pressed.
  await page.waitForURL((url) => url.pathname !== '/sign-in')
  await page.close()
  return context
}

/**
 * axe-core and the 320px measure run inside the page, which a context without JavaScript cannot do; the portal sends
 * no client script (decision 003), so the page is the same HTML either way and is checked in the run with it on.
 */
async function checkPage(page: Page, label: string, javaScriptEnabled: boolean) {
  if (javaScriptEnabled) await expectNoAccessibilityViolations(page, label)
  await screenshot(page, label.replaceAll(' ', '-'))
}

async function expectRefused(page: Page, message: RegExp, label: string, javaScriptEnabled: boolean) {
  // The refused page comes back at the same address: wait for it, not for a new address.
  await page.locator('.govuk-error-summary').waitFor()
  expect(await page.title()).toMatch(/^Error: /)
  expect(await page.locator('.govuk-error-summary').textContent()).toMatch(message)
  await checkPage(page, label, javaScriptEnabled)
}

/** Back lands on a page the portal rendered (its form and token), not the browser's "Confirm form resubmission". */
async function expectBackRenders(page: Page, address: string, label: string, javaScriptEnabled: boolean) {
  // The saved page fully loaded first, as a person would see it before pressing Back.
  await page.waitForLoadState('load')
  const response = await page.goBack()
  expect(response?.status()).toBe(200)
  expect(page.url()).toBe(address)
  expect(await page.locator('form input[name="csrf"]').count()).toBeGreaterThan(0)
  expect(await page.locator('.govuk-error-summary').count()).toBe(0)
  await checkPage(page, label, javaScriptEnabled)
}

describe.each(RUNS)(
  'the browser’s Back after a refused form is corrected ($name)',
  ({ javaScriptEnabled, account, person }) => {
    const tag = javaScriptEnabled ? 'js' : 'no-js'

    it('self-assessment: a question left unanswered, then answered, then Back', async () => {
      const context = await signedInContext(javaScriptEnabled, account)
      try {
        const page = await context.newPage()
        const question = `${portal.url}${firstQuestion.get(account) ?? ''}`
        await page.goto(question)
        await page.getByRole('button', { name: 'Continue' }).click()
        expect(page.url()).toBe(question)
        await expectRefused(page, /Select/, `refusal self-assessment question refused ${tag}`, javaScriptEnabled)

        const choices = page.locator('input[name="answer"]')
        await choices.last().check()
        const chosen = await choices.last().getAttribute('value')
        await page.getByRole('button', { name: 'Continue' }).click()
        await page.waitForURL((url) => url.href !== question)

        await expectBackRenders(page, question, `refusal self-assessment back ${tag}`, javaScriptEnabled)
        expect(await page.locator(`input[name="answer"][value="${chosen}"]`).isChecked()).toBe(true)

        // Another tab shows what is saved, and no refusal.
        const second = await context.newPage()
        await second.goto(question)
        expect(await second.locator(`input[name="answer"][value="${chosen}"]`).isChecked()).toBe(true)
        expect(await second.locator('.govuk-error-summary').count()).toBe(0)
      } finally {
        await context.close()
      }
    })

    it('financial assessment: an age in words refused and kept, corrected, then Back', async () => {
      const context = await signedInContext(javaScriptEnabled, account)
      try {
        const page = await context.newPage()
        const aboutYou = `${portal.url}/people/${personOf(person)}/financial-assessment/about-you`
        await page.goto(aboutYou)
        await page.getByLabel('How old are you?').fill('sixty-five')
        await page.locator('#pensionCreditAge-no').check()
        await page.locator('#couple-no').check()
        await page.locator('#disabilityPremium-no').check()
        await page.getByRole('button', { name: 'Continue' }).click()
        expect(page.url()).toBe(aboutYou)
        await expectRefused(
          page,
          /Your age must be a whole number/,
          `refusal financial about you refused ${tag}`,
          javaScriptEnabled,
        )
        expect(await page.getByLabel('How old are you?').inputValue()).toBe('sixty-five')
        expect(await page.locator('#couple-no').isChecked()).toBe(true)

        await page.getByLabel('How old are you?').fill(javaScriptEnabled ? '66' : '65')
        await page.getByRole('button', { name: 'Continue' }).click()
        await page.waitForURL(/\/financial-assessment\/capital$/)

        await expectBackRenders(page, aboutYou, `refusal financial about you back ${tag}`, javaScriptEnabled)
        expect(await page.getByLabel('How old are you?').inputValue()).toBe(javaScriptEnabled ? '66' : '65')

        const second = await context.newPage()
        await second.goto(aboutYou)
        expect(await second.getByLabel('How old are you?').inputValue()).toBe(javaScriptEnabled ? '66' : '65')
        expect(await second.locator('.govuk-error-summary').count()).toBe(0)
      } finally {
        await context.close()
      }
    })

    it('secure messages: an empty message refused, then written and sent, then Back', async () => {
      // The person's own thread: whether a representative may send for someone depends on what they were given leave to do
      // (decision 035), which this test is not about.
      const context = await signedInContext(javaScriptEnabled, 'citizen')
      try {
        const page = await context.newPage()
        const thread = `${portal.url}/people/${personOf('alex')}/messages`
        await page.goto(thread)
        await page.getByRole('button', { name: 'Send the message' }).click()
        expect(page.url()).toBe(thread)
        await expectRefused(page, /Enter your message/, `refusal messages refused ${tag}`, javaScriptEnabled)

        const words = `Can my visit move to Thursday? (${tag})`
        await page.getByLabel('Write a message').fill(words)
        await page.getByRole('button', { name: 'Send the message' }).click()
        await page.waitForURL(/sent=1/)
        expect(await page.locator('main').textContent()).toContain(words)

        await expectBackRenders(page, thread, `refusal messages back ${tag}`, javaScriptEnabled)
        const second = await context.newPage()
        await second.goto(thread)
        expect(await second.locator('main').textContent()).toContain(words)
        expect(await second.locator('.govuk-error-summary').count()).toBe(0)
      } finally {
        await context.close()
      }
    })
  },
)
