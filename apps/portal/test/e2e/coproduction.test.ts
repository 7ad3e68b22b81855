import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPortal, type RunningPortal } from '../support/portal-process'
import {
  expectNoAccessibilityViolations,
  launchChromium,
  newPage as openPage,
  screenshot,
  signedInPage as signInAs,
  untilCounted,
} from './browser'

let browser: Browser
let portal: RunningPortal
const newPage = () => openPage(browser)
const signedInPage = (key: string) => signInAs(browser, portal.url, key)

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({
    env: {
      // The organisation's surveys in the county's instance: the county comes last, so its services are the instance's.
      OPEN_SDS_PLUGINS: '@open-sds/plugin-example-ulo,@open-sds/plugin-example-county',
    },
  })
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

describe('co-production: answer, moderate, publish, check the figures', () => {
  it('a visitor answers a survey anonymously; a ULO admin moderates and keeps the log; everyone sees the public page', async () => {
    const visitor = await newPage()
    await visitor.goto(`${portal.url}/surveys`)
    await expectNoAccessibilityViolations(visitor, 'surveys list')
    await visitor.getByRole('link', { name: 'Your care and support: how is it going?', exact: true }).click()
    await expectNoAccessibilityViolations(visitor, 'survey')
    await screenshot(visitor, 'coproduction-survey')
    await visitor.getByRole('button', { name: 'Send your answers' }).click()
    await expect(visitor.title()).resolves.toMatch(/^Error: /)
    await expectNoAccessibilityViolations(visitor, 'survey with an error')
    await screenshot(visitor, 'coproduction-survey-error')
    await visitor.locator('#find-information-4').check()
    await visitor
      .getByLabel('Is there anything else you want to tell us? (optional)')
      .fill('The Easy Read letter about my review was really clear')
    await visitor.getByRole('button', { name: 'Send your answers' }).click()
    await expect(visitor.locator('.govuk-panel__title').textContent()).resolves.toBe('Thank you')
    await expectNoAccessibilityViolations(visitor, 'survey sent')
    await visitor.goto(`${portal.url}/surveys/making-it-real-2026?variant=easy-read`)
    await expect(visitor.locator('h1').textContent()).resolves.toBe('Your support: tell us how it is going')
    await expectNoAccessibilityViolations(visitor, 'Easy Read survey')
    await screenshot(visitor, 'coproduction-survey-easy-read')

    const ulo = await signedInPage('ulo-admin')
    await ulo.getByRole('link', { name: /Surveys, results, moderation/ }).click()
    await expectNoAccessibilityViolations(ulo, 'co-production overview')
    await screenshot(ulo, 'coproduction-overview')
    await ulo.getByRole('link', { name: 'Moderate comments before they are published' }).click()
    await expectNoAccessibilityViolations(ulo, 'moderation')
    await screenshot(ulo, 'coproduction-moderation')
    await ulo.getByRole('radio', { name: 'Publish' }).first().check()
    await ulo
      .getByRole('button', { name: /Record the decision/ })
      .first()
      .click()
    await expect(ulo.locator('.govuk-notification-banner__heading').textContent()).resolves.toBe(
      'The comment is published.',
    )
    await expectNoAccessibilityViolations(ulo, 'moderation done')

    await ulo.goto(`${portal.url}/coproduction/you-said-we-did`)
    await ulo.getByLabel('Theme').fill('Information and advice')
    await ulo.getByLabel('What people said').fill('Letters about reviews are hard to read')
    await ulo
      .getByLabel('What we are doing about it')
      .fill('Every review letter is offered in Easy Read and large print')
    await ulo.getByLabel('Who owns the action').fill('Reviews team')
    const raised = ulo.getByRole('group', { name: 'Date raised' })
    await raised.getByLabel('Day').fill('15')
    await raised.getByLabel('Month').fill('1')
    await raised.getByLabel('Year').fill('2026')
    await ulo.getByRole('button', { name: 'Add the record' }).click()
    await expect(ulo.locator('h2.govuk-heading-m').first().textContent()).resolves.toBe('Information and advice')
    await expectNoAccessibilityViolations(ulo, 'you said, we did log')
    await screenshot(ulo, 'coproduction-you-said-we-did')

    await ulo.goto(`${portal.url}/coproduction/surveys/care-experience-2026`)
    await expectNoAccessibilityViolations(ulo, 'survey results')
    await screenshot(ulo, 'coproduction-results')

    const reader = await newPage()
    await reader.goto(`${portal.url}/feedback`)
    await expectNoAccessibilityViolations(reader, 'public feedback page')
    await screenshot(reader, 'coproduction-feedback')
    const body = await reader.locator('main').textContent()
    expect(body).toContain('Every review letter is offered in Easy Read and large print')
    expect(body).toContain('The Easy Read letter about my review was really clear')
    // One answer: every count on the public page is hidden.
    expect(body).not.toMatch(/Answered: 1\./)
  })

  it('a council admin reads the progress measures and is told plainly what stops a Client Level Data export', async () => {
    const admin = await signedInPage('council-admin')
    await admin.getByRole('link', { name: 'Progress measures and the Client Level Data export' }).click()
    await untilCounted(admin)
    await expectNoAccessibilityViolations(admin, 'progress measures')
    await expect(admin.locator('main').textContent()).resolves.toMatch(/Counted at \d\d:\d\d on \d+ \w+ \d{4}/)
    await screenshot(admin, 'coproduction-progress')
    await expect(admin.locator('main').textContent()).resolves.toContain('Every figure and how it is counted')
    await admin.getByRole('link', { name: 'Export a quarter as Client Level Data' }).click()
    await expectNoAccessibilityViolations(admin, 'client level data form')
    await admin.getByLabel('Quarter').selectOption({ index: 11 })
    await admin.getByRole('button', { name: 'Check the records' }).click()
    await untilCounted(admin)
    await expect(admin.title()).resolves.toMatch(/^Error: /)
    await expect(admin.locator('.govuk-error-summary').textContent()).resolves.toContain("The council's ONS")
    await expectNoAccessibilityViolations(admin, 'client level data: empty quarter')
    await screenshot(admin, 'coproduction-cld-empty')
  })
})
