import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient } from '@open-sds/portal-harness'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { completeSelfAssessment } from './support/self-assessment'
import { demoAccount as account } from './support/demo-account'
import { htmlOf } from './support/page-html'
import { portalSql } from './support/portal-sql'
import { recordEligibilityDecision } from './support/eligibility-decision'

// On SQLite and, given a test server, on PostgreSQL (decision 021).
describe.each(portalEngines())('$name', (engine) => {
  let portal: RunningPortal
  let practitioner: PortalClient
  let representative: PortalClient
  let decisionPage: string
  let budgetPage: string

  beforeAll(async () => {
    portal = await engine.start()
    representative = new PortalClient(portal.url)
    await representative.signIn(account('representative').email, account('representative').password)
    const personId = /href="\/people\/([^"/]+)"/.exec(await (await representative.get('/my-care')).text())?.[1]
    budgetPage = await completeSelfAssessment(representative, personId ?? '')
    practitioner = new PortalClient(portal.url)
    await practitioner.signIn(account('practitioner').email, account('practitioner').password)
    const caseload = await (await practitioner.get('/practitioner')).text()
    decisionPage = `/practitioner/assessments/${/href="\/practitioner\/assessments\/([^"]+)"/.exec(caseload)?.[1]}`
  })

  afterAll(async () => {
    await portal?.stop()
  })

  const ELIGIBLE = {
    impairment: 'yes',
    impairmentReason: 'Dementia diagnosed in 2023',
    outcomes: ['nutrition', 'hygiene'],
    outcomesHow: 'Forgets to eat without prompting; needs help to wash',
    wellbeing: 'yes',
    wellbeingImpact: 'Losing weight and withdrawn; her dignity is affected',
    fluctuates: 'no',
  }

  const decide = (fields: Record<string, string | string[]>) =>
    recordEligibilityDecision(portal, practitioner, decisionPage, fields)

  describe('the practitioner’s eligibility determination and budget', () => {
    it('shows the person’s answers and the indicative budget with its explanation', async () => {
      const html = await htmlOf(await practitioner.get(decisionPage))
      expect(html).toContain('Priya Shah')
      expect(html).toContain('A representative completed this self-assessment')
      expect(html).toMatch(/Indicative budget: £[\d,]+\.\d{2} a week/)
      expect(html).toContain('How it was worked out')
    })

    it('refuses a changed budget with no reason, naming the field and keeping what was typed', async () => {
      const response = await decide({ ...ELIGIBLE, budgetDecision: 'change', agreedAmount: '300.00', changeReason: '' })
      expect(response.status).toBe(400)
      const html = await response.text()
      expect(html).toContain('Give a reason for changing the budget: the person will see it')
      expect(html).toContain('Dementia diagnosed in 2023')
      expect(html).toContain('value="300.00"')
    })

    it('needs two or more outcomes for eligibility, and records "not eligible" when only one is given', async () => {
      const response = await decide({ ...ELIGIBLE, outcomes: ['nutrition'] })
      expect(response.status).toBe(302)
      expect(await (await practitioner.get('/practitioner')).text()).toContain('Not eligible')
      // Issue 15: whoever acts for the person hears of the decision, written with it, with nothing of it in the words.
      const told = await portalSql(
        portal,
        "select to_address, subject, body from outbox_messages where purpose = 'not-eligible'",
      )
      expect(told).toEqual([
        expect.objectContaining({
          to_address: account('representative').email,
          subject: 'The council has decided about eligibility',
        }),
      ])
      expect(String(told[0]?.body)).toContain('This is about the care of someone you act for.')
    })

    it('records a changed budget with its reason, and the person sees both on their budget page', async () => {
      const response = await decide({
        ...ELIGIBLE,
        budgetDecision: 'change',
        agreedAmount: '312.50',
        changeReason: 'She also needs help at weekends, which the questions did not ask about',
      })
      expect(response.status).toBe(302)
      expect(await htmlOf(await practitioner.get('/practitioner'))).toContain('Eligible, £312.50 a week agreed')
      // React separates adjacent pieces of text with empty comments; a person reading the page never sees them.
      const page = await htmlOf(await representative.get(budgetPage))
      expect(page).toContain('agreed a budget of <strong>£312.50 a week</strong>')
      expect(page).toContain('She also needs help at weekends')
      // Issue 15: the first budget agreed is "agreed"; nothing of the amount or the reason goes in the message.
      const told = await portalSql(portal, "select subject, body from outbox_messages where purpose like 'budget-%'")
      expect(told.map((message) => message.subject)).toEqual(['The personal budget is agreed'])
      expect(String(told[0]?.body)).not.toContain('312.50')
    })

    // Care and Support (Eligibility Criteria) Regulations 2015, regulation 2(4): where the level of needs fluctuates,
    // the circumstances over a period are considered, and the person is told.
    const FLUCTUATING = {
      ...ELIGIBLE,
      outcomes: ['nutrition', 'hygiene', 'community'],
      fluctuates: 'yes',
      fluctuationWhat: 'Some weeks she is confused most days and forgets to eat or wash',
      fluctuationFromDay: '1',
      fluctuationFromMonth: '6',
      fluctuationFromYear: '2026',
      fluctuationToDay: '31',
      fluctuationToMonth: '8',
      fluctuationToYear: '2026',
      fluctuationOutcomes: ['nutrition', 'hygiene'],
      budgetDecision: 'agree',
    }

    it('refuses fluctuating needs without how they fluctuate or a real period, naming each and keeping the answers', async () => {
      const response = await decide({
        ...FLUCTUATING,
        fluctuationWhat: '',
        fluctuationFromDay: '31',
        fluctuationFromMonth: '2',
        fluctuationToYear: '',
        fluctuationOutcomes: ['toilet'],
        wellbeingImpact: '',
      })
      expect(response.status).toBe(400)
      const html = await htmlOf(response)
      expect(html).toContain('Describe the impact, or lack of impact, on the person’s wellbeing')
      expect(html).toContain('Describe how the person’s needs fluctuate')
      expect(html).toContain('Enter the date the period considered starts, as a real date')
      expect(html).toContain('Enter the date the period considered ends, as a real date')
      expect(html).toContain('href="#fluctuationFromDay"')
      // What was typed and ticked is still there.
      expect(html).toMatch(/id="fluctuationFromDay"[^>]*value="31"/)
      expect(html).toMatch(/id="fluctuates" name="fluctuates" type="radio" checked=""/)
      expect(html).toMatch(/id="fluctuationOutcomes-toilet"[^>]*checked=""/)
      const afterDates = await decide({ ...FLUCTUATING, fluctuationOutcomes: ['toilet'] })
      expect(afterDates.status).toBe(400)
      expect(await afterDates.text()).toContain('Choose only outcomes you found the person unable to achieve')
    })

    it('records the period considered, and the person reads on their decision page that it made the difference', async () => {
      const response = await decide(FLUCTUATING)
      expect(response.status).toBe(302)
      const page = await htmlOf(await representative.get(budgetPage))
      expect(page).toContain('How your changing needs were looked at')
      expect(page).toContain('Some weeks she is confused most days and forgets to eat or wash')
      expect(page).toContain('from 1 June 2026 to 31 August 2026, not just on one day')
      expect(page).toContain(
        'even though you can on a good day: managing and maintaining nutrition and maintaining personal hygiene.',
      )
      expect(page).toContain('looking only at a good day, your needs would not have been found eligible')
      // A budget agreed after one was agreed before is "changed" (issue 15).
      const told = await portalSql(
        portal,
        "select subject from outbox_messages where purpose like 'budget-%' order by created_at",
      )
      expect(told.map((message) => message.subject)).toEqual([
        'The personal budget is agreed',
        'The personal budget has changed',
      ])
    })
  })
})
