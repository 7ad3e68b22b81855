import { demoAccounts } from '@open-sds/db'
import county from '@open-sds/plugin-example-county'
import ulo from '@open-sds/plugin-example-ulo'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { expectNoAccessibilityViolations, launchChromium, screenshot } from './browser'
import { verifyLinkFor } from '../support/verify-email'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const ROLE_PAGES: { role: string; path: string; heading: RegExp }[] = [
  { role: 'citizen', path: '/my-care', heading: /Your care and support/ },
  { role: 'practitioner', path: '/practitioner', heading: /Overview/ },
  { role: 'finance-officer', path: '/finance', heading: /Financial assessments/ },
  { role: 'council-admin', path: '/admin', heading: /Administration/ },
  { role: 'ulo-admin', path: '/organisation', heading: /Running/ },
]

// The county runs every service. The user-led organisation is not the council: it runs surveys and feedback only
// (its plugin's `services` slot), so people have no account there and only its own and council staff sign in.
const PLUGINS = [
  {
    key: 'county',
    packageName: '@open-sds/plugin-example-county',
    manifest: county,
    roles: ROLE_PAGES,
    plainAccount: { key: 'citizen', home: '/my-care' },
  },
  {
    key: 'ulo',
    packageName: '@open-sds/plugin-example-ulo',
    manifest: ulo,
    roles: ROLE_PAGES.filter((rolePage) => ['council-admin', 'ulo-admin'].includes(rolePage.role)),
    plainAccount: { key: 'ulo-admin', home: '/organisation' },
  },
]

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

async function visit(page: Page, url: string, label: string): Promise<void> {
  const response = await page.goto(url)
  expect(response?.status(), `${label} answers`).toBeLessThan(400)
  await expectNoAccessibilityViolations(page, label)
  await screenshot(page, label)
}

async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

for (const plugin of PLUGINS) {
  describe(`the portal as ${plugin.manifest.name}`, () => {
    let portal: RunningPortal
    let page: Page

    beforeAll(async () => {
      portal = await startPortal({ env: { OPEN_SDS_PLUGINS: plugin.packageName } })
      // The portal sends no JavaScript (decision 003); the browser keeps it on only so axe-core can run its scan.
      // The no-JavaScript journey below proves the forms work with it off.
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } })
      page = await context.newPage()
    })

    afterAll(async () => {
      await page?.context().close()
      await portal?.stop()
    })

    it('wears the organisation’s name, colours and logo, and no GOV.UK crown or Transport font', async () => {
      await visit(page, `${portal.url}/`, `${plugin.key}-start`)
      const branding = plugin.manifest.branding!
      await expect(page.locator('header .app-header__organisation').textContent()).resolves.toBe(
        branding.organisationName,
      )
      const headerColour = await page
        .locator('header.app-header')
        .evaluate((element) => getComputedStyle(element).backgroundColor)
      expect(headerColour).toBe(hexToRgb(branding.colours?.brand ?? 'missing'))
      expect(await page.getByRole('img', { name: branding.logo!.alt }).count()).toBe(1)
      const fontFamily = await page.locator('body').evaluate((element) => getComputedStyle(element).fontFamily)
      expect(fontFamily).not.toMatch(/Transport/i)
      expect(await page.locator('.govuk-header__logotype, svg[aria-label="GOV.UK"]').count()).toBe(0)
    })

    it('shows every content page of the plugin', async () => {
      for (const content of plugin.manifest.content?.pages ?? []) {
        await visit(page, `${portal.url}/pages/${content.slug}`, `${plugin.key}-page-${content.slug}`)
        await expect(page.locator('h1').textContent()).resolves.toBe(content.title)
      }
    })

    const offers = (service: string) => plugin.manifest.services?.offered.some((id) => id === service) ?? true

    if (offers('self-directed-support'))
      it('lets a person create an account, showing errors first and keeping what they typed', async () => {
        await visit(page, `${portal.url}/sign-up`, `${plugin.key}-sign-up`)
        await page.getByLabel('Full name').fill('Grace Hopper')
        await page.getByLabel('Email address').fill('grace@')
        await page.getByRole('button', { name: 'Create account' }).click()
        await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
          'Enter an email address in the correct format',
        )
        expect(await page.title()).toMatch(/^Error: /)
        expect(await page.getByLabel('Full name').inputValue()).toBe('Grace Hopper')
        await expectNoAccessibilityViolations(page, `${plugin.key}-sign-up-errors`)
        await screenshot(page, `${plugin.key}-sign-up-errors`)
        await page.getByLabel('Email address').fill(`grace.${plugin.key}@example.net`)
        await page.getByLabel('Create a password').fill('navy compiler bug moth')
        await page.getByRole('button', { name: 'Create account' }).click()
        // The same answer whether or not the address had an account: check your email (issue 15).
        expect(new URL(page.url()).pathname).toBe('/sign-in')
        await expect(page.locator('main').textContent()).resolves.toContain('Check your email')
        await expectNoAccessibilityViolations(page, `${plugin.key}-sign-up-check-email`)
        const signInAs = async () => {
          await page.getByLabel('Email address').fill(`grace.${plugin.key}@example.net`)
          await page.getByLabel('Password').fill('navy compiler bug moth')
          await page.getByRole('button', { name: 'Sign in' }).click()
        }
        // Before following the link: told to, and sent a new one.
        await signInAs()
        await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
          'Confirm your email address before you sign in',
        )
        await expectNoAccessibilityViolations(page, `${plugin.key}-sign-in-unconfirmed`)
        await screenshot(page, `${plugin.key}-sign-in-unconfirmed`)
        await page.goto(`${portal.url}${await verifyLinkFor(portal, `grace.${plugin.key}@example.net`)}`)
        await expectNoAccessibilityViolations(page, `${plugin.key}-verify-email`)
        await page.getByRole('button', { name: 'Confirm my email address' }).click()
        await expect(page.locator('main').textContent()).resolves.toContain('Your email address is confirmed')
        await signInAs()
        expect(new URL(page.url()).pathname).toBe('/my-care')
        await expectNoAccessibilityViolations(page, `${plugin.key}-my-care-new`)
        await screenshot(page, `${plugin.key}-my-care-new`)
        await page.getByRole('button', { name: 'Sign out' }).click()
        expect(new URL(page.url()).pathname).toBe('/')
      })
    else
      it('sends a person who wants an account to the council, by name and phone', async () => {
        const response = await page.goto(`${portal.url}/sign-up`)
        expect(response?.status()).toBe(404)
        await expect(page.locator('h1').textContent()).resolves.toBe('This service is not offered here')
        await expect(page.locator('main').textContent()).resolves.toContain(
          plugin.manifest.services?.referTo?.phone ?? 'no referral',
        )
        await expectNoAccessibilityViolations(page, `${plugin.key}-not-offered`)
        await screenshot(page, `${plugin.key}-not-offered`)
      })

    it('lets every kind of user sign in and reach their own page', async () => {
      for (const rolePage of plugin.roles) {
        const account = demoAccounts.find(
          (candidate) => candidate.role === rolePage.role && candidate.key !== 'representative',
        )!
        await signIn(page, portal.url, account.email, account.password)
        expect(new URL(page.url()).pathname).toBe(rolePage.path)
        await expect(page.locator('h1').textContent()).resolves.toMatch(rolePage.heading)
        await expectNoAccessibilityViolations(page, `${plugin.key}-${rolePage.role}`)
        await screenshot(page, `${plugin.key}-${rolePage.role}`)
        if (rolePage.role === 'citizen') {
          await page.getByRole('link', { name: 'Your details' }).click()
          await expectNoAccessibilityViolations(page, `${plugin.key}-person-record`)
          await screenshot(page, `${plugin.key}-person-record`)
        }
        if (rolePage.role === 'council-admin') {
          await visit(page, `${portal.url}/admin/audit`, `${plugin.key}-audit`)
          if (offers('safeguarding'))
            await visit(page, `${portal.url}/admin/safeguarding-staff`, `${plugin.key}-safeguarding-staff`)
        }
        await page.getByRole('button', { name: 'Sign out' }).click()
      }
    })

    it('works with JavaScript switched off: signs in and out, and no page carries a script', async () => {
      const noScript = await browser.newContext({ javaScriptEnabled: false })
      try {
        const plain = await noScript.newPage()
        const account = demoAccounts.find((candidate) => candidate.key === plugin.plainAccount.key)!
        await signIn(plain, portal.url, account.email, account.password)
        expect(new URL(plain.url()).pathname).toBe(plugin.plainAccount.home)
        expect(await plain.locator('script').count()).toBe(0)
        await plain.getByRole('button', { name: 'Sign out' }).click()
        expect(new URL(plain.url()).pathname).toBe('/')
        expect(await plain.locator('script').count()).toBe(0)
      } finally {
        await noScript.close()
      }
    })

    it('shows a helpful page for an address that does not exist', async () => {
      const response = await page.goto(`${portal.url}/pages/no-such-page`)
      expect(response?.status()).toBe(404)
      await expectNoAccessibilityViolations(page, `${plugin.key}-not-found`)
      await screenshot(page, `${plugin.key}-not-found`)
    })
  })
}
