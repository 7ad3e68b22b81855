import { demoPeople } from '@open-sds/db'
import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import { portalSql } from './support/portal-sql'
import { sendFinancialAssessment } from './support/financial-assessment'
import type { RunningPortal } from './support/portal-process'

// Issue 18, nothing lands nowhere: a finance officer's correction replaces the financial assessment the work was
// about. The work about the version corrected is closed, as a confirmation closes it, and the corrected version,
// still to be confirmed, is work of its own, held by the officer who corrected it; confirming it closes that.
const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''
const steps = {
  'about-you': { age: '40', pensionCreditAge: 'no', couple: 'no', disabilityPremium: 'no', costOfCare: '300' },
  capital: { savings: '1000', savingsJoint: 'no' },
  income: { esa: '100', careBenefit: 'none' },
  housing: { rent: '90' },
  costs: { basis: 'none' },
}

describe.each(portalEngines())('a corrected financial assessment’s work on $name', (engine) => {
  let portal: RunningPortal

  beforeAll(async () => {
    portal = await engine.start()
  })

  afterAll(async () => {
    await portal?.stop()
  })

  const events = (subject: string) =>
    portalSql(
      portal,
      `select e.event, u.email from work_items w join work_item_events e on e.item_id = w.id
       left join users u on u.id = e.to_user_id where w.subject = ? order by e.seq`,
      subject,
    )

  it('closes the work on the version corrected and gives the corrected one to the officer, closed when confirmed', async () => {
    const citizen = new PortalClient(portal.url)
    expect((await citizen.signIn(demoAccount('citizen').email, demoAccount('citizen').password)).status).toBe(302)
    await sendFinancialAssessment(citizen, alex, steps)
    const [sent] = await portalSql(
      portal,
      "select id from financial_assessments where person_id = ? and status = 'submitted'",
      alex,
    )
    const sentSubject = `financial-assessment:${String(sent?.id)}`
    expect(await events(sentSubject)).toEqual([])

    const finance = new PortalClient(portal.url)
    expect((await finance.signIn(demoAccount('finance').email, demoAccount('finance').password)).status).toBe(302)
    const page = `/finance/assessments/${String(sent?.id)}`
    const corrected = await finance.submit(page, {
      ...Object.assign({}, ...Object.values(steps)),
      rent: '110',
      weeklyCostOfCare: '300',
      reason: 'The tenancy agreement shows rent of £110 a week',
    })
    expect(corrected.status, wordsOf(await corrected.text()).slice(0, 600)).toBe(302)
    expect(await events(sentSubject)).toEqual([{ event: 'closed', email: null }])
    const [correction] = await portalSql(
      portal,
      "select id from financial_assessments where supersedes_id = ? and kind = 'correction'",
      sent?.id,
    )
    const correctedSubject = `financial-assessment:${String(correction?.id)}`
    expect(await events(correctedSubject)).toEqual([{ event: 'taken', email: demoAccount('finance').email }])
    expect(wordsOf(await (await finance.get('/work/caseload')).text())).toContain('Alex Morgan')

    const confirmed = await finance.submit(`/finance/assessments/${String(correction?.id)}`, { intent: 'confirm' })
    expect(confirmed.status).toBe(302)
    expect((await events(correctedSubject)).map((event) => event.event)).toEqual(['taken', 'closed'])
  })
})
