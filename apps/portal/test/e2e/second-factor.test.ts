import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { totpCode } from '../../app/.server/auth/totp'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage } from './browser'

/*
 * Issue 18, "Accounts": a member of staff sets up signing in with a code from an app (a wrong code first), then signs
 * in with a code this test works out as an app would, is refused a wrong one, and gets in with a recovery code
 * (decision 033). Every page is checked with axe and at 320px.
 */

let browser: Browser
let portal: RunningPortal
/** A fresh browser that has given the practitioner's right password. */
const afterPassword = () => signedInPage(browser, portal.url, 'practitioner')

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({
    env: {
      OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county',
      NODE_ENV: 'test',
      OPEN_SDS_SECOND_FACTOR_KEY: '0123456789abcdef'.repeat(4),
    },
  })
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function check(page: Page, name: string) {
  await expectNoAccessibilityViolations(page, name)
  await screenshot(page, `second-factor-${name}`)
}

describe('signing in with a code from an app (issue 18)', () => {
  it('sets up with a wrong code first, then signs in with a code, is refused a wrong one, and uses a recovery code', async () => {
    const staff = await afterPassword()
    await staff.goto(`${portal.url}/account/two-factor`)
    await check(staff, 'off')
    await staff.getByRole('button', { name: 'Set up a code from an app' }).click()
    expect(await staff.getByRole('img', { name: 'QR code to scan with your authenticator app' }).count()).toBe(1)
    const secret = ((await staff.locator('[data-setup-key]').textContent()) ?? '').replaceAll(' ', '')
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    await check(staff, 'confirming')

    const wrong = totpCode(secret, new Date()) === '000000' ? '111111' : '000000'
    await staff.getByLabel('Code', { exact: true }).fill(wrong)
    await staff.getByRole('button', { name: 'Turn on' }).click()
    expect(await staff.title()).toMatch(/^Error: /)
    await check(staff, 'confirming-error')

    await staff.getByLabel('Code', { exact: true }).fill(totpCode(secret, new Date()))
    await staff.getByRole('button', { name: 'Turn on' }).click()
    expect(await staff.locator('h1').textContent()).toBe('Your recovery codes')
    const recoveryCodes = await staff.locator('[data-recovery-codes] code').allTextContents()
    expect(recoveryCodes).toHaveLength(10)
    await check(staff, 'recovery-codes')

    // Signing in again: after the password, a code the test works out as an app would.
    const again = await afterPassword()
    expect(await again.locator('h1').textContent()).toBe('Enter the code from your app')
    await check(again, 'code')
    await again.getByLabel('Code', { exact: true }).fill(wrong)
    await again.getByRole('button', { name: 'Continue' }).click()
    expect(await again.title()).toMatch(/^Error: /)
    expect(await again.locator('.govuk-error-summary').textContent()).toContain('The code is not right')
    await check(again, 'code-error')
    // The next step's code: the one used to set up (this step's) works once only.
    await again.getByLabel('Code', { exact: true }).fill(totpCode(secret, new Date(Date.now() + 30_000)))
    await again.getByRole('button', { name: 'Continue' }).click()
    expect(new URL(again.url()).pathname).toBe('/practitioner')

    // Without the phone: a recovery code, once.
    const noPhone = await afterPassword()
    await noPhone.getByLabel('Code', { exact: true }).fill(recoveryCodes[0] ?? '')
    await noPhone.getByRole('button', { name: 'Continue' }).click()
    expect(new URL(noPhone.url()).pathname).toBe('/practitioner')
    await noPhone.goto(`${portal.url}/account/two-factor`)
    expect(await noPhone.locator('main').textContent()).toContain('You have 9 unused recovery codes')
    await check(noPhone, 'on')
  })
})
