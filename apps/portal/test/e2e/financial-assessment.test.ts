import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient } from '@open-sds/portal-harness'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { completeSelfAssessment } from '../support/self-assessment'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage as signInAs } from './browser'
import { demoAccount as account } from '../support/demo-account'

let browser: Browser
let portal: RunningPortal
const signedInPage = (key: string) => signInAs(browser, portal.url, key)
let personId: string

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({ env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' } })
  // The citizen sends a self-assessment first, so they have a personal budget: the cost of their care.
  const citizen = new PortalClient(portal.url)
  await citizen.signIn(account('citizen').email, account('citizen').password)
  personId = /href="\/people\/([^"/]+)"/.exec(await (await citizen.get('/my-care')).text())?.[1] ?? ''
  await completeSelfAssessment(citizen, personId)
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function expectError(page: Page, message: RegExp, label: string, shot: string) {
  expect(await page.title()).toMatch(/^Error: /)
  expect(await page.locator('.govuk-error-summary').textContent()).toMatch(message)
  await expectNoAccessibilityViolations(page, label)
  await screenshot(page, shot)
}

describe('financial assessment, review, budget shares, estimate and uprating (Northmoor)', () => {
  it('a citizen completes a financial assessment with save and resume, evidence, and sees the itemised charge', async () => {
    let page = await signedInPage('citizen')
    await page.goto(`${portal.url}/people/${personId}/financial-assessment`)
    await expectNoAccessibilityViolations(page, 'financial assessment start')
    await screenshot(page, 'charging-start')
    await page.getByRole('button', { name: 'Start now' }).click()

    // About you: an age in words is refused, plainly, and what was typed is kept.
    await page.getByLabel('How old are you?').fill('sixty-five')
    await page.locator('#pensionCreditAge-no').check()
    await page.locator('#couple-no').check()
    await page.locator('#disabilityPremium-no').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expectError(page, /Your age must be a whole number/, 'about you with an error', 'charging-about-you-error')
    expect(await page.getByLabel('How old are you?').inputValue()).toBe('sixty-five')
    expect(await page.locator('#couple-no').isChecked()).toBe(true)
    await page.getByLabel('How old are you?').fill('65')
    await page.getByRole('button', { name: 'Continue' }).click()

    // Capital given as text is refused, and kept.
    await page.getByLabel('Savings and investments').fill('about twelve thousand')
    await page.getByRole('button', { name: 'Continue' }).click()
    await expectError(
      page,
      /Savings and investments must be an amount of money in numbers/,
      'capital with an error',
      'charging-capital-error',
    )
    expect(await page.getByLabel('Savings and investments').inputValue()).toBe('about twelve thousand')
    await page.getByLabel('Savings and investments').fill('£12,000')
    await page.locator('#savingsJoint-no').check()
    await page.getByRole('button', { name: 'Continue' }).click()

    // Negative income is refused.
    await page.getByLabel('Employment and Support Allowance').fill('-140')
    await page.locator('#careBenefit-pip-daily-living').check()
    await page.getByLabel('How much of that benefit do you get?').fill('73.90')
    await page.locator('#careBenefitHigherRate-no').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expectError(
      page,
      /Employment and Support Allowance must be 0 or more, not a negative amount/,
      'income with an error',
      'charging-income-error',
    )
    // Income is given as it is paid, with how often (issue 20): here every 4 weeks.
    await page.getByLabel('Employment and Support Allowance').fill('560.00')
    await page.locator('#esaPer-four-weeks').check()
    // Save and come back later: the answers are kept and the person resumes at the next section.
    await page.getByRole('button', { name: 'Save and come back later' }).click()
    expect(await page.locator('main').textContent()).toContain('You have answered 3 of 5 sections')
    await page.context().close()
    page = await signedInPage('citizen')
    await page.goto(`${portal.url}/people/${personId}/financial-assessment`)
    await page.getByRole('link', { name: 'Continue your financial assessment' }).click()
    expect(page.url()).toMatch(/\/financial-assessment\/housing$/)
    await expectNoAccessibilityViolations(page, 'housing costs')

    await page.getByLabel('Rent').fill('100')
    await page.getByLabel('Housing Benefit').fill('80')
    await page.getByLabel('Council Tax', { exact: true }).fill('25')
    await page.getByRole('button', { name: 'Continue' }).click()

    await expectNoAccessibilityViolations(page, 'disability-related costs')
    await screenshot(page, 'charging-costs')
    await page.getByLabel(/Use the standard allowance of £20.00 a week/).check()
    await page.getByRole('button', { name: 'Continue' }).click()

    // Evidence: a wrong kind of file is refused; a PDF is kept.
    await page.locator('#category').check()
    await page.setInputFiles('#file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a pdf') })
    await page.getByRole('button', { name: 'Upload this file' }).click()
    await expectError(page, /must be a PDF, JPEG or PNG/, 'evidence with an error', 'charging-evidence-error')
    await page.locator('#category').check()
    await page.setInputFiles('#file', {
      name: 'esa-letter.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% ESA award letter\n'),
    })
    await page.getByRole('button', { name: 'Upload this file' }).click()
    expect(await page.locator('#evidence-sent').textContent()).toContain('esa-letter.pdf')
    await expectNoAccessibilityViolations(page, 'evidence')
    await screenshot(page, 'charging-evidence')
    await page.getByRole('button', { name: 'Continue' }).click()

    await expectNoAccessibilityViolations(page, 'check your answers')
    await screenshot(page, 'charging-check')
    expect(await page.locator('main').textContent()).toContain('£560.00 every 4 weeks')
    await page.getByRole('button', { name: 'Send and see my charge' }).click()

    // £560.00 every 4 weeks is £140.00 a week (regulation 11). 2026/27: £140.00 + £73.90 = £213.90, less MIG £120.40, housing £45.00 and Northmoor's £20.00 allowance leaves
    // £28.50; Northmoor takes 90%.
    expect(await page.locator('#weekly-charge').textContent()).toBe('£25.65 a week')
    const explanation = await page.locator('#charge-explanation').textContent()
    expect(explanation).toContain('standard allowance of £20.00')
    expect(explanation).toContain('Employment and Support Allowance: £140.00 a week (£560.00 every 4 weeks / 4')
    // The rules version is for the finance officer, not the person (issue 19).
    expect(await page.locator('main').textContent()).not.toContain('charging-rules-')
    await expectNoAccessibilityViolations(page, 'weekly charge')
    await screenshot(page, 'charging-result')
  })

  it('a finance officer corrects it with a reason (a new version), then confirms it', async () => {
    const page = await signedInPage('finance')
    await expectNoAccessibilityViolations(page, 'finance queue')
    await screenshot(page, 'charging-finance-queue')
    await page.getByRole('link', { name: 'Alex Morgan' }).click()
    expect(await page.locator('#evidence').textContent()).toContain('esa-letter.pdf')
    await expectNoAccessibilityViolations(page, 'finance review')
    await screenshot(page, 'charging-finance-review')

    await page.getByText('Correct the answers').click()
    await page.getByLabel('Rent').fill('110')
    await page.getByRole('button', { name: 'Record the correction' }).click()
    await expectError(
      page,
      /Enter the reason for the correction/,
      'correction without a reason',
      'charging-finance-correction-error',
    )
    expect(await page.getByLabel('Rent').inputValue()).toBe('110')
    await page.getByLabel('Reason for the correction').fill('The tenancy agreement shows rent of £110 a week')
    await page.getByRole('button', { name: 'Record the correction' }).click()
    expect(await page.locator('main').textContent()).toContain('Weekly charge: £16.65')
    expect(await page.locator('main').textContent()).toContain('The tenancy agreement shows rent of £110 a week')

    await page.getByRole('button', { name: 'Confirm this charge' }).click()
    expect(page.url()).toMatch(/\/finance$/)
    expect(await page.locator('main').textContent()).not.toContain('Alex Morgan')
  })

  it("the citizen's budget page shows the council's share and their own", async () => {
    const page = await signedInPage('citizen')
    await page.goto(`${portal.url}/people/${personId}/budget`)
    const shares = await page.locator('#budget-shares').textContent()
    expect(shares).toMatch(/The council pays£[\d,]+\.\d\d a week/)
    expect(shares).toContain('You pay£16.65 a week')
    expect(shares).toContain('The cost of your care is taken to be your indicative weekly personal budget')
    await expectNoAccessibilityViolations(page, 'budget with shares')
    await screenshot(page, 'charging-budget-shares')
    await page.goto(`${portal.url}/people/${personId}/financial-assessment/result`)
    expect(await page.locator('main').textContent()).toContain(
      'Reason: The tenancy agreement shows rent of £110 a week',
    )
  })

  it('anyone can get an estimate without an account, clearly labelled an estimate', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${portal.url}/charging-estimate`)
    await expectNoAccessibilityViolations(page, 'estimate form')
    await page.getByLabel('How old are you?').fill('80')
    await page.locator('#pensionCreditAge').check()
    await page.getByLabel('Savings and investments').fill('lots')
    await page.getByLabel('Pensions and benefits').fill('300')
    await page.getByLabel('Housing costs').fill('20')
    await page.getByLabel('Weekly cost of your care and support').fill('250')
    await page.getByRole('button', { name: 'Estimate my charge' }).click()
    await expectError(
      page,
      /Savings and investments must be an amount of money/,
      'estimate with an error',
      'charging-estimate-error',
    )
    expect(await page.getByLabel('Pensions and benefits').inputValue()).toBe('300')
    await page.getByLabel('Savings and investments').fill('16,000')
    await page.getByRole('button', { name: 'Estimate my charge' }).click()
    const estimate = await page.locator('#estimate').textContent()
    expect(estimate).toContain('Estimated weekly charge')
    expect(estimate).toContain('This is only an estimate')
    await expectNoAccessibilityViolations(page, 'estimate')
    await screenshot(page, 'charging-estimate')
    await context.close()
  })

  it('a council administrator previews the yearly uprating, is refused a date outside every rate table, and confirms it', async () => {
    const page = await signedInPage('council-admin')
    await page.goto(`${portal.url}/admin/uprating?day=6&month=4&year=2031`)
    expect(await page.locator('.govuk-error-summary').textContent()).toMatch(/No rate table covers 6 April 2031/)
    await expectNoAccessibilityViolations(page, 'uprating with an error')
    await page.goto(`${portal.url}/admin/uprating?day=6&month=4&year=2026`)
    const totals = await page.locator('#uprating-totals').textContent()
    expect(totals).toContain('People3')
    expect(await page.locator('#uprating-changes').textContent()).toContain('Priya Shah')
    await expectNoAccessibilityViolations(page, 'uprating preview')
    await screenshot(page, 'charging-uprating-preview')
    await page.getByRole('button', { name: 'Confirm and uprate 3 charges' }).click()
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('3 charges were uprated')
    await expectNoAccessibilityViolations(page, 'uprating done')
  })
})
