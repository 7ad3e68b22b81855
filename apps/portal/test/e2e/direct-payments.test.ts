import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { activePlanForPriya, todayInEngland } from '../support/direct-payments'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { demoAccount } from '../support/demo-account'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage as signInAs } from './browser'

// Issue 14 in a browser: Priya's plan is in force (Ravi, her son, manages her money as her nominated person). Chris,
// the finance officer, sets up her direct payment (a wrong field first), previews and pays a run (the same period
// again is refused); Ravi sees the payment in "Your money" and sends a prepaid-card statement with one bad row; Chris
// checks the return and records a surplus decision with its reason, which Ravi then reads. axe and 320px on each page.
let browser: Browser
let portal: RunningPortal
let personId = ''
let agreementPath = ''
const today = todayInEngland()
const [year = '', month = '', day = ''] = today.split('-')

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({ env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' } })
  personId = (await activePlanForPriya(portal)).personId
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function check(page: Page, name: string) {
  await expectNoAccessibilityViolations(page, name)
  await screenshot(page, `direct-payments-${name}`)
}

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? ''

describe('direct payments after the plan (issue 14)', () => {
  it('the finance officer sets up Priya’s direct payment, a wrong field named first with what was typed kept', async () => {
    const chris = await signInAs(browser, portal.url, 'finance')
    await chris.getByRole('link', { name: 'Direct payments' }).first().click()
    await check(chris, 'caseload-to-set-up')
    await chris
      .getByRole('table', { name: /Plans in force to set up/ })
      .getByRole('link', { name: 'Priya Shah' })
      .click()
    await check(chris, 'set-up')
    await chris.getByLabel('A person they nominate').check()
    await chris.getByLabel('Their name').fill('Ravi Shah')
    await chris.getByLabel('A prepaid card').check()
    await chris.getByLabel('Day').fill('30')
    await chris.getByLabel('Month').fill('2')
    await chris.getByLabel('Year').fill(year)
    await chris.getByLabel('Cost centre to charge').fill('ASC-DP-07')
    await chris.getByRole('button', { name: 'Agree the direct payment' }).click()
    await chris.locator('.govuk-error-summary').waitFor()
    expect(await chris.title()).toMatch(/^Error: /)
    const summary = (await chris.locator('.govuk-error-summary').textContent()) ?? ''
    expect(summary).toContain('The nominated person must agree to receive it')
    expect(summary).toContain('Enter the date payments start, as a real date')
    expect(await chris.getByLabel('Cost centre to charge').inputValue()).toBe('ASC-DP-07')
    expect(await chris.getByLabel('Their name').inputValue()).toBe('Ravi Shah')
    expect(await chris.getByLabel('A prepaid card').isChecked()).toBe(true)
    await check(chris, 'set-up-errors')

    await chris.getByLabel('The nominated person has agreed to receive the payments').check()
    await chris.getByLabel('Day').fill(String(Number(day)))
    await chris.getByLabel('Month').fill(String(Number(month)))
    await chris.getByRole('button', { name: 'Agree the direct payment' }).click()
    await chris.waitForURL(/\/finance\/direct-payments\/[0-9a-f-]{36}$/)
    agreementPath = new URL(chris.url()).pathname
    const agreement = await mainText(chris)
    expect(agreement).toContain('Ravi Shah (A person they nominate)')
    expect(agreement).toContain('How the payment was worked out')
    await check(chris, 'agreement')
  })

  it('previews the run with how each payment was worked out, pays it once and refuses the period again', async () => {
    const chris = await signInAs(browser, portal.url, 'finance')
    await chris.goto(`${portal.url}/finance/direct-payments`)
    await chris.getByRole('link', { name: 'Make a payment run' }).click()
    const preview = await mainText(chris)
    expect(preview).toContain('Priya Shah')
    expect(preview).toContain('ASC-DP-07')
    await check(chris, 'run-preview')
    const confirm = chris.getByRole('button', { name: /^Confirm and pay £[\d,]+\.\d\d$/ })
    const total = ((await confirm.textContent()) ?? '').replace('Confirm and pay ', '')
    // A second tab on the same preview: after the first confirms, the second is refused, saying when it was paid.
    const second = await chris.context().newPage()
    await second.goto(chris.url())
    await confirm.click()
    await chris.locator('.govuk-inset-text').waitFor()
    const paid = await mainText(chris)
    expect(paid).toMatch(new RegExp(`was paid on .*: \\d+ payments, ${total.replace(/[.$]/g, '\\$&')}`))
    expect(await chris.getByRole('link', { name: 'Download the CSV for the finance system' }).count()).toBe(1)
    await check(chris, 'run-paid')
    await second.getByRole('button', { name: /^Confirm and pay/ }).click()
    await second.locator('.govuk-error-summary').waitFor()
    expect(await second.title()).toMatch(/^Error: /)
    expect(await second.locator('.govuk-error-summary').textContent()).toMatch(
      /The period .* was already paid on .*: a period is paid once\./,
    )
    await check(second, 'run-refused')
  })

  it('Ravi sees the payment in Priya’s money, chart and table, and sends a card statement with one bad row', async () => {
    const ravi = await signInAs(browser, portal.url, 'representative')
    await ravi.goto(`${portal.url}/my-care`)
    await ravi.getByRole('link', { name: 'money of Priya Shah' }).click()
    expect(ravi.url()).toBe(`${portal.url}/people/${personId}/money`)
    const payments = ravi.getByRole('table', { name: 'Payments made' })
    expect(await payments.locator('tbody tr').count()).toBeGreaterThanOrEqual(1)
    expect(await mainText(ravi)).toContain('Your balance shows here once you have sent a return.')
    await check(ravi, 'money-before-return')

    await ravi.getByRole('link', { name: 'Send a return' }).click()
    await check(ravi, 'return')
    const date = `${day}/${month}/${year}`
    const csv = [
      'Transaction Date,Merchant,Credit,Debit,Balance',
      `${date},Council payment,15000.00,,15000.00`,
      `${date},PA wages,,twelve,14988.00`,
      `${date},PA wages,,40.00,14960.00`,
    ].join('\n')
    await ravi
      .getByLabel('Statement file (CSV)')
      .setInputFiles({ name: 'statement.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await ravi.getByRole('button', { name: 'Upload and send' }).click()
    await ravi.getByText('Return sent').first().waitFor()
    const sent = await mainText(ravi)
    expect(sent).toContain('Return sent')
    expect(sent).toContain('Line 3 of the statement could not be read, so it was not sent.')
    await check(ravi, 'return-sent')

    await ravi.goto(`${portal.url}/people/${personId}/money`)
    // The chart (an image named by its title) with its table beside it, holding the balance the statement ended on.
    expect(await ravi.getByRole('img', { name: 'Closing balance on each return' }).count()).toBe(1)
    expect(
      await ravi.getByRole('table', { name: 'Closing balance on each return' }).locator('tbody tr').allTextContents(),
    ).toEqual([expect.stringContaining('£14,960.00')])
    await check(ravi, 'money-after-return')
  })

  it('Ravi says which support the card spend was for; a second tab saving after the first is told so', async () => {
    const ravi = await signInAs(browser, portal.url, 'representative')
    await ravi.goto(`${portal.url}/people/${personId}/money`)
    await ravi
      .getByRole('link', { name: /^Return for / })
      .first()
      .click()
    const returnUrl = ravi.url()
    await check(ravi, 'spend-placement')
    const other = await ravi.context().newPage()
    await other.goto(returnUrl)
    await ravi.getByRole('combobox').first().selectOption({ index: 1 })
    await ravi.getByRole('button', { name: 'Save where the money went' }).click()
    await ravi.waitForURL(returnUrl)
    // The wrong move: saving from a page opened before the first save.
    await other.getByRole('combobox').first().selectOption({ index: 1 })
    await other.getByRole('button', { name: 'Save where the money went' }).click()
    await other.locator('.govuk-error-summary').waitFor()
    expect(await other.title()).toMatch(/^Error: /)
    expect(await other.locator('.govuk-error-summary').textContent()).toContain(
      'Someone else placed the spend on this return since you opened it',
    )
    await check(other, 'spend-placement-refused')
    await ravi.goto(returnUrl)
    expect(await ravi.getByRole('combobox').first().inputValue()).not.toBe('')
    await check(ravi, 'spend-placed')
  })

  it('Ravi attaches a bank statement to the return with JavaScript off (a web page first); Chris opens it', async () => {
    // A multipart form must work without JavaScript: sign in and send in a context that runs none.
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, javaScriptEnabled: false })
    const ravi = await context.newPage()
    const { email, password } = demoAccount('representative')
    await ravi.goto(`${portal.url}/sign-in`)
    await ravi.getByLabel('Email address').fill(email)
    await ravi.getByLabel('Password').fill(password)
    await ravi.getByRole('button', { name: 'Sign in' }).click()
    await ravi.goto(`${portal.url}/people/${personId}/money`)
    await ravi
      .getByRole('link', { name: /^Return for / })
      .first()
      .click()
    const returnUrl = ravi.url()
    expect(await mainText(ravi)).toContain('Documents sent with this return')
    await ravi.getByLabel('A bank statement').check()
    await ravi
      .getByLabel('Upload a file')
      .setInputFiles({ name: 'statement.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html></html>') })
    await ravi.getByRole('button', { name: 'Send this document' }).click()
    await ravi.locator('.govuk-error-summary').waitFor()
    expect(await ravi.title()).toMatch(/^Error: /)
    expect(await ravi.locator('.govuk-error-summary').textContent()).toContain(
      'The selected file must be a PDF, JPEG or PNG',
    )
    expect(await ravi.getByLabel('A bank statement').isChecked()).toBe(true)
    // axe and the 320px measure run inside the page, which needs JavaScript: the same pages are checked below with it on.
    await screenshot(ravi, 'direct-payments-document-refused-no-js')
    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n')
    await ravi
      .getByLabel('Upload a file')
      .setInputFiles({ name: 'march statement.pdf', mimeType: 'application/pdf', buffer: pdf })
    await ravi.getByRole('button', { name: 'Send this document' }).click()
    await ravi.getByRole('table', { name: 'Documents you have sent' }).waitFor()
    expect(ravi.url()).toBe(`${returnUrl}#documents`)
    expect(await ravi.title()).not.toMatch(/^Error: /)
    expect(await ravi.getByRole('table', { name: 'Documents you have sent' }).textContent()).toContain(
      'march statement.pdf',
    )
    await screenshot(ravi, 'direct-payments-document-sent-no-js')
    await context.close()

    const raviWithScript = await signInAs(browser, portal.url, 'representative')
    await raviWithScript.goto(returnUrl)
    await check(raviWithScript, 'document-sent')
    await raviWithScript.getByRole('button', { name: 'Send this document' }).click()
    await raviWithScript.locator('.govuk-error-summary').waitFor()
    const summary = (await raviWithScript.locator('.govuk-error-summary').textContent()) ?? ''
    expect(summary).toContain('Select what this document is')
    expect(summary).toContain('Select a file')
    await check(raviWithScript, 'document-refused')

    const chris = await signInAs(browser, portal.url, 'finance')
    await chris.goto(`${portal.url}${agreementPath}`)
    const documents = chris.getByRole('table', { name: 'Documents sent with this return' })
    expect(await documents.textContent()).toContain('A bank statement')
    await check(chris, 'document-to-open')
    const [download] = await Promise.all([
      chris.waitForEvent('download'),
      documents.getByRole('link', { name: 'march statement.pdf' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('march statement.pdf')
    expect(readFileSync(await download.path())).toEqual(pdf)
  })

  it('the practitioner records a direct-payment review held: an empty form named first', async () => {
    const dana = await signInAs(browser, portal.url, 'practitioner')
    const agreementId = agreementPath.split('/').at(-1) ?? ''
    await dana.goto(`${portal.url}/practitioner/direct-payments/${agreementId}/review`)
    await check(dana, 'review')
    await dana.getByRole('button', { name: 'Record the review' }).click()
    await dana.locator('.govuk-error-summary').waitFor()
    expect(await dana.title()).toMatch(/^Error: /)
    const summary = (await dana.locator('.govuk-error-summary').textContent()) ?? ''
    expect(summary).toContain('Choose the outcome of the review')
    expect(summary).toContain('Enter what the review found')
    await check(dana, 'review-errors')
    await dana.getByLabel('Day').fill(String(Number(day)))
    await dana.getByLabel('Month').fill(String(Number(month)))
    await dana.getByLabel('Year').fill(year)
    await dana.getByLabel('Direct payments remain an appropriate way to meet the needs').check()
    await dana.getByLabel('What the review found').fill('Ravi manages the card well.')
    await dana.getByRole('button', { name: 'Record the review' }).click()
    await dana.getByText(/Ravi manages the card well\. Next due by/).waitFor()
    expect(await dana.title()).not.toMatch(/^Error: /)
    await check(dana, 'review-recorded')
  })

  it('the officer checks the return and records a surplus decision with its reason, which Ravi reads', async () => {
    const chris = await signInAs(browser, portal.url, 'finance')
    await chris.goto(`${portal.url}/finance/direct-payments`)
    await chris
      .getByRole('table', { name: /Returns to check/ })
      .getByRole('link', { name: 'Priya Shah' })
      .click()
    expect(new URL(chris.url()).pathname).toBe(agreementPath)
    await check(chris, 'return-to-check')
    await chris.getByLabel('Reduce future payments until the surplus is used up').check()
    await chris.getByRole('button', { name: 'Record the decision' }).click()
    await chris.locator('.govuk-error-summary').waitFor()
    expect(await chris.title()).toMatch(/^Error: /)
    await check(chris, 'decision-errors')
    expect(await chris.getByLabel('Reduce future payments until the surplus is used up').isChecked()).toBe(true)
    await chris.getByLabel('Amount to recover, in pounds').fill('500')
    await chris
      .getByLabel('The reason for the decision')
      .fill('Ravi says the agency could not staff March; no planned use for the rest.')
    await chris.getByRole('button', { name: 'Record the decision' }).click()
    await chris.getByText(/^Checked on /).waitFor()
    expect(await chris.title()).not.toMatch(/^Error: /)
    await check(chris, 'decision-recorded')

    const ravi = await signInAs(browser, portal.url, 'representative')
    await ravi.goto(`${portal.url}/people/${personId}/money`)
    expect(await mainText(ravi)).toContain(
      'The council will recover £500.00 of the surplus (reduce future payments until the surplus is used up): Ravi says the agency could not staff March; no planned use for the rest.',
    )
    await check(ravi, 'money-after-decision')
  })

  it('the finance officer records employment evidence, a negative cover named first; Ravi sees what is missing', async () => {
    const chris = await signInAs(browser, portal.url, 'finance')
    await chris.goto(`${portal.url}${agreementPath}`)
    await chris.getByRole('link', { name: /Employment evidence/ }).click()
    await check(chris, 'evidence')
    await chris.getByLabel('Employer’s liability insurance').check()
    await chris.getByLabel(/The insurer, payroll provider/).fill('Independent Living Insurance')
    await chris.getByLabel(/For insurance: the amount it covers/).fill('-5000000')
    await chris.getByLabel('Day').fill('31')
    await chris.getByLabel('Month').fill('3')
    await chris.getByLabel('Year').fill(String(Number(year) + 1))
    await chris.getByRole('button', { name: 'Record the evidence' }).click()
    await chris.locator('.govuk-error-summary').waitFor()
    expect(await chris.title()).toMatch(/^Error: /)
    expect(await chris.locator('.govuk-error-summary').textContent()).toContain(
      'The amount the insurance covers must be 0 or more, not a negative amount',
    )
    expect(await chris.getByLabel(/The insurer, payroll provider/).inputValue()).toBe('Independent Living Insurance')
    expect(await chris.getByLabel('Employer’s liability insurance').isChecked()).toBe(true)
    await check(chris, 'evidence-errors')
    await chris.getByLabel(/For insurance: the amount it covers/).fill('10000000')
    await chris.getByRole('button', { name: 'Record the evidence' }).click()
    await chris.getByText(/Employer’s liability insurance: Independent Living Insurance, cover £10,000,000/).waitFor()
    await check(chris, 'evidence-recorded')

    const ravi = await signInAs(browser, portal.url, 'representative')
    await ravi.goto(`${portal.url}/people/${personId}/money`)
    const money = await mainText(ravi)
    expect(money).toContain('Employing personal assistants')
    expect(money).toContain('Payroll provider: no evidence held.')
    await check(ravi, 'money-evidence')
  })
})
