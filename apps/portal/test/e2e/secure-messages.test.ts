import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage } from './browser'

/*
 * Issue 15, "Secure messages", in a browser: Alex writes to the council (an empty message first: refused by its field),
 * Dana Ellis sees the count in her navigation, opens the list and the thread, and answers; Alex reads the answer.
 * Every page checked with axe and at 320px.
 */

let browser: Browser
let portal: RunningPortal

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({ env: { NODE_ENV: 'test' } })
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

const QUESTION = 'Can my personal assistant start at nine on Mondays from next month?'

describe('secure messages between a person and their practitioner (issue 15)', () => {
  it('takes Alex’s message after refusing an empty one, and shows it to Dana, who answers', async () => {
    const alex = await signedInPage(browser, portal.url, 'citizen')
    await alex.goto(`${portal.url}/my-care`)
    await alex.getByRole('link', { name: 'Messages with the council' }).click()
    expect(await alex.locator('h1').textContent()).toBe('Messages with the council')
    expect(await alex.locator('main').textContent()).toContain('There are no messages yet.')
    await expectNoAccessibilityViolations(alex, 'messages-empty')

    await alex.getByRole('button', { name: 'Send the message' }).click()
    expect(await alex.locator('.govuk-error-summary').textContent()).toContain('Enter your message')
    await expectNoAccessibilityViolations(alex, 'messages-error')
    await screenshot(alex, 'secure-messages-error')

    await alex.getByLabel('Write a message').fill(QUESTION)
    await alex.getByRole('button', { name: 'Send the message' }).click()
    expect(await alex.locator('.govuk-notification-banner').textContent()).toContain('Your message has been sent')
    expect(await alex.locator('main').textContent()).toContain(QUESTION)
    await expectNoAccessibilityViolations(alex, 'messages-sent')
    await screenshot(alex, 'secure-messages-sent')

    const dana = await signedInPage(browser, portal.url, 'practitioner')
    await dana.goto(`${portal.url}/practitioner`)
    await dana.getByRole('link', { name: 'Messages (1)' }).click()
    expect(await dana.locator('h1').textContent()).toBe('Messages to read')
    await expectNoAccessibilityViolations(dana, 'messages-to-read')
    await screenshot(dana, 'secure-messages-to-read')
    await dana.getByRole('link', { name: 'Alex Morgan' }).click()
    expect(await dana.locator('h1').textContent()).toBe('Messages with Alex Morgan')
    expect(await dana.locator('main').textContent()).toContain(QUESTION)
    await dana.getByLabel('Write a message').fill('Yes. I have asked the agency to change the rota from the 4th.')
    await dana.getByRole('button', { name: 'Send the message' }).click()
    expect(await dana.locator('.govuk-notification-banner').textContent()).toContain('Your message has been sent')
    await expectNoAccessibilityViolations(dana, 'messages-staff-thread')
    await screenshot(dana, 'secure-messages-staff-thread')

    await alex.goto(`${portal.url}/my-care`)
    await alex.getByRole('link', { name: 'Messages with the council' }).click()
    const thread = await alex.locator('main').textContent()
    expect(thread).toContain('Dana Ellis, the council')
    expect(thread).toContain('I have asked the agency to change the rota')
    await expectNoAccessibilityViolations(alex, 'messages-answered')
    await screenshot(alex, 'secure-messages-answered')
  })
})
