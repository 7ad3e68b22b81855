import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage as signInAs } from './browser'

let browser: Browser
let portal: RunningPortal
const signedInPage = (key: string) => signInAs(browser, portal.url, key)

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({ env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' } })
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

/** Answers question pages, choosing the option at `pick` of each list, until the check-your-answers page or `limit` pages. */
async function answerQuestions(page: Page, pick: 'first' | 'last', limit = 40): Promise<number> {
  let answered = 0
  while (!page.url().endsWith('/self-assessment/check') && answered < limit) {
    const choices = page.locator('input[name="answer"][type="radio"], input[name="answer"][type="checkbox"]')
    const count = await choices.count()
    expect(count, `question page ${page.url()} offers choices`).toBeGreaterThan(0)
    await choices.nth(pick === 'first' ? 0 : count - 1).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    answered += 1
  }
  return answered
}

describe('the self-assessment and indicative budget (Northmoor, illustrative)', () => {
  it('takes a person from start to an explained budget, one question per page, saving as they go', async () => {
    let page = await signedInPage('citizen')
    await page.getByRole('link', { name: 'Your self-assessment and personal budget' }).click()
    await expectNoAccessibilityViolations(page, 'self-assessment start')
    await screenshot(page, 'county-self-assessment-start')
    expect(await page.locator('.govuk-warning-text').textContent()).toContain('illustrative')
    await page.getByRole('button', { name: 'Start now' }).click()

    // Continue with nothing chosen: an error, in GOV.UK's pattern, and nothing lost.
    const firstQuestion = page.url()
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(page.url()).toBe(firstQuestion)
    expect(await page.title()).toMatch(/^Error: /)
    expect(await page.locator('.govuk-error-summary').textContent()).toMatch(/Select/)
    await expectNoAccessibilityViolations(page, 'question with an error')
    await screenshot(page, 'county-self-assessment-question-error')

    await answerQuestions(page, 'last', 3)
    const resumeAt = page.url()
    await page.locator('input[name="answer"]').last().check()
    await page.getByRole('button', { name: 'Save and come back later' }).click()
    expect(await page.locator('main').textContent()).toMatch(/You have answered [1-9]\d* of \d+ questions/)

    // Close the browser and come back: the answers are still there and the person carries on where they were.
    await page.context().close()
    page = await signedInPage('citizen')
    await page.goto(`${portal.url}${new URL(resumeAt).pathname.replace(/\/[^/]+$/, '')}`)
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(page.url()).not.toBe(resumeAt)
    await page.goto(resumeAt)
    expect(await page.locator('input[name="answer"]:checked').count()).toBe(1)
    await page.getByRole('button', { name: 'Continue' }).click()
    await answerQuestions(page, 'first')

    expect(new URL(page.url()).pathname).toMatch(/\/self-assessment\/check$/)
    await expectNoAccessibilityViolations(page, 'check your answers')
    await screenshot(page, 'county-self-assessment-check')
    // Change an answer from check-your-answers and come straight back.
    await page
      .getByRole('link', { name: /^Change/ })
      .first()
      .click()
    await page.locator('input[name="answer"]').first().check()
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(new URL(page.url()).pathname).toMatch(/\/self-assessment\/check$/)

    await page.getByRole('button', { name: 'Send and see the indicative budget' }).click()
    expect(new URL(page.url()).pathname).toMatch(/\/budget$/)
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toMatch(/£[\d,]+\.\d{2} a week/)
    expect(main).toContain('How this was worked out')
    expect(main).toContain('indicative')
    expect(main).toMatch(/illustrative/i)
    expect(main).toMatch(/Worked out with .+ version .+/)
    await expectNoAccessibilityViolations(page, 'indicative budget')
    await screenshot(page, 'county-indicative-budget')
    await page.context().close()
  })

  it('lets a representative complete it on behalf of the person, and says so', async () => {
    const page = await signedInPage('representative')
    await page.getByRole('link', { name: /self-assessment for/ }).click()
    expect(await page.locator('main').textContent()).toContain('You are completing this on behalf of')
    await page.getByRole('button', { name: 'Start now' }).click()
    await answerQuestions(page, 'last')
    await page.getByRole('button', { name: 'Send and see the indicative budget' }).click()
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toContain('completed by a representative on behalf of')
    await expectNoAccessibilityViolations(page, 'budget completed by a representative')
    await screenshot(page, 'county-indicative-budget-representative')
    await page.context().close()
  })

  it('lets the practitioner record eligibility against the answers and agree the budget', async () => {
    const page = await signedInPage('practitioner')
    expect(await page.locator('main').textContent()).toContain('Needs a decision')
    await expectNoAccessibilityViolations(page, 'caseload with sent self-assessments')
    await page.getByRole('link', { name: 'Priya Shah' }).first().click()
    await expectNoAccessibilityViolations(page, 'eligibility decision')
    await screenshot(page, 'county-eligibility-decision')
    await page.locator('input[name="impairment"][value="yes"]').check()
    await page.getByLabel('Why').fill('Dementia')
    await page.locator('input[name="outcomes"][value="nutrition"]').check()
    await page.locator('input[name="outcomes"][value="hygiene"]').check()
    await page
      .getByLabel('How the person is unable to achieve each outcome selected')
      .fill('Needs prompting to eat and help to wash')
    await page.locator('input[name="wellbeing"][value="yes"]').check()
    await page.getByLabel('The impact on their wellbeing').fill('Losing weight')
    await page.locator('input[name="fluctuates"][value="no"]').check()
    await page.locator('input[name="budgetDecision"][value="agree"]').check()
    await page.getByRole('button', { name: 'Record the decision' }).click()
    expect(new URL(page.url()).pathname).toBe('/practitioner')
    expect(await page.locator('main').textContent()).toMatch(/Eligible, £[\d,]+\.\d{2} a week agreed/)
    await screenshot(page, 'county-caseload-decided')
    await page.context().close()
  })

  it('lets a council administrator calibrate on historic cases and see the fit as a chart', async () => {
    const page = await signedInPage('council-admin')
    await page.goto(`${portal.url}/admin/ras`)
    await expectNoAccessibilityViolations(page, 'RAS administration')
    await page.setInputFiles(
      'input[name="cases"]',
      path.resolve(import.meta.dirname, '../../../../plugins/example-county/data/synthetic-cases.csv'),
    )
    await page.getByRole('button', { name: 'Run the calibration' }).click()
    expect(await page.locator('main').textContent()).toMatch(/Fitted on 240 cases/)
    expect(await page.getByRole('img', { name: /Historic weekly cost against points/ }).count()).toBe(1)
    await expectNoAccessibilityViolations(page, 'calibration report')
    await screenshot(page, 'county-ras-calibration')
    await page.context().close()
  })
})
