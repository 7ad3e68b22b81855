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

// Issue 18, "Find a person": a concern about someone not yet on record is linked to their record, as the concern
// page promises. Each page is checked with axe and at 320px.
let browser: Browser
let portal: RunningPortal

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({ port: 3570 })
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function check(page: Page, name: string) {
  await expectNoAccessibilityViolations(page, name)
  await screenshot(page, `concern-link-${name}`)
}

describe('linking a safeguarding concern to a person', () => {
  it('searches with too little first, then finds the record and links the concern once', async () => {
    const reporter = await openPage(browser)
    await reporter.goto(`${portal.url}/report-a-concern`)
    await reporter.getByLabel('Their name (if you know it)').fill('Alex Morgan')
    await reporter.locator('#ageBand-18-64').check()
    await reporter
      .getByLabel('What happened, or what are you worried might happen?')
      .fill('His carer has not been seen for days and he sounded confused on the phone.')
    await reporter.locator('#inImmediateDanger-not-known').check()
    await reporter.getByLabel('No, I want to stay anonymous').check()
    await reporter.getByRole('button', { name: 'Send the concern' }).click()
    const reference = (await reporter.locator('.govuk-panel__body strong').textContent()) ?? ''
    expect(reference).toMatch(/^SG-\d{4}-\d{6}$/)

    const lead = await signInAs(browser, portal.url, 'practitioner')
    await lead.goto(`${portal.url}/safeguarding/concerns/${reference}`)
    await lead.getByRole('link', { name: 'find their record, or create one' }).click()
    await check(lead, 'page')
    expect(await lead.getByLabel('Their name').inputValue()).toBe('Alex Morgan')

    // Too little to search by: the error names the field and what was typed stays.
    await lead.getByLabel('Name', { exact: true }).fill('a')
    await lead.getByRole('button', { name: 'Search' }).click()
    expect(await lead.title()).toMatch(/^Error: /)
    expect(await lead.getByLabel('Name', { exact: true }).inputValue()).toBe('a')
    await check(lead, 'search-refused')

    await lead.getByLabel('Name', { exact: true }).fill('Alex Morgen')
    await lead.getByRole('button', { name: 'Search' }).click()
    await check(lead, 'found')
    await lead.getByRole('button', { name: /^Link to this record.*Alex Morgan/ }).click()
    await check(lead, 'linked')
    expect(await lead.locator('.govuk-summary-list').first().textContent()).toContain(
      'Alex Morgan (on record: linked by',
    )
    expect(await lead.getByRole('link', { name: 'find their record, or create one' }).count()).toBe(0)

    // The page, opened again, says it is linked and offers nothing more.
    await lead.goto(`${portal.url}/safeguarding/concerns/${reference}/link`)
    expect(await lead.locator('main').textContent()).toContain("This concern is already linked to Alex Morgan's record")
    await check(lead, 'already-linked')
  })
})
