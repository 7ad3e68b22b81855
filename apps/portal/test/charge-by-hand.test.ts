import { demoPeople } from '@open-sds/db'
import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'

// Issue 19, "no dead end": when the charging engine cannot work out a charge because of the council's data rather
// than what the person typed, the answers are still sent, the person is told in plain words that the council will
// work the charge out by hand and by when, and the finance officer's queue shows why it needs a person. Here the
// council has no cost of care for Alex (no self-assessment, no plan) and Alex does not know it: the same path a rate
// not yet published takes (that rule is @open-sds/charging's, tested there with the 2026/27 disability premium).
const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''

describe.each(portalEngines())('$name', (engine) => {
  let portal: RunningPortal

  beforeAll(async () => {
    portal = await engine.start()
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('sends the answers without a charge, tells the person, queues it for a finance officer who records the charge by hand', async () => {
    const citizen = new PortalClient(portal.url)
    expect((await citizen.signIn(demoAccount('citizen').email, demoAccount('citizen').password)).status).toBe(302)
    const base = `/people/${alex}/financial-assessment`
    expect((await citizen.submit(base, {})).status).toBe(302)
    const aboutYou = await (await citizen.get(`${base}/about-you`)).text()
    expect(wordsOf(aboutYou)).toContain('If you do not know, leave it empty: the council will work it out.')
    for (const [step, fields] of [
      ['about-you', { age: '40', pensionCreditAge: 'no', couple: 'no', disabilityPremium: 'no', costOfCare: '' }],
      ['capital', { savings: '1000', savingsJoint: 'no' }],
      ['income', { esa: '100', careBenefit: 'none' }],
      ['housing', { rent: '90' }],
      ['costs', { basis: 'none' }],
    ] as const) {
      const saved = await citizen.submit(`${base}/${step}`, { ...fields, intent: 'continue' })
      expect(saved.status, `${step}: ${saved.status === 400 ? wordsOf(await saved.text()).slice(0, 600) : ''}`).toBe(
        302,
      )
    }

    const sent = await citizen.submit(`${base}/check`, {})
    expect(sent.status).toBe(302)
    expect(sent.headers.get('location')).toBe(`${base}/result`)
    const result = wordsOf(await (await citizen.get(`${base}/result`)).text())
    expect(result).toContain('Financial assessment sent')
    expect(result).toContain('the council will work it out by hand within 10 working days')
    expect(result).toContain('Why: The council has not set a weekly cost of care for this person yet.')
    expect(result).not.toMatch(/statedByPersonWeeklyPence|rateOverrides|charging-rules/)

    // Sent means sent: the answers no longer change, and the overview says where it is.
    const step = await citizen.get(`${base}/income`)
    expect(step.status).toBe(302)
    expect(step.headers.get('location')).toBe(base)
    expect(wordsOf(await (await citizen.get(base)).text())).toContain(
      'The council will work out your charge by hand within 10 working days',
    )

    const finance = new PortalClient(portal.url)
    expect((await finance.signIn(demoAccount('finance').email, demoAccount('finance').password)).status).toBe(302)
    const queueHtml = await (await finance.get('/finance')).text()
    const queue = wordsOf(queueHtml)
    expect(queue).toContain('Charges to work out by hand')
    expect(queue).toContain('Alex Morgan The council has not set a weekly cost of care for this person yet.')
    const assessment = /href="(\/finance\/assessments\/[^"]+)"[^>]*>Alex Morgan/.exec(queueHtml)?.[1] ?? ''
    const page = wordsOf(await (await finance.get(assessment)).text())
    expect(page).toContain('Needs a person: the charge could not be worked out automatically.')
    expect(page).toContain('Employment and Support Allowance')

    const refused = await finance.submit(assessment, {
      intent: 'by-hand',
      weeklyCharge: '500',
      weeklyCostOfCare: '300',
    })
    expect(refused.status).toBe(400)
    const errors = wordsOf(await refused.text())
    expect(errors).toContain('The weekly charge must not be more than the weekly cost of care')
    expect(errors).toContain('Enter how the charge was worked out: the person will see it')
    expect(await (await finance.get(assessment)).text()).toContain('Record the charge worked out by hand')

    const recorded = await finance.submit(assessment, {
      intent: 'by-hand',
      weeklyCharge: '12.50',
      weeklyCostOfCare: '300',
      handReason: 'Care quoted by the provider at £300 a week; income above the allowances leaves £12.50.',
    })
    expect(recorded.status).toBe(302)
    const after = wordsOf(await (await finance.get(assessment)).text())
    expect(after).toContain('Weekly charge: £12.50')
    expect(after).toContain('Confirm this charge')
    expect(wordsOf(await (await finance.get('/finance')).text())).not.toContain('Charges to work out by hand')

    const mine = wordsOf(await (await citizen.get(`${base}/result`)).text())
    expect(mine).toContain('£12.50 a week')
    expect(mine).toContain('A finance officer worked it out by hand: Care quoted by the provider at £300 a week')
  })
})
