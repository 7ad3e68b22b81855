import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { demoPeople } from '@open-sds/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { decisionPageOf, eligibleWithBudget, recordEligibilityDecision } from '../support/eligibility-decision'
import { confirmedByFinance, sendFinancialAssessment } from '../support/financial-assessment'
import { readPdf } from '../support/read-pdf'
import { completeSelfAssessment } from '../support/self-assessment'
import { signedIn } from '../support/support-plan'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage } from './browser'

/*
 * Issue 15, "Decision letters", in a browser: Alex's charge is confirmed and his eligibility and budget decided (set up
 * over HTTP), then he downloads each letter from its page, as a file, and it is the letter of that decision. Both
 * pages checked with axe and at 320px.
 */

let browser: Browser
let portal: RunningPortal
const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({ env: { NODE_ENV: 'test' } })
  const citizen = await signedIn(portal, 'citizen')
  await sendFinancialAssessment(citizen, alex, {
    'about-you': { age: '40', pensionCreditAge: 'no', couple: 'no', disabilityPremium: 'no', costOfCare: '300' },
    capital: { savings: '1000', savingsJoint: 'no' },
    income: { esa: '300', careBenefit: 'none' },
    housing: { rent: '90' },
    costs: { basis: 'none' },
  })
  await confirmedByFinance(portal, alex)
  await completeSelfAssessment(citizen, alex)
  const practitioner = await signedIn(portal, 'practitioner')
  const decided = await recordEligibilityDecision(
    portal,
    practitioner,
    await decisionPageOf(practitioner),
    eligibleWithBudget,
  )
  expect(decided.status).toBe(302)
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

/** Follows the page's letter link as a person would: the browser saves the file, which is read back as a PDF. */
async function downloaded(page: Page, linkName: RegExp) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  return readPdf(new Uint8Array(await readFile(await download.path())))
}

describe('a person downloads their decision letters (issue 15)', () => {
  it('downloads the letter of the budget decision and of the charge, each from its page', async () => {
    const page = await signedInPage(browser, portal.url, 'citizen')
    await page.goto(`${portal.url}/people/${alex}/budget`)
    const budgetLetter = await downloaded(page, /^Download the decision letter \(PDF, \d+ KB\)$/)
    expect(budgetLetter.info.Title).toBe('Your eligibility and personal budget decision')
    expect(budgetLetter.text).toContain('Your personal budget is £312.50 a week')
    await expectNoAccessibilityViolations(page, 'budget-with-letter')
    await screenshot(page, 'decision-letter-budget')

    await page.goto(`${portal.url}/people/${alex}/financial-assessment/result`)
    const weekly = (await page.locator('#weekly-charge').textContent())?.trim() ?? ''
    expect(weekly).toMatch(/^£[\d,]+\.\d\d a week$/)
    const chargeLetter = await downloaded(page, /^Download the charge letter \(PDF, \d+ KB\)$/)
    expect(chargeLetter.info.Title).toBe('Your charge for care and support')
    expect(chargeLetter.text).toContain(`You will pay ${weekly} towards the cost of your care and support.`)
    await expectNoAccessibilityViolations(page, 'charge-with-letter')
    await screenshot(page, 'decision-letter-charge')
  })
})
