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
})
