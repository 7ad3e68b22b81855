import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPortal, type RunningPortal } from '../support/portal-process'
import {
  expectNoAccessibilityViolations,
  launchChromium,
  newPage as openPage,
  screenshot,
  signedInPage as signInAs,
} from './browser'

// Issue 18, "Nothing lands nowhere": a GP asks for help for a patient with no account; the request reaches the front
// door's queue and a worker opens it from there, links it to a record made from it and closes it with what happened.
// Each page is checked with axe and at 320px.
let browser: Browser
let portal: RunningPortal

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({ port: 3580 })
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function check(page: Page, name: string) {
  await expectNoAccessibilityViolations(page, name)
  await screenshot(page, `ask-for-help-${name}`)
}

describe('asking for help with care and support', () => {
  it('is refused by field first, then sent with a reference, and opened by a worker from the queue', async () => {
    const gp = await openPage(browser)
    await gp.goto(portal.url)
    await gp.getByRole('link', { name: 'ask for help' }).click()
    await check(gp, 'form')
    await gp.getByLabel('For someone else').check()
    await gp.getByLabel('Their full name').fill('Winifred Hale')
    await gp.getByLabel('What help is needed?').fill('Since her fall she cannot get upstairs to wash.')
    await gp.getByRole('group', { name: 'Do they know you are asking, and agree to it?' }).getByLabel('No').check()
    await gp.getByLabel('Your name').fill('Dr Amara Okafor')
    await gp.getByLabel('Your phone number or email address').fill('01632 960 555')
    await gp.getByRole('button', { name: 'Send the request' }).click()
    expect(await gp.title()).toMatch(/^Error: /)
    expect(await gp.locator('.govuk-error-summary').textContent()).toContain(
      'Say why you are asking without their agreement',
    )
    expect(await gp.getByLabel('Their full name').inputValue()).toBe('Winifred Hale')
    expect(await gp.getByLabel('Your name').inputValue()).toBe('Dr Amara Okafor')
    await check(gp, 'form-errors')

    await gp.getByLabel('If not, why are you asking without their agreement?').fill('She is confused since the fall.')
    await gp.getByRole('button', { name: 'Send the request' }).click()
    const reference = (await gp.locator('.govuk-panel__body strong').textContent()) ?? ''
    expect(reference).toMatch(/^RF-[0-9A-F]{8}$/)
    await check(gp, 'sent')

    const worker = await signInAs(browser, portal.url, 'practitioner')
    await worker.getByRole('link', { name: /^Team queue \(\d+\)$/ }).click()
    await check(worker, 'queue')
    const frontDoor = worker.locator('section', {
      has: worker.getByRole('heading', { name: 'Adult social care front door' }),
    })
    await frontDoor
      .getByRole('row', { name: /Request for help/ })
      .getByRole('link')
      .first()
      .click()
    await check(worker, 'work-item')
    await worker.getByRole('link', { name: `Read the request for help ${reference}` }).click()
    const page = (await worker.locator('main').textContent()) ?? ''
    expect(page).toContain('Winifred Hale')
    expect(page).toContain('No. Why: She is confused since the fall.')
    expect(page).toContain('Dr Amara Okafor')
    await check(worker, 'request')

    // The worker names whom it is about (a new record made from the request) and closes it with what happened.
    await worker.getByRole('link', { name: "link the request to a person's record" }).click()
    expect(await worker.getByLabel('Their name').inputValue()).toBe('Winifred Hale')
    await check(worker, 'link')
    await worker.getByRole('button', { name: 'Create the record and link the request' }).click()
    await worker.getByRole('link', { name: 'Close the request with what happened' }).click()
    await worker.getByRole('button', { name: 'Close the request' }).click()
    expect(await worker.title()).toMatch(/^Error: /)
    expect(await worker.locator('.govuk-error-summary').textContent()).toContain(
      'Choose what happened with the request',
    )
    await check(worker, 'close-errors')
    await worker.getByLabel('Information and advice only').check()
    await worker.getByLabel('Note of what was done and why').fill('Gave her the falls service and day centre details.')
    await worker.getByRole('button', { name: 'Close the request' }).click()
    const ended = (await worker.locator('main').textContent()) ?? ''
    expect(ended).toContain('Information and advice only')
    expect(ended).toContain('Gave her the falls service and day centre details.')
    await check(worker, 'closed')
  })
})
