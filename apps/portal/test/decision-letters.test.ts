import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalClient } from '@open-sds/portal-harness'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { completeSelfAssessment } from './support/self-assessment'
import { demoAccount as account } from './support/demo-account'
import { countIn, portalSql } from './support/portal-sql'
import { page, signedIn } from './support/support-plan'
import { readPdf } from './support/read-pdf'
import { decisionPageOf, eligibleWithBudget, recordEligibilityDecision } from './support/eligibility-decision'

// Issue 15, "Decision letters": the eligibility determination with its reasons and the budget with how it was worked
// out, as a tagged PDF in the council's brand, made on the server when the decision is made, kept with the record
// (decision 052) and downloaded by the person's representative from the decision's page.

describe.each(portalEngines())('decision letters on $name', (engine) => {
  let portal: RunningPortal
  let practitioner: PortalClient
  let representative: PortalClient
  let personId: string
  let decisionPage: string
  let budgetPage: string

  beforeAll(async () => {
    portal = await engine.start()
    representative = await signedIn(portal, 'representative')
    personId = /href="\/people\/([^"/]+)"/.exec(await page(representative, '/my-care'))?.[1] ?? ''
    budgetPage = await completeSelfAssessment(representative, personId)
    practitioner = await signedIn(portal, 'practitioner')
    decisionPage = await decisionPageOf(practitioner)
  })

  afterAll(async () => {
    await portal?.stop()
  })

  const decide = (fields: Record<string, string | string[]>) =>
    recordEligibilityDecision(portal, practitioner, decisionPage, fields)

  it('stores no letter for a decision refused, and one letter, hashed, with the decision', async () => {
    const refused = await decide({ impairment: 'yes', impairmentReason: '', fluctuates: 'no' })
    expect(refused.status).toBe(400)
    expect(await countIn(portal, 'select count(*) as n from decision_letters')).toBe(0)
    const decided = await decide(eligibleWithBudget)
    expect(decided.status).toBe(302)
    const letters = await portalSql(
      portal,
      'select kind, title, rules_version, sha256, person_id from decision_letters',
    )
    expect(letters).toEqual([
      expect.objectContaining({
        kind: 'eligibility-and-budget',
        title: 'Your eligibility and personal budget decision',
        person_id: personId,
      }),
    ])
    expect(String(letters[0]?.sha256)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('lets the representative download it from the budget page: tagged, en-GB, titled, with the reasons, the budget, how it was worked out and the rules version', async () => {
    const budget = await page(representative, budgetPage)
    const href = /href="(\/people\/[^"]+\/letters\/[^"]+)"/.exec(budget)?.[1] ?? ''
    expect(href).not.toBe('')
    expect(budget).toContain('Download the decision letter (PDF')
    const response = await representative.get(href)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="eligibility-and-budget-/)
    const bytes = new Uint8Array(await response.arrayBuffer())
    const [stored] = await portalSql(portal, 'select sha256 from decision_letters')
    const { createHash } = await import('node:crypto')
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(stored?.sha256)

    const letter = await readPdf(bytes)
    expect(letter.marked).toBe(true)
    expect(letter.info.Language).toBe('en-GB')
    expect(letter.info.Title).toBe('Your eligibility and personal budget decision')
    expect(letter.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD']))
    expect(letter.text).toContain('Northmoor')
    expect(letter.text).toContain('Dear Priya Shah,')
    expect(letter.text).toContain('Dementia diagnosed in 2023')
    expect(letter.text).toContain('Your personal budget is £312.50 a week (£16,250.00 a year).')
    expect(letter.text).toContain('She also needs help at weekends')
    expect(letter.text).toContain('How your indicative budget was worked out')
    expect(letter.text).toMatch(/resource allocation \S+ version \S+/)
    expect(await countIn(portal, "select count(*) as n from audit_log where action = 'decision-letter.read'")).toBe(1)
  })

  it('answers 404 to someone who does not act for the person, and for a letter id that is not theirs', async () => {
    const [stored] = await portalSql(portal, 'select id from decision_letters')
    const alex = await signedIn(portal, 'citizen')
    expect((await alex.get(`/people/${personId}/letters/${String(stored?.id)}`)).status).toBe(404)
    expect((await representative.get(`/people/${personId}/letters/no-such-letter`)).status).toBe(404)
    const ownId = /href="\/people\/([^"/]+)"/.exec(await page(alex, '/my-care'))?.[1] ?? ''
    expect((await alex.get(`/people/${ownId}/letters/${String(stored?.id)}`)).status).toBe(404)
    expect(account('citizen').email).not.toBe(account('representative').email)
  })
})
