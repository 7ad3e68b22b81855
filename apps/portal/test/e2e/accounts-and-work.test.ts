import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from '../support/demo-account'
import { startPortal, type RunningPortal } from '../support/portal-process'
import {
  expectNoAccessibilityViolations,
  launchChromium,
  newPage as openPage,
  screenshot,
  signedInPage as signInAs,
} from './browser'

/*
 * Issue 18's pages as people meet them in a browser: a forgotten password put right through the demo's outbox, an
 * administrator's staff accounts, a concern reaching the safeguarding team's queue, allocated and on the worker's
 * caseload, and a practitioner finding a person whose name they spell without its accent and with a letter wrong.
 * Every page is checked with axe and at 320px.
 */

let browser: Browser
let portal: RunningPortal
const newPage = () => openPage(browser)
const signedInPage = (key: string) => signInAs(browser, portal.url, key)

beforeAll(async () => {
  browser = await launchChromium()
  // A demo, so that the messages the portal would send are shown at /outbox (decision 027).
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
  await screenshot(page, `accounts-and-work-${name}`)
}

describe('accounts and the work of a team (issue 18)', () => {
  it('a person who forgot their password asks for a link, follows it from the outbox once, and signs in again', async () => {
    const { email } = demoAccount('citizen')
    const person = await newPage()
    await person.goto(`${portal.url}/sign-in`)
    await person.getByRole('link', { name: 'Forgotten your password?' }).click()
    await check(person, 'forgotten-password')

    await person.getByRole('button', { name: 'Send the link' }).click()
    expect(await person.title()).toMatch(/^Error: /)
    await check(person, 'forgotten-password-error')

    await person.getByLabel('Email address').fill(email)
    await person.getByRole('button', { name: 'Send the link' }).click()
    expect(await person.locator('h1').textContent()).toBe('Check your email')
    await check(person, 'check-your-email')

    await person.goto(`${portal.url}/outbox`)
    await check(person, 'outbox')
    const link = person.getByRole('link', { name: new RegExp(`Follow the link.*to ${email}`) }).first()
    const resetAddress = new URL((await link.getAttribute('href')) ?? '', portal.url).href
    await link.click()
    expect(await person.locator('h1').textContent()).toBe('Choose a new password')
    await check(person, 'choose-a-new-password')

    await person.getByLabel('New password').fill('short')
    await person.getByRole('button', { name: /password/i }).click()
    expect(await person.title()).toMatch(/^Error: /)
    await check(person, 'choose-a-new-password-error')

    const newPassword = 'a longer new password 2026'
    await person.getByLabel('New password').fill(newPassword)
    await person.getByRole('button', { name: /password/i }).click()

    // The same link a second time, as from an old tab: refused in plain words.
    const again = await newPage()
    await again.goto(resetAddress)
    expect(await again.locator('main').textContent()).toContain('This link has already been used. Ask for a new one.')
    await check(again, 'link-used')

    const signIn = await newPage()
    await signIn.goto(`${portal.url}/sign-in`)
    await signIn.getByLabel('Email address').fill(email)
    await signIn.getByLabel('Password').fill(newPassword)
    await signIn.getByRole('button', { name: 'Sign in' }).click()
    expect(new URL(signIn.url()).pathname).toBe('/my-care')
  })

  it('an administrator creates a staff account, and its owner is sent a link to set a password', async () => {
    const admin = await signedInPage('council-admin')
    await admin.getByRole('link', { name: 'Staff accounts' }).first().click()
    await check(admin, 'staff-accounts')
    await admin.getByRole('link', { name: /Create a staff account/ }).click()
    await check(admin, 'create-staff-account')

    await admin.getByRole('button', { name: /Create/ }).click()
    expect(await admin.title()).toMatch(/^Error: /)
    await check(admin, 'create-staff-account-errors')
    await admin.getByLabel('Full name').fill('Morgan Ellis')
    expect(await admin.getByLabel('Full name').inputValue()).toBe('Morgan Ellis')
    await admin.getByLabel('Email address').fill('morgan.ellis@example.org')
    await admin.getByLabel('Practitioner', { exact: true }).check()
    await admin.getByLabel('Why is this account needed?').fill('Joins the front door team in January')
    await admin.getByRole('button', { name: /Create/ }).click()
    await check(admin, 'staff-account-created')
    expect(await admin.locator('main').textContent()).toContain('Morgan Ellis')

    const outbox = await newPage()
    await outbox.goto(`${portal.url}/outbox`)
    expect(await outbox.locator('main').textContent()).toContain('morgan.ellis@example.org')
  })

  it('a concern reaches the safeguarding team queue, the manager allocates it, and it is on the caseload', async () => {
    const reporter = await newPage()
    await reporter.goto(`${portal.url}/report-a-concern`)
    await reporter.locator('#ageBand-75-84').check()
    await reporter
      .getByLabel('What happened, or what are you worried might happen?')
      .fill('A neighbour has not been seen for a week and the post is piling up.')
    await reporter.getByLabel('Self-neglect').check()
    await reporter.locator('#inImmediateDanger-not-known').check()
    await reporter.getByLabel('No, I want to stay anonymous').check()
    await reporter.getByRole('button', { name: 'Send the concern' }).click()
    const reference = (await reporter.locator('.govuk-panel__body strong').textContent()) ?? ''
    expect(reference).toMatch(/^SG-\d{4}-\d{6}$/)

    const manager = await signedInPage('practitioner')
    await manager.getByRole('link', { name: /^Team queue \(\d+\)$/ }).click()
    await check(manager, 'team-queue')
    const safeguarding = manager.locator('section', { has: manager.getByRole('heading', { name: 'Safeguarding' }) })
    await safeguarding.getByRole('link').first().click()
    await check(manager, 'work-item')

    await manager.getByRole('button', { name: 'Allocate' }).click()
    expect(await manager.title()).toMatch(/^Error: /)
    await check(manager, 'work-item-errors')
    await manager.getByRole('group', { name: 'Who will do it?' }).getByRole('radio').first().check()
    await manager.getByRole('group', { name: 'Priority' }).getByRole('radio').first().check()
    await manager.getByLabel('Why them, and why this priority?').fill('Knows the area; self-neglect needs a visit soon')
    await manager.getByRole('button', { name: 'Allocate' }).click()

    await manager.getByRole('link', { name: /^Your caseload \(\d+\)$/ }).click()
    await check(manager, 'caseload')
    const count = Number(
      /\((\d+)\)/.exec((await manager.getByRole('link', { name: /^Your caseload/ }).textContent()) ?? '')?.[1],
    )
    expect(count).toBeGreaterThanOrEqual(1)
    expect(await manager.locator('main tbody tr').count()).toBe(count)
  })

  it('a practitioner finds a person by a misspelt name and opens their record', async () => {
    const practitioner = await signedInPage('practitioner')
    await practitioner.getByRole('link', { name: 'Find a person' }).first().click()
    await check(practitioner, 'find-a-person')

    await practitioner.getByLabel('Name').fill('p')
    await practitioner.getByRole('button', { name: 'Search' }).click()
    expect(await practitioner.title()).toMatch(/^Error: /)
    expect(await practitioner.getByLabel('Name').inputValue()).toBe('p')
    await check(practitioner, 'find-a-person-error')

    await practitioner.getByLabel('Name').fill('Prya Shah')
    await practitioner.getByRole('button', { name: 'Search' }).click()
    await check(practitioner, 'find-a-person-results')
    await practitioner.getByRole('link', { name: 'Priya Shah' }).click()
    expect(await practitioner.locator('h1').textContent()).toContain('Priya Shah')
    await check(practitioner, 'found-person')
  })
})
