import { penceToPounds } from '@open-sds/kernel'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient, csrfTokenIn } from '@open-sds/portal-harness'
import { startPortal, type RunningPortal } from '../support/portal-process'
import { completeSelfAssessment } from '../support/self-assessment'
import { expectNoAccessibilityViolations, launchChromium, screenshot, signedInPage as signInAs } from './browser'
import { demoAccount as account } from '../support/demo-account'

let browser: Browser
let portal: RunningPortal
const signedInPage = (key: string) => signInAs(browser, portal.url, key)
let personId: string

/** Ravi sends his mother's self-assessment and the practitioner agrees the budget, over HTTP: the plan starts after that. */
async function agreeABudget(): Promise<string> {
  const representative = new PortalClient(portal.url)
  await representative.signIn(account('representative').email, account('representative').password)
  const id = /href="\/people\/([^"/]+)"/.exec(await (await representative.get('/my-care')).text())?.[1] ?? ''
  await completeSelfAssessment(representative, id)
  const practitioner = new PortalClient(portal.url)
  await practitioner.signIn(account('practitioner').email, account('practitioner').password)
  const decision = `/practitioner/assessments/${/href="\/practitioner\/assessments\/([^"]+)"/.exec(await (await practitioner.get('/practitioner')).text())?.[1]}`
  const body = new URLSearchParams({
    csrf: csrfTokenIn(await (await practitioner.get(decision)).text()),
    impairment: 'yes',
    impairmentReason: 'Dementia',
    outcomesHow: 'Needs help to wash and to get out',
    wellbeing: 'yes',
    wellbeingImpact: 'Lonely and losing weight',
    fluctuates: 'no',
    budgetDecision: 'agree',
  })
  body.append('outcomes', 'hygiene')
  body.append('outcomes', 'community')
  const decided = await fetch(new URL(decision, portal.url), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: practitioner.cookieHeader() },
    body: body.toString(),
  })
  if (decided.status !== 302) throw new Error(`test setup: recording eligibility gave ${decided.status}`)
  return id
}

beforeAll(async () => {
  browser = await launchChromium()
  portal = await startPortal({ env: { OPEN_SDS_PLUGINS: '@open-sds/plugin-example-county' } })
  personId = await agreeABudget()
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function checked(page: Page, label: string, name: string) {
  await expectNoAccessibilityViolations(page, label)
  await screenshot(page, name)
}

async function addSupport(
  page: Page,
  support: { outcome: string; provider: string; description: string; often: string; count: string; cost: string },
) {
  await page.getByRole('group', { name: 'Which outcome is it for?' }).getByLabel(support.outcome).check()
  await page.getByLabel(support.provider).check()
  await page.getByLabel('What is the support?').fill(support.description)
  await page.getByLabel(support.often).check()
  await page.getByLabel('How many times').fill(support.count)
  await page.getByLabel('Cost each time').fill(support.cost)
  await page.getByRole('button', { name: /^Save (and add another|this support)$/ }).click()
}

describe('a support plan from first draft to review (issue 4)', () => {
  it('is built step by step, sent, agreed, changed within its outcomes, reviewed and revised', async () => {
    const person = await signedInPage('representative')
    await person.getByRole('link', { name: /support plan\s*for Priya Shah/ }).click()
    await checked(person, 'plan start', 'plan-01-start')
    await person.getByRole('button', { name: 'Start your support plan' }).click()

    // Who is involved.
    expect(new URL(person.url()).pathname).toBe(`/people/${personId}/plan/people`)
    await person.getByLabel('Name').nth(1).fill('Ravi Shah')
    await person.getByLabel('How they helped').nth(1).selectOption('family-or-friend')
    await person.getByLabel('Their name').fill('Ravi Shah')
    await person.getByRole('radio', { name: 'Someone they nominate' }).check()
    await checked(person, 'plan: who is involved', 'plan-02-people')
    await person.getByRole('button', { name: 'Save and continue' }).click()

    // Outcomes in her own words, linked to framework outcomes.
    await person.getByLabel('The outcome, in your own words').fill('I want to get to church every Sunday')
    await person
      .getByLabel('Making use of necessary facilities or services in the local community', { exact: false })
      .check()
    await person.getByRole('button', { name: 'Save and add another' }).click()
    await person
      .getByLabel('The outcome, in your own words')
      .fill('I want to wash and dress in the morning without rushing')
    await person.getByLabel('Maintaining personal hygiene').check()
    await person.getByRole('button', { name: 'Save and add another' }).click()
    await checked(person, 'plan: outcomes', 'plan-03-outcomes')
    await person.getByRole('button', { name: 'Save and continue to supports' }).click()

    // Supports: a negative cost is refused, naming the field, and what was typed stays.
    await addSupport(person, {
      outcome: 'I want to get to church every Sunday',
      provider: 'A personal assistant I employ',
      description: 'PA to go to church with me',
      often: 'Every week',
      count: '3',
      cost: '-15.50',
    })
    expect(await person.title()).toMatch(/^Error: /)
    expect(await person.locator('.govuk-error-summary').textContent()).toContain(
      'Cost each time must be 0 or more, not a negative amount',
    )
    expect(await person.getByLabel('What is the support?').inputValue()).toBe('PA to go to church with me')
    await checked(person, 'plan: support with a negative cost', 'plan-04-support-error')
    await person.getByLabel('Cost each time').fill('15.50')
    await person.getByRole('button', { name: 'Save and add another' }).click()
    await addSupport(person, {
      outcome: 'I want to get to church every Sunday',
      provider: 'Family and friends (unpaid, shown at £0)',
      description: 'Lift home with my neighbour',
      often: 'Every week',
      count: '1',
      cost: '0',
    })
    await addSupport(person, {
      outcome: 'I want to wash and dress in the morning without rushing',
      provider: 'An agency',
      description: 'Morning visits',
      often: 'Every week',
      count: '7',
      cost: '18',
    })
    // A support from the local directory (issue 17): found by words with what was typed kept, then chosen; the plan
    // shows the service's name as it was that day.
    await person
      .getByRole('group', { name: 'Which outcome is it for?' })
      .getByLabel('I want to get to church every Sunday')
      .check()
    await person.getByLabel('A community group').check()
    await person.getByLabel('What is the support?').fill('A walk with others after church')
    await person.getByLabel('Words to find a service by').fill('walking')
    await person.getByRole('button', { name: 'Find services' }).click()
    expect(await person.getByLabel('What is the support?').inputValue()).toBe('A walk with others after church')
    const offered = await person.getByLabel('Service', { exact: true }).locator('option').allTextContents()
    expect(offered.slice(1).length).toBeGreaterThan(0)
    expect(offered.slice(1).every((name) => name.includes('Walking Group'))).toBe(true)
    await checked(person, 'plan: finding a service in the directory', 'plan-05a-directory')
    await person.getByLabel('Service', { exact: true }).selectOption({ label: offered[1] ?? '' })
    await person.getByLabel('Every week').check()
    await person.getByLabel('How many times').fill('1')
    await person.getByLabel('Cost each time').fill('0')
    await person.getByRole('button', { name: 'Save and add another' }).click()
    expect(await person.locator('main').textContent()).toContain(
      `from the directory: ${(offered[1] ?? '').replace(/ \(.*\)$/, '')}`,
    )
    expect(await person.locator('#budget-check').textContent()).toMatch(/This plan costs £172\.50 a week/)
    await checked(person, 'plan: supports', 'plan-05-supports')
    // Enter in a field saves and continues, as the main button does; it does not run the directory search, whose
    // button comes first on the page (issue 17).
    await person.getByLabel('Words to find a service by').fill('lunch')
    await person.getByLabel('Words to find a service by').press('Enter')
    await person.waitForURL(/\/plan\/money$/)

    // How the money is held: a mix, £50 a week through a managed account and the rest as a direct payment.
    const budgetText = (await person.locator('main').textContent()) ?? ''
    const budgetPence = Math.round(
      Number(/Your personal budget is £([\d,]+\.\d{2}) a week/.exec(budgetText)?.[1]?.replaceAll(',', '')) * 100,
    )
    expect(budgetPence).toBeGreaterThan(5000)
    await person.getByLabel('A mix of these').check()
    await person.getByLabel('Direct payment', { exact: true }).fill(penceToPounds(budgetPence - 5000))
    await person.getByLabel('Managed account', { exact: true }).fill('50.00')
    await person.getByLabel('Individual service fund', { exact: true }).fill('0')
    await checked(person, 'plan: money', 'plan-06-money')
    await person.getByRole('button', { name: 'Save and continue' }).click()

    await person
      .getByLabel('What will happen if things go wrong?')
      .fill('If my PA is ill, Ravi takes me to church. At night call Ravi.')
    await person.getByLabel('Day', { exact: true }).fill('1')
    await person.getByLabel('Month', { exact: true }).fill('6')
    await person.getByLabel('Year', { exact: true }).fill('2099')
    await checked(person, 'plan: contingency', 'plan-07-contingency')
    await person.getByRole('button', { name: 'Save and check the plan' }).click()

    // The whole plan, on screen and as it prints.
    expect(new URL(person.url()).pathname).toBe(`/people/${personId}/plan`)
    const summary = (await person.locator('main').textContent()) ?? ''
    expect(summary).toContain('Managed account£50.00 a week')
    await checked(person, 'plan summary', 'plan-08-summary')
    await person.emulateMedia({ media: 'print' })
    expect(await person.locator('.govuk-service-navigation').isVisible()).toBe(false)
    expect(await person.getByRole('button', { name: 'Send the plan for agreement' }).isVisible()).toBe(false)
    expect(await person.locator('table').first().isVisible()).toBe(true)
    await screenshot(person, 'plan-09-print')
    await person.emulateMedia({ media: 'screen' })
    await person.getByRole('button', { name: 'Send the plan for agreement' }).click()
    expect(await person.locator('.govuk-caption-l').textContent()).toBe('Sent to the council')

    // The practitioner agrees it and makes it active.
    const practitioner = await signedInPage('practitioner')
    await practitioner.getByRole('link', { name: 'Support plans to agree and review' }).click()
    await checked(practitioner, 'practitioner: support plans', 'plan-10-practitioner-list')
    await practitioner.getByRole('link', { name: 'Priya Shah' }).click()
    await checked(practitioner, 'practitioner: one plan', 'plan-11-practitioner-plan')
    await practitioner.getByRole('button', { name: /^Agree this plan/ }).click()
    await practitioner.getByRole('button', { name: 'Make the plan active' }).click()
    expect(await practitioner.locator('.govuk-caption-l').textContent()).toMatch(/^Active/)

    // Once the plan is in force the person records where they are now: the baseline reviews are compared with.
    await person.goto(`${portal.url}/people/${personId}/plan`)
    await person.getByRole('link', { name: 'Say where you are now with each outcome' }).click()
    expect(await person.locator('h1').textContent()).toBe('Where are you now with each outcome?')
    for (const group of await person.getByRole('group').all()) await group.getByLabel('Not achieved').check()
    await checked(person, 'person: baseline ratings', 'plan-09b-baseline')
    await person.getByRole('button', { name: 'Save my ratings' }).click()
    expect(await person.getByText('Say where you are now with each outcome').count()).toBe(0)

    // A change within an agreed outcome is recorded at once, and the person is told why.
    await person.goto(`${portal.url}/people/${personId}/plan/supports`)
    await person.getByRole('link', { name: 'Change PA to go to church with me' }).click()
    await person.getByLabel('How many times').fill('2')
    await person.getByRole('button', { name: 'Save this support' }).click()
    expect(new URL(person.url()).pathname).toBe(`/people/${personId}/plan`)
    const banner = (await person.locator('.govuk-notification-banner--success').textContent()) ?? ''
    expect(banner).toContain('Your change was recorded straight away, without waiting for approval.')
    expect(banner).toContain('Changed "PA to go to church with me" to £31.00 a week (was £46.50 a week)')
    await checked(person, 'plan after a change within flexibility', 'plan-12-flexible-change')

    // Review: the person rates first, then the practitioner, who opens a revised plan.
    await practitioner.reload()
    await practitioner.getByRole('button', { name: 'Start a review' }).click()
    await person.goto(`${portal.url}/people/${personId}/plan`)
    await person.getByRole('link', { name: 'Say how well each outcome has been met' }).click()
    await person
      .getByRole('group', { name: '“I want to get to church every Sunday”' })
      .getByLabel('Fully achieved')
      .check()
    await person
      .getByRole('group', { name: '“I want to wash and dress in the morning without rushing”' })
      .getByLabel('Partly achieved')
      .check()
    await person.getByLabel('Comment (optional)').first().fill('I have not missed a Sunday')
    await checked(person, 'plan review: the person’s ratings', 'plan-13-person-review')
    await person.getByRole('button', { name: 'Save my ratings' }).click()

    await practitioner.reload()
    const given = (await practitioner.locator('main').textContent()) ?? ''
    // Ravi rates for his mother, as her representative; his view is listed before the practitioner's.
    expect(given).toContain('Their representative: Fully achieved – “I have not missed a Sunday”')
    await practitioner
      .getByRole('group', { name: '“I want to get to church every Sunday”' })
      .getByLabel('Fully achieved')
      .check()
    await practitioner
      .getByRole('group', { name: '“I want to wash and dress in the morning without rushing”' })
      .getByLabel('Not achieved')
      .check()
    await practitioner.getByRole('button', { name: 'Save your ratings' }).click()
    const both = (await practitioner.locator('main').textContent()) ?? ''
    expect(both.indexOf('Their representative: Partly achieved')).toBeGreaterThan(-1)
    expect(both.indexOf('Their representative: Partly achieved')).toBeLessThan(
      both.indexOf('Practitioner: Not achieved'),
    )
    await checked(practitioner, 'practitioner review', 'plan-14-practitioner-review')
    await practitioner.getByRole('button', { name: 'Open a revised plan' }).click()
    expect(await practitioner.locator('.govuk-caption-l').textContent()).toMatch(/^Revised, not yet sent/)

    await person.goto(`${portal.url}/people/${personId}/plan`)
    expect(await person.locator('main').textContent()).toContain('This is a revised plan')
    await checked(person, 'revised plan', 'plan-15-revised')

    // The person changes a support in the revised plan; the practitioner sees what changed from the plan in force,
    // as was / now, which must read at 320px without scrolling sideways (issue 19).
    await person.goto(`${portal.url}/people/${personId}/plan/supports`)
    await person.getByRole('link', { name: 'Change PA to go to church with me' }).click()
    await person.getByLabel('How many times').fill('3')
    await person.getByRole('button', { name: 'Save this support' }).click()
    await practitioner.reload()
    const changes = practitioner.getByRole('region', { name: 'What changed from the plan in force' })
    expect(await changes.textContent()).toMatch(
      /Supports: support changed\s*Was\s*PA to go to church with me: .*Now\s*PA to go to church with me: .*3 ×/,
    )
    await checked(practitioner, 'practitioner: revised plan, was and now', 'plan-16-was-now')
    await practitioner.setViewportSize({ width: 320, height: 900 })
    await screenshot(practitioner, 'plan-16-was-now-320')
    await person.context().close()
    await practitioner.context().close()
  })
})
