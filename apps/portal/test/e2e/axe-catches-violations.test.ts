import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoAccessibilityViolations, launchChromium } from './browser'

// The journeys pass only if the accessibility scan finds nothing; this shows the scan does find problems.
describe('the accessibility scan used on every page', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('fails a page with an unlabelled input and an image without alt text', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>',
    )
    await expect(expectNoAccessibilityViolations(page, 'a broken page')).rejects.toThrow(
      /image-alt[\s\S]*label|label[\s\S]*image-alt/,
    )
    await context.close()
  })

  it('fails a page that scrolls sideways at 320px wide', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } })
    const page = await context.newPage()
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Wide</title></head><body><main><h1>Wide</h1><p style="width: 600px">A line that will not reflow.</p></main></body></html>',
    )
    await expect(expectNoAccessibilityViolations(page, 'a wide page')).rejects.toThrow(
      'a wide page scrolls sideways at 320px wide: the page is',
    )
    await context.close()
  })
})
