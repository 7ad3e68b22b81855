import type { Browser, Page } from 'playwright-core'
import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportConcern } from '../support/concerns'
import { demoAccount } from '../support/demo-account'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage as signInAs } from './browser'

// Issue 18, "Due and overdue", in a browser: each member of staff reaches the list from the count in the navigation,
// sees their own rows in the order the rules give, and each row opens its record. axe and 320px on each.
// What the demo seed holds today: Joe's plan review due in two weeks. The concerns are reported here first.
let browser: Browser
let portal: RunningPortal
const signedInPage = (key: string) => signInAs(browser, portal.url, key)

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({ env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' } })
  const citizen = new PortalClient(portal.url)
  await citizen.signIn(demoAccount('citizen').email, demoAccount('citizen').password)
  for (const [inImmediateDanger, whatHappened] of [
    ['no', 'My neighbour has not been seen for a week.'],
    ['yes', 'I heard shouting and a crash next door; she is not answering.'],
  ] as const) {
    const sent = await reportConcern(citizen, inImmediateDanger, whatHappened)
    if (sent.status !== 302) throw new Error(`test setup: reporting a concern gave ${sent.status}`)
  }
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function openDueList(page: Page, count: number, name: string) {
  await page.getByRole('link', { name: `Due and overdue (${count})` }).click()
  await expectNoAccessibilityViolations(page, `due and overdue (${name})`)
  await screenshot(page, `due-and-overdue-${name}`)
}

describe('due and overdue in the browser (issue 18)', () => {
  it('a practitioner on the safeguarding list: the review due, then the concerns, immediate danger first', async () => {
    const page = await signedInPage('practitioner')
    await openDueList(page, 3, 'practitioner')
    const reviews = page.getByRole('table', { name: /Plan reviews/ })
    expect(await reviews.getByRole('row').count()).toBe(2)
    expect(await reviews.textContent()).toMatch(/Joe Whitfield.*Due in 14 days/)
    const urgencies = await page
      .getByRole('table', { name: /Safeguarding concerns/ })
      .locator('tbody tr td:nth-child(2)')
      .allTextContents()
    expect(urgencies).toEqual(['Immediate danger', 'Not in immediate danger'])
    await reviews.getByRole('link', { name: 'Joe Whitfield' }).click()
    expect(page.url()).toMatch(/\/practitioner\/plans\/[^/]+$/)
    await page.goBack()
    await page
      .getByRole('table', { name: /Safeguarding concerns/ })
      .getByRole('link')
      .first()
      .click()
    expect(page.url()).toMatch(/\/safeguarding\/concerns\/SG-\d{4}-\d{6}$/)
    expect(await page.locator('main').textContent()).toContain('I heard shouting and a crash next door')
  })

  it('a finance officer: their own list, with nothing waiting yet, and no reviews or concerns', async () => {
    const page = await signedInPage('finance')
    await openDueList(page, 0, 'finance')
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toContain('No financial assessment is waiting to be confirmed.')
    expect(main).not.toContain('Plan reviews')
    expect(main).not.toContain('Safeguarding concerns')
  })
})
