import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage } from './browser'

// Issue 17, "Keeping it true": a community group signs up and lists a service (a bad listing first: errors named,
// what was typed kept); the council administrator checks it and publishes it; people then find it. Each page is
// checked with axe and at 320px. Decision 042.
let browser: Browser
let portal: RunningPortal

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({ port: 3617 })
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function check(page: Page, name: string) {
  await expectNoAccessibilityViolations(page, name)
  await screenshot(page, `directory-listings-${name}`)
}

describe('listing a service in the directory (issue 17)', () => {
  it('is signed up, refused by field, sent, checked and published, then found', async () => {
    const ann = await signedInPage(browser, portal.url, 'citizen')
    await ann.goto(`${portal.url}/find-support`)
    await ann.getByRole('link', { name: 'List it in this directory' }).click()
    expect(await ann.locator('h1').textContent()).toBe('List your services')
    await check(ann, 'start')
    await ann.getByRole('link', { name: 'Sign up an organisation' }).click()
    await ann.getByRole('button', { name: 'Sign up' }).click()
    expect(await ann.title()).toMatch(/^Error: /)
    await check(ann, 'sign-up-errors')
    await ann.getByLabel('Name of your organisation').fill('Westholme Walkers')
    await ann.getByLabel('A community or voluntary group').check()
    await ann.getByLabel('What does your organisation do?').fill('Gentle group walks for older people')
    await ann.getByRole('button', { name: 'Sign up' }).click()

    expect(await ann.locator('h1').textContent()).toBe('List a service')
    await ann.getByLabel('Name of the service').fill('Westholme Wednesday Walk')
    await ann.getByLabel('What does it do, and for whom?').fill('An hour’s walk on the flat, then tea.')
    await ann.getByLabel('Email address (optional)').fill('walks at westholme')
    await ann.getByLabel('Free', { exact: true }).check()
    // Where and when, wrong first: half a postcode, and a walk that ends before it starts.
    await ann.getByLabel('At an address').check()
    await ann.getByLabel('Building and street', { exact: true }).fill('The Green Café')
    await ann.getByLabel('Building and street line 2 (optional)').fill('1 Mill Lane')
    // It also visits people at home, and says where.
    await ann.getByLabel('At people’s homes').check()
    await ann.getByLabel('Where it visits people at home, if it does').fill('Northmoor and the villages nearby')
    await ann.getByLabel('Town or city').fill('Northmoor')
    await ann.getByLabel('Postcode').fill('NM2')
    await ann.locator('#wednesdayOpens').fill('2pm')
    await ann.locator('#wednesdayCloses').fill('11am')
    await ann.getByRole('button', { name: 'Send for checking' }).click()
    expect(await ann.title()).toMatch(/^Error: /)
    const summary = (await ann.locator('.govuk-error-summary').textContent()) ?? ''
    expect(summary).toContain('Choose at least one kind of support the service gives')
    expect(summary).toContain('Enter an email address in the correct format')
    expect(summary).toContain('Enter a real postcode, like NM1 1AA')
    expect(summary).toContain('The closing time on Wednesday must be after the opening time')
    expect(await ann.getByLabel('Name of the service').inputValue()).toBe('Westholme Wednesday Walk')
    expect(await ann.getByLabel('Email address (optional)').inputValue()).toBe('walks at westholme')
    expect(await ann.getByLabel('Postcode').inputValue()).toBe('NM2')
    expect(await ann.locator('#wednesdayOpens').inputValue()).toBe('2pm')
    expect(await ann.getByLabel('At an address').isChecked()).toBe(true)
    expect(await ann.getByLabel('Building and street line 2 (optional)').inputValue()).toBe('1 Mill Lane')
    expect(await ann.getByLabel('Where it visits people at home, if it does').inputValue()).toBe(
      'Northmoor and the villages nearby',
    )
    await check(ann, 'listing-errors')
    await ann.getByLabel('Email address (optional)').fill('walks@westholme.example.org')
    await ann.getByLabel('Postcode').fill('nm2 4ab')
    await ann.locator('#wednesdayCloses').fill('3:30pm')
    const need = ann.locator('input[name="needs"]').first()
    await need.check()
    await ann.getByRole('button', { name: 'Send for checking' }).click()
    expect(await ann.locator('.govuk-notification-banner').textContent()).toContain('has been sent to the council')
    expect(await ann.locator('main').textContent()).toContain('Waiting for the council to check it (version 1)')
    await check(ann, 'sent')

    const admin = await signedInPage(browser, portal.url, 'council-admin')
    await admin.getByRole('link', { name: 'Check listings in the service directory' }).click()
    await check(admin, 'queue')
    await admin.getByRole('link', { name: 'Westholme Wednesday Walk' }).click()
    await check(admin, 'review')
    await admin.getByLabel('No: send it back to the organisation').check()
    await admin.getByRole('button', { name: 'Save the decision' }).click()
    expect(await admin.locator('.govuk-error-summary').textContent()).toContain(
      'Say what the organisation needs to change',
    )
    await check(admin, 'review-errors')
    await admin.getByLabel('Yes: publish it').check()
    await admin.getByRole('button', { name: 'Save the decision' }).click()
    expect(await admin.locator('.govuk-notification-banner').textContent()).toContain(
      'Westholme Wednesday Walk was published',
    )

    await admin.getByRole('link', { name: 'Import another directory' }).click()
    await admin.getByRole('button', { name: 'Import the file' }).click()
    expect(await admin.locator('.govuk-error-summary').textContent()).toContain('Choose an ORUK feed file to import')
    await check(admin, 'import-errors')
    await admin.getByLabel('An ORUK feed file').setInputFiles({
      name: 'one.ndjson',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from('{"id": "not a uuid", "name": "Broken", "status": "active"}\n'),
    })
    await admin.getByRole('button', { name: 'Import the file' }).click()
    expect(await admin.locator('.govuk-notification-banner').textContent()).toContain(
      '0 added, 0 changed, 0 unchanged, 1 refused',
    )
    await check(admin, 'import-report')
    // Decision 065: the report is the run's own page; refreshing it shows it again and imports nothing.
    expect(admin.url()).toMatch(/\/admin\/directory\/imports\/[0-9a-f-]{36}\?imported$/)
    await admin.reload()
    expect(await admin.locator('main').textContent()).toContain(
      'From one.ndjson: 0 added, 0 changed, 0 unchanged, 1 refused',
    )
    // A valid record imported waits on the queue, which says which import it came from and links to it.
    const [demo] = (await (await fetch(`${portal.url}/oruk/services?full=true&format=ndjson`)).text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>) as [Record<string, unknown>]
    await admin.goto(`${portal.url}/admin/directory/import`)
    await admin.getByLabel('An ORUK feed file').setInputFiles({
      name: 'westshire.json',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(`${JSON.stringify({ ...demo, name: 'Westshire Lunch Club' })}\n`),
    })
    await admin.getByRole('button', { name: 'Import the file' }).click()
    const runUrl = admin.url().replace('?imported', '')
    await admin.goto(`${portal.url}/admin/directory`)
    const cameFrom = admin.getByRole('link', { name: /^Imported from westshire\.json on / })
    expect(await cameFrom.getAttribute('href')).toBe(new URL(runUrl).pathname)
    await check(admin, 'queue-with-import')
    await cameFrom.click()
    expect(await admin.locator('h1').textContent()).toBe('Import from westshire.json')
    await check(admin, 'import-run')

    await ann.goto(`${portal.url}/list-your-service`)
    await ann.getByRole('link', { name: 'Change Westholme Wednesday Walk' }).click()
    expect(await ann.locator('main').textContent()).toMatch(/Version 1[\s\S]*Published on/)
    expect(await ann.getByLabel('Building and street', { exact: true }).inputValue()).toBe('The Green Café')
    expect(await ann.getByLabel('Building and street line 2 (optional)').inputValue()).toBe('1 Mill Lane')
    expect(await ann.getByLabel('At people’s homes').isChecked()).toBe(true)
    await check(ann, 'change')
    await ann.goto(`${portal.url}/find-support?words=westholme+wednesday`)
    expect(await ann.getByRole('link', { name: 'Westholme Wednesday Walk' }).count()).toBe(1)
    // Its page says where and when, as the organisation typed it.
    await ann.getByRole('link', { name: 'Westholme Wednesday Walk' }).click()
    const shown = (await ann.locator('main').textContent()) ?? ''
    // Each address line on its own line; the visits at home from its ORUK service area.
    expect(await ann.locator('main dd span').allTextContents()).toEqual(
      expect.arrayContaining(['The Green Café', '1 Mill Lane', 'Northmoor', 'NM2 4AB']),
    )
    expect(shown).toContain('Visits people at home in Northmoor and the villages nearby')
    expect(shown).toContain('Wednesdays, 2pm to 3:30pm')
    await check(ann, 'service-page')
  })
})
