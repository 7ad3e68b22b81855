import path from 'node:path'
import { demoPeople } from '@open-sds/db'
import { PortalClient } from '@open-sds/portal-harness'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from '../support/demo-account'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { completeSelfAssessment } from '../support/self-assessment'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage as signInAs } from './browser'

/*
 * Issue 19, no dead end: with no resource allocation system in force, the answers are sent, and a practitioner works
 * the budget out by hand in a browser; the person then reads it. Every page axe-checked and at 320px.
 */
const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''
const withoutRas = path.resolve(import.meta.dirname, '..', 'fixtures', 'plugin-county-without-ras.mjs')

let browser: Browser
let portal: RunningPortal
const signedInPage = (key: string) => signInAs(browser, portal.url, key)

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({ env: { OPEN_SDS_PLUGINS: withoutRas } })
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function check(page: Page, name: string) {
  await expectNoAccessibilityViolations(page, name)
  await screenshot(page, `budget-by-hand-${name}`)
}

describe('a budget worked out by hand (issue 19)', () => {
  it('the practitioner records it, with errors first, and the person reads it on their budget page', async () => {
    const answers = new PortalClient(portal.url)
    await answers.signIn(demoAccount('citizen').email, demoAccount('citizen').password)
    await completeSelfAssessment(answers, alex)

    const citizen = await signedInPage('citizen')
    await citizen.goto(`${portal.url}/people/${alex}/self-assessment`)
    expect(await citizen.locator('main').textContent()).toContain('Your answers have been sent')
    await check(citizen, 'sent')

    const practitioner = await signedInPage('practitioner')
    await practitioner.goto(`${portal.url}/practitioner`)
    await practitioner.locator('a[href^="/practitioner/budgets-by-hand/"]').first().click()
    await check(practitioner, 'record')

    await practitioner.getByLabel('Weekly budget').fill('two hundred')
    await practitioner.getByRole('button', { name: 'Record the budget' }).click()
    expect(await practitioner.title()).toMatch(/^Error: /)
    expect(await practitioner.getByLabel('Weekly budget').inputValue()).toBe('two hundred')
    await check(practitioner, 'record-errors')

    await practitioner.getByLabel('Weekly budget').fill('212.50')
    await practitioner
      .getByLabel('How you worked it out')
      .fill('Ten hours of personal assistance at £17.50 and a day centre place at £37.50')
    await practitioner.getByRole('button', { name: 'Record the budget' }).click()
    await check(practitioner, 'recorded')

    await citizen.goto(`${portal.url}/people/${alex}/budget`)
    const budget = (await citizen.locator('main').textContent()) ?? ''
    expect(budget).toContain('£212.50')
    expect(budget).toContain('Worked out by a practitioner')
    await check(citizen, 'budget')
  })
})
