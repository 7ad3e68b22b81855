import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage } from './browser'

/*
 * Issue 18, "Teams and their members are data": an administrator makes a team and puts staff in it, in a browser,
 * a wrong input first each time (what was typed kept). Every page is checked with axe and at 320px.
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

async function check(page: Page, name: string) {
  await expectNoAccessibilityViolations(page, name)
  await screenshot(page, `teams-${name}`)
}

describe('teams run by an administrator (issue 18)', () => {
  it('makes a team, adds a manager, and the staff page says which team they are in', async () => {
    const admin = await signedInPage(browser, portal.url, 'council-admin')
    await admin.getByRole('link', { name: 'Teams, their members and the work they handle' }).click()
    expect(await admin.locator('h1').textContent()).toBe('Teams')
    await check(admin, 'list')

    await admin.getByRole('link', { name: 'Create a team' }).click()
    await check(admin, 'new')
    await admin.getByLabel('Self-assessment', { exact: true }).check()
    await admin.getByRole('button', { name: 'Create the team' }).click()
    expect(await admin.title()).toMatch(/^Error: /)
    expect(await admin.locator('.govuk-error-summary').textContent()).toContain('Enter the team’s name')
    expect(await admin.getByLabel('Self-assessment', { exact: true }).isChecked()).toBe(true)
    await check(admin, 'new-error')

    await admin.getByLabel('Team name').fill('North locality')
    await admin.getByRole('button', { name: 'Create the team' }).click()
    expect(await admin.locator('h1').textContent()).toBe('North locality')
    expect(await admin.locator('main').textContent()).toContain('Nobody is in this team yet.')
    await check(admin, 'team')

    await admin.getByLabel('Manager: allocates the team’s work').check()
    await admin.getByRole('button', { name: 'Save the member' }).click()
    expect(await admin.title()).toMatch(/^Error: /)
    expect(await admin.locator('.govuk-error-summary').textContent()).toContain('Choose a member of staff')
    expect(await admin.getByLabel('Manager: allocates the team’s work').isChecked()).toBe(true)
    await check(admin, 'member-error')

    await admin.getByLabel('Member of staff').selectOption({ label: 'Dana Ellis (practitioner)' })
    await admin.getByRole('button', { name: 'Save the member' }).click()
    expect(await admin.locator('main').textContent()).toContain('Members (1)')
    await check(admin, 'member-added')

    await admin.getByRole('link', { name: 'Dana Ellis' }).click()
    expect(await admin.locator('main').textContent()).toContain('North locality (manager)')
    await check(admin, 'staff-member')
  })
})
