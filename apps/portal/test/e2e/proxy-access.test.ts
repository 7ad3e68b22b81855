import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portalSql } from '../support/portal-sql'
import { startPortal, type RunningPortal } from '../support/portal-process'
import {
  expectNoAccessibilityViolations,
  launchChromium,
  newPage as openPage,
  screenshot,
  signedInPage as signInAs,
} from './browser'

/*
 * Issue 18, "Proxy access", in a browser (decision 035): Alex asks for Sam to see their records (a wrong email first),
 * a practitioner checks and grants it from the front door's work, Sam makes an account and accepts from the demo's
 * outbox, opens Alex's record but cannot send a form for them, then steps down, and Alex's page says it has ended.
 * Every page is checked with axe and at 320px.
 */

let browser: Browser
let portal: RunningPortal
const newPage = () => openPage(browser)
const signedInPage = (key: string) => signInAs(browser, portal.url, key)

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({
    env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county', NODE_ENV: 'test', OPEN_SDS_DEMO: 'true' },
  })
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function check(page: Page, name: string) {
  await expectNoAccessibilityViolations(page, name)
  await screenshot(page, `proxy-access-${name}`)
}

describe('proxy access (issue 18)', () => {
  it('ask, verify, accept from the outbox link, act within scope, end', async () => {
    const alex = await signedInPage('citizen')
    await alex.goto(`${portal.url}/my-care`)
    await alex.getByRole('link', { name: 'Who can act for you' }).click()
    expect(await alex.locator('h1').textContent()).toBe('Who can act for you')
    await check(alex, 'who-can-act-for-you-empty')
    await alex.getByRole('link', { name: 'Ask for someone to act for you' }).click()
    await check(alex, 'ask')

    await alex.getByLabel('Their full name').fill('Sam Morgan')
    await alex.getByLabel('Their email address').fill('sam.morgan at example')
    await alex.getByLabel('How are they related to you?').fill('Brother')
    await alex.getByLabel('See my records').check()
    await alex.getByRole('button', { name: 'Send the request' }).click()
    expect(await alex.title()).toMatch(/^Error: /)
    expect(await alex.locator('.govuk-error-summary').textContent()).toContain(
      'Enter their email address in the right form',
    )
    expect(await alex.getByLabel('Their full name').inputValue()).toBe('Sam Morgan')
    await check(alex, 'ask-error')
    await alex.getByLabel('Their email address').fill('sam.morgan@example.net')
    await alex.getByRole('button', { name: 'Send the request' }).click()
    expect(await alex.locator('main').textContent()).toContain('We have your request')
    await check(alex, 'asked')

    const dana = await signedInPage('practitioner')
    const [item] = await portalSql(portal, "select id from work_items where kind = 'proxy-request'")
    await dana.goto(`${portal.url}/work/items/${String(item?.id)}`)
    await check(dana, 'work-item')
    await dana.getByRole('link', { name: 'Check the request and grant or refuse it' }).click()
    await check(dana, 'request')
    await dana.getByRole('button', { name: 'Grant and send them the link' }).click()
    expect(await dana.title()).toMatch(/^Error: /)
    await check(dana, 'request-error')
    await dana
      .getByLabel('How did you check the relationship with the person?')
      .fill('Phoned Alex on the number we hold')
    await dana.getByRole('button', { name: 'Grant and send them the link' }).click()
    expect(await dana.locator('main').textContent()).toContain('Waiting for them to accept')
    await check(dana, 'granted')

    const sam = await newPage()
    await sam.goto(`${portal.url}/sign-up`)
    await sam.getByLabel('Full name').fill('Sam Morgan')
    await sam.getByLabel('Email address').fill('sam.morgan@example.net')
    await sam.getByLabel('Create a password').fill('correct horse battery')
    await sam.getByRole('button', { name: 'Create account' }).click()
    // Issue 15: the address is confirmed first, from the link the outbox shows.
    await sam.goto(`${portal.url}/outbox`)
    await sam
      .getByRole('link', { name: /Follow the link in “Confirm your email address” to sam\.morgan@example\.net/ })
      .click()
    await sam.getByRole('button', { name: 'Confirm my email address' }).click()
    await sam.getByLabel('Email address').fill('sam.morgan@example.net')
    await sam.getByLabel('Password').fill('correct horse battery')
    await sam.getByRole('button', { name: 'Sign in' }).click()
    await sam.goto(`${portal.url}/outbox`)
    await check(sam, 'outbox')
    await sam
      .getByRole('link', { name: /Follow the link in “.*act for.*” to sam\.morgan@example\.net/i })
      .first()
      .click()
    expect(await sam.locator('main').textContent()).toContain('Alex Morgan has asked for you to act for them')
    await check(sam, 'accept')
    await sam.getByRole('button', { name: 'Accept and act for Alex Morgan' }).click()
    expect(await sam.locator('h1').textContent()).toBe('People you act for')
    await check(sam, 'acting-for')

    // Within the scope: Alex's record opens; sending a form for Alex is refused in words.
    const [person] = await portalSql(
      portal,
      "select person_id from person_access where relationship = 'self' and user_id = (select id from users where email = 'citizen@example.org')",
    )
    await sam.goto(`${portal.url}/people/${String(person?.person_id)}`)
    expect(await sam.locator('main').textContent()).toContain('you act for this person')
    await check(sam, 'record')
    await sam.goto(`${portal.url}/people/${String(person?.person_id)}/self-assessment`)
    await check(sam, 'self-assessment')
    await sam.getByRole('button', { name: /Start/ }).click()
    expect(await sam.locator('body').textContent()).toContain('not fill in or send forms for them')
    await check(sam, 'form-refused')

    await sam.goto(`${portal.url}/acting-for`)
    await sam.getByRole('button', { name: 'Stop acting for Alex Morgan' }).click()
    expect(await sam.locator('main').textContent()).toContain('You no longer act for them')
    await check(sam, 'stepped-down')
    const gone = await sam.goto(`${portal.url}/people/${String(person?.person_id)}`)
    expect(gone?.status()).toBe(404)

    await alex.goto(`${portal.url}/my-care/act-for-me`)
    expect(await alex.locator('main').textContent()).toContain('Ended')
    await check(alex, 'ended')
  })
})
