import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient, csrfTokenIn } from './support/http-client'
import { startPortal, type RunningPortal } from './support/portal-process'
import { completeSelfAssessment } from './support/self-assessment'
import { demoAccount as account } from './support/demo-account'

let portal: RunningPortal
let practitioner: PortalClient
let representative: PortalClient
let decisionPage: string
let budgetPage: string

beforeAll(async () => {
  portal = await startPortal()
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
}

async function decide(fields: Record<string, string | string[]>): Promise<Response> {
  const html = await (await practitioner.get(decisionPage)).text()
  const body = new URLSearchParams({ csrf: csrfTokenIn(html) })
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item)
  return fetch(new URL(decisionPage, portal.url), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: practitioner.cookieHeader() },
    body: body.toString(),
  })
}

describe('the practitioner’s eligibility determination and budget', () => {
  it('shows the person’s answers and the indicative budget with its explanation', async () => {
    const html = (await (await practitioner.get(decisionPage)).text()).replaceAll('<!-- -->', '')
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
  })

  it('records a changed budget with its reason, and the person sees both on their budget page', async () => {
    const response = await decide({
      ...ELIGIBLE,
      budgetDecision: 'change',
      agreedAmount: '312.50',
      changeReason: 'She also needs help at weekends, which the questions did not ask about',
    })
    expect(response.status).toBe(302)
    expect((await (await practitioner.get('/practitioner')).text()).replaceAll('<!-- -->', '')).toContain(
      'Eligible, £312.50 a week agreed',
    )
    // React separates adjacent pieces of text with empty comments; a person reading the page never sees them.
    const page = (await (await representative.get(budgetPage)).text()).replaceAll('<!-- -->', '')
    expect(page).toContain('agreed a budget of <strong>£312.50 a week</strong>')
    expect(page).toContain('She also needs help at weekends')
  })
})
