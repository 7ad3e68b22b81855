import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage as signInAs } from './browser'

const PRIYA = '0b7e4f7c-1a2b-4c3d-8e4f-5a6b7c8d9e02'

// Issue 16: Ravi, who cares for his mother Priya, asks for support as a carer in his own name; Dana determines his
// eligibility from his answers; Ravi reads the decision and its reasons; Dana agrees his plan and budget with him (a
// budget above the council's maximum first); Chris in finance sets the budget up as a direct payment (a missing choice
// first); Ravi reads it and changes his emergency plan (an empty answer first).
// Each page is checked with axe and at 320px.
let browser: Browser
let portal: RunningPortal

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal()
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function check(page: Page, name: string) {
  await expectNoAccessibilityViolations(page, name)
  await screenshot(page, `carers-${name}`)
}

/** What Ravi answers on each page of his self-assessment, by the last part of its address. */
async function answer(page: Page, questionId: string) {
  if (questionId === 'caring-tasks')
    await page.getByLabel('What do you do for the person you care for?').fill('I wash and dress Mum and cook for her')
  if (questionId === 'hours-caring')
    await page.getByLabel('About how many hours a week do you spend caring?').fill('50')
  if (questionId === 'able-and-willing') await page.getByLabel('Yes, but only with more support').check()
  if (questionId === 'hard-to-do') await page.getByLabel('Engaging in recreational activities').check()
  if (questionId === 'health') await page.getByLabel('It could if things carry on as they are').check()
  if (questionId === 'what-matters')
    await page.getByLabel('What would you like to be different for you?').fill('An evening a week at my choir')
  if (questionId === 'carers-centre-contact') await page.getByLabel('Yes').check()
}

describe('support for a carer', () => {
  it('walks a carer’s self-assessment to a determination the carer reads with its reasons', async () => {
    const ravi = await signInAs(browser, portal.url, 'representative')
    await ravi.goto(`${portal.url}/my-care`)
    await ravi.getByRole('link', { name: 'Support for you as a carer' }).click()
    await check(ravi, 'overview-empty')
    await ravi.getByRole('link', { name: 'Tell us about someone you care for' }).click()
    await check(ravi, 'cares-for')
    await ravi.getByLabel('Their council reference (optional)').fill('no-such-person')
    await ravi.getByLabel('Someone else').check()
    await ravi.getByLabel('Their full name').fill('Rose Shah')
    await ravi.getByLabel('How are you related to them?').fill('My aunt')
    await ravi.getByRole('button', { name: 'Save' }).click()
    expect(await ravi.title()).toMatch(/^Error: /)
    expect(await ravi.locator('.govuk-error-summary').textContent()).toContain(
      'We cannot find anyone with that reference whose record you can see',
    )
    expect(await ravi.getByLabel('Their full name').inputValue()).toBe('Rose Shah')
    await check(ravi, 'cares-for-errors')
    await ravi.getByLabel('Priya Shah').check()
    await ravi.getByLabel('Their council reference (optional)').fill('')
    await ravi.getByLabel('How are you related to them?').fill('My mother')
    await ravi.getByRole('button', { name: 'Save' }).click()
    expect(await ravi.locator('main').textContent()).toContain('Priya Shah (My mother)')

    await ravi.getByRole('button', { name: 'Start your self-assessment' }).click()
    for (let step = 0; step < 12 && !ravi.url().endsWith('/check'); step += 1) {
      const questionId = ravi.url().split('/').at(-1) ?? ''
      await check(ravi, `question-${questionId}`)
      await answer(ravi, questionId)
      await ravi.getByRole('button', { name: 'Continue' }).click()
    }
    expect(ravi.url()).toMatch(/\/carers\/self-assessment\/check$/)
    await check(ravi, 'check')
    await ravi.getByRole('button', { name: 'Send your self-assessment' }).click()
    await check(ravi, 'overview-sent')

    const dana = await signInAs(browser, portal.url, 'practitioner')
    await dana.getByRole('link', { name: /^Team queue \(\d+\)$/ }).click()
    const frontDoor = dana.locator('section', {
      has: dana.getByRole('heading', { name: 'Adult social care front door' }),
    })
    await frontDoor
      .getByRole('row', { name: /Carer’s self-assessment/ })
      .getByRole('link')
      .first()
      .click()
    await dana.getByRole('link', { name: 'Read the carer’s self-assessment and determine eligibility' }).click()
    expect(await dana.locator('main').textContent()).toContain('I wash and dress Mum and cook for her')
    await check(dana, 'determination')
    await dana
      .getByRole('group', { name: /necessary care/ })
      .getByLabel('Yes')
      .check()
    await dana.getByRole('button', { name: 'Record the determination' }).click()
    // Wait for the answer: the summary is read only once the page with it has arrived (it read empty once under load).
    await dana.locator('.govuk-error-summary').waitFor()
    expect(await dana.locator('.govuk-error-summary').textContent()).toContain(
      'The reason the needs do or do not arise from providing necessary care is required',
    )
    await check(dana, 'determination-errors')
    await dana.getByLabel('Why').first().fill('Priya cannot wash or dress without him')
    await dana
      .getByRole('group', { name: /health/ })
      .getByLabel('No')
      .check()
    await dana.getByLabel('Why').nth(1).fill('He reports no change in his health')
    await dana.getByLabel('Engaging in recreational activities').check()
    await dana.getByLabel('How they are unable to achieve each outcome you selected').fill('No choir for a year')
    await dana
      .getByRole('group', { name: /wellbeing/ })
      .getByLabel('Yes')
      .check()
    await dana.getByLabel('The impact on their wellbeing').fill('He feels isolated and low')
    await dana.getByRole('button', { name: 'Record the determination' }).click()
    expect(await dana.locator('main').textContent()).toContain('Recorded on')
    await check(dana, 'determined')

    // A combined assessment with Priya's (Care Act s12(5)): Ravi starts his mother's self-assessment; Dana records
    // each agreement, nothing chosen first; both assessments then show the combination.
    await ravi.goto(`${portal.url}/people/${PRIYA}/self-assessment`)
    await ravi.getByRole('button', { name: 'Start now' }).click()
    await dana
      .getByRole('link', {
        name: 'Record an agreement to combine this assessment with the cared-for person’s, or its withdrawal',
      })
      .click()
    await check(dana, 'combined')
    await dana.getByRole('button', { name: 'Record their word' }).click()
    expect(await dana.title()).toMatch(/^Error: /)
    expect(await dana.locator('.govuk-error-summary').textContent()).toContain('Select whose agreement this is')
    await check(dana, 'combined-errors')
    for (const party of ['Ravi Shah, the carer', 'The person cared for']) {
      await dana.getByLabel(/^Priya Shah’s self-assessment/).check()
      await dana.getByLabel(party).check()
      await dana.getByLabel('They agree to a combined assessment').check()
      await dana.getByRole('button', { name: 'Record their word' }).click()
    }
    await dana.getByRole('link', { name: 'Back to the carer’s self-assessment' }).click()
    const combined = (await dana.locator('main').textContent()) ?? ''
    expect(combined).toContain('Combined with Priya Shah’s assessment (not yet sent).')
    expect(combined).toContain('Priya Shah (the person cared for) agreed on')
    await check(dana, 'combined-agreed')

    await ravi.goto(`${portal.url}/carers`)
    const decision = (await ravi.locator('main').textContent()) ?? ''
    expect(decision).toContain('we decided that you have eligible needs for support as a carer')
    expect(decision).toContain('No choir for a year')
    await check(ravi, 'overview-decided')

    // The second half: Dana agrees Ravi's plan and budget with him; he reads it and changes his emergency plan.
    await dana.getByRole('link', { name: 'Agree the carer’s support plan and budget' }).click()
    expect(await dana.locator('main').textContent()).toContain('Indicative budget: £300.00 once')
    await check(dana, 'plan')
    await dana.getByLabel('What the carer wants to achieve, in their own words').fill('An evening a week at my choir')
    const first = dana.getByRole('group', { name: 'Support 1', exact: true })
    await first.getByLabel('What the support is').fill('Choir membership for a year')
    await first.getByLabel('The carer', { exact: true }).check()
    await first.getByLabel('What it costs, in pounds').fill('250')
    await dana.getByLabel('One-off').check()
    await dana.getByLabel('The budget, in pounds').fill('650')
    await dana.getByLabel('A direct payment to the carer').check()
    await dana.getByLabel('Who steps in').fill('My brother Sunil')
    await dana.getByLabel('What they need to know').fill('Mum takes her tablets at 8 and 6')
    await dana.getByLabel('How to reach them').fill('07700 900123')
    await dana.getByLabel('The carer agrees to this plan and budget').check()
    await dana.getByRole('button', { name: 'Agree the plan and budget' }).click()
    expect(await dana.title()).toMatch(/^Error: /)
    expect(await dana.locator('.govuk-error-summary').textContent()).toContain(
      'The budget must be no more than £500.00, the council’s most for a one-off carer’s budget',
    )
    expect(await dana.getByLabel('The budget, in pounds').inputValue()).toBe('650')
    expect(await first.getByLabel('What the support is').inputValue()).toBe('Choir membership for a year')
    await check(dana, 'plan-errors')
    await dana.getByLabel('The budget, in pounds').fill('300')
    await dana.getByRole('button', { name: 'Agree the plan and budget' }).click()
    expect(await dana.locator('main').textContent()).toContain('Budget £300.00 once: a direct payment to the carer.')
    await check(dana, 'plan-agreed')

    // The finance officer sets up Ravi's budget as a direct payment: no way to hold the money and no date first.
    const chris = await signInAs(browser, portal.url, 'finance')
    await chris.getByRole('link', { name: 'Direct payments' }).first().click()
    await chris
      .getByRole('table', { name: /Carers’ budgets to set up/ })
      .getByRole('link', { name: 'Ravi Shah' })
      .click()
    expect(await chris.locator('main').textContent()).toContain('£300.00 once, paid to them as a direct payment')
    await check(chris, 'direct-payment-set-up')
    await chris.getByLabel('Cost centre to charge').fill('ASC-CARERS')
    await chris.getByRole('button', { name: 'Agree the direct payment' }).click()
    await chris.locator('.govuk-error-summary').waitFor()
    expect(await chris.title()).toMatch(/^Error: /)
    const summary = (await chris.locator('.govuk-error-summary').textContent()) ?? ''
    expect(summary).toContain('Choose how the carer holds the money: a bank account or a prepaid card')
    expect(await chris.getByLabel('Cost centre to charge').inputValue()).toBe('ASC-CARERS')
    await check(chris, 'direct-payment-set-up-errors')
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()).split('-')
    await chris.getByLabel('A prepaid card').check()
    await chris.getByLabel('Day').fill(String(Number(today[2])))
    await chris.getByLabel('Month').fill(String(Number(today[1])))
    await chris.getByLabel('Year').fill(today[0] ?? '')
    await chris.getByRole('button', { name: 'Agree the direct payment' }).click()
    await chris.waitForURL(/\/finance\/direct-payments\/[0-9a-f-]{36}$/)
    expect(await chris.locator('main').textContent()).toContain('A one-off budget of £300.00, paid once on')
    await check(chris, 'direct-payment-agreed')

    await ravi.goto(`${portal.url}/carers`)
    await ravi.getByRole('link', { name: 'Your plan and budget' }).click()
    const plan = (await ravi.locator('main').textContent()) ?? ''
    expect(plan).toContain('Your personal budget: £300.00 once')
    expect(plan).toContain('£300.00 once, within the one-off maximum of £500.00.')
    expect(plan).toContain('The council does not charge carers for support provided to them.')
    expect(plan).toContain('My brother Sunil')
    await check(ravi, 'your-plan')
    await ravi.getByRole('link', { name: 'Change your emergency plan' }).click()
    await ravi.getByLabel('Who steps in if you cannot care').fill('My sister Anita')
    await ravi.getByLabel('What they need to know').fill('')
    await ravi.getByRole('button', { name: 'Save your emergency plan' }).click()
    expect(await ravi.locator('.govuk-error-summary').textContent()).toContain('Enter what they need to know')
    expect(await ravi.getByLabel('Who steps in if you cannot care').inputValue()).toBe('My sister Anita')
    await check(ravi, 'emergency-plan-errors')
    await ravi.getByLabel('What they need to know').fill('Mum’s tablets are in the kitchen drawer')
    await ravi.getByRole('button', { name: 'Save your emergency plan' }).click()
    expect(await ravi.locator('main').textContent()).toContain('My sister Anita')
    await check(ravi, 'your-plan-changed')
  })
})
