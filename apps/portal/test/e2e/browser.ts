import { mkdirSync } from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type Page } from 'playwright-core'
import { demoAccount } from '../support/demo-account'
import { recordReflowChecked } from './reflow-record'

export const screenshotsDir = path.resolve(import.meta.dirname, '../../test-results/screenshots')

/** Debian's Chromium, headless, with nothing reaching out to the network on its own. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Fails when the page scrolls sideways at 320 CSS pixels wide (WCAG 2.2 1.4.10, reflow: a 1280px screen zoomed to
 * 400%), then puts the width back as it was.
 */
async function expectNoSidewaysScrollAt320(page: Page, label: string): Promise<void> {
  const before = page.viewportSize()
  await page.setViewportSize({ width: 320, height: before?.height ?? 640 })
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  if (before) await page.setViewportSize(before)
  if (width > 320) throw new Error(`${label} scrolls sideways at 320px wide: the page is ${width}px wide`)
  recordReflowChecked(label, page.url())
}

/**
 * Fails the test with the rule and the elements when axe-core finds any WCAG 2.2 A or AA violation, or when the page
 * scrolls sideways at 320px (reflow, which axe cannot see).
 */
export async function expectNoAccessibilityViolations(page: Page, label: string): Promise<void> {
  // A click that navigates returns once the navigation has begun: check the page it arrives at, not the moment between
  // (on a busy machine the document could be gone, and the check failed reading it).
  await page.waitForLoadState('load')
  await expectNoSidewaysScrollAt320(page, label)
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  )
  if (summary.length > 0) throw new Error(`Accessibility violations on ${label}:\n${summary.join('\n')}`)
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotsDir, { recursive: true })
  const file = path.join(screenshotsDir, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** A fresh browser context (its own cookies) at the width the screenshots are taken at. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } })
  return context.newPage()
}

/** Signs a demo account in through the sign-in form, as a person would, in a fresh context. */
export async function signedInPage(browser: Browser, baseUrl: string, key: string): Promise<Page> {
  const { email, password } = demoAccount(key)
  const page = await newPage(browser)
  await page.goto(`${baseUrl}/sign-in`)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  return page
}

/**
 * Reloads a page of counted figures until the counting worker has stored them (decision 022): the first look at
 * such a page queues the count and says so, as an administrator would see it.
 */
export async function untilCounted(page: Page, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  const counting = /These figures are being counted|A new count is under way|The file is being made/
  while (counting.test((await page.locator('main').textContent()) ?? '')) {
    if (Date.now() > deadline) throw new Error(`${page.url()} was still being counted after ${timeoutMs} ms`)
    await page.waitForTimeout(200)
    await page.reload()
  }
}
