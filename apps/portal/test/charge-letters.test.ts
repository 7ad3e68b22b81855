import { createHash } from 'node:crypto'
import { demoPeople } from '@open-sds/db'
import { formatPence } from '@open-sds/kernel'
import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import { countIn, portalSql } from './support/portal-sql'
import { sendFinancialAssessment } from './support/financial-assessment'
import type { RunningPortal } from './support/portal-process'
import { readPdf } from './support/read-pdf'

// Issue 15, "Decision letters": the charge with its explanation, as a tagged PDF made when a finance officer confirms
// or corrects a financial assessment, kept as made (decision 052) and downloaded by the person from their charge's
// page. A corrected charge is a new letter; the earlier stays.
const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''
const steps = {
  'about-you': { age: '40', pensionCreditAge: 'no', couple: 'no', disabilityPremium: 'no', costOfCare: '300' },
  // £20,000 is between the capital limits, so the letter has capital and tariff income lines.
  capital: { savings: '20000', savingsJoint: 'no' },
  income: { esa: '300', careBenefit: 'none' },
  housing: { rent: '90' },
  costs: { basis: 'none' },
}

type Line = { kind: string; text: string; weeklyPence?: number; capitalPence?: number; source?: string }
type StoredResult = { weeklyChargePence: number; explanation: Line[]; rulesVersion: string }

describe.each(portalEngines())('charge letters on $name', (engine) => {
  let portal: RunningPortal
  let citizen: PortalClient
  let finance: PortalClient

  beforeAll(async () => {
    portal = await engine.start()
    citizen = new PortalClient(portal.url)
    expect((await citizen.signIn(demoAccount('citizen').email, demoAccount('citizen').password)).status).toBe(302)
    finance = new PortalClient(portal.url)
    expect((await finance.signIn(demoAccount('finance').email, demoAccount('finance').password)).status).toBe(302)
    await sendFinancialAssessment(citizen, alex, steps)
  })

  afterAll(async () => {
    await portal?.stop()
  })

  const versionOf = async (where: string, ...parameters: unknown[]) => {
    const [row] = await portalSql(
      portal,
      `select id, cast(result as text) as result from financial_assessments where ${where}`,
      ...parameters,
    )
    return { id: String(row?.id), result: JSON.parse(String(row?.result)) as StoredResult }
  }
  const lettersIn = () =>
    portalSql(portal, "select id, subject, title, sha256 from decision_letters where kind = 'charge' order by made_at")

  async function download(subject: string) {
    const page = await (await citizen.get(`/people/${alex}/financial-assessment/result`)).text()
    const [letter] = (await lettersIn()).filter((each) => each.subject === subject)
    const href = `/people/${alex}/letters/${String(letter?.id)}`
    expect(page).toContain(`href="${href}"`)
    const response = await citizen.get(href)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(letter?.sha256)
    return { page, letter: await readPdf(bytes) }
  }

  /**
   * Every line of the stored explanation is in the letter, with its amount and the rule it cites. Compared without
   * white space: a table cell wraps its words at spaces and hyphens, which the text read back shows as spaces.
   */
  function expectEveryLine(text: string, result: StoredResult) {
    const squashed = (words: string) => words.replace(/\s+/g, '')
    const letter = squashed(text)
    for (const line of result.explanation) {
      expect(letter).toContain(squashed(line.text))
      if (line.weeklyPence !== undefined) expect(letter).toContain(squashed(`${formatPence(line.weeklyPence)} a week`))
      if (line.capitalPence !== undefined) expect(letter).toContain(formatPence(line.capitalPence))
      if (line.source) expect(letter).toContain(squashed(line.source))
    }
  }

  it('keeps a letter of the corrected charge, with the reason and every line of how it was worked out', async () => {
    const sent = await versionOf("person_id = ? and status = 'submitted'", alex)
    expect(await lettersIn()).toEqual([])
    const page = `/finance/assessments/${sent.id}`
    const refused = await finance.submit(page, {
      ...Object.assign({}, ...Object.values(steps)),
      rent: '110',
      weeklyCostOfCare: '300',
      reason: '',
    })
    expect(refused.status).toBe(400)
    expect(await lettersIn()).toEqual([])

    const reason = 'The tenancy agreement shows rent of £110 a week'
    const corrected = await finance.submit(page, {
      ...Object.assign({}, ...Object.values(steps)),
      rent: '110',
      weeklyCostOfCare: '300',
      reason,
    })
    expect(corrected.status, wordsOf(await corrected.text()).slice(0, 600)).toBe(302)
    const correction = await versionOf("supersedes_id = ? and kind = 'correction'", sent.id)
    expect(await lettersIn()).toEqual([
      expect.objectContaining({
        subject: `financial-assessment:${correction.id}`,
        title: 'Your corrected charge for care and support',
      }),
    ])

    const { letter } = await download(`financial-assessment:${correction.id}`)
    expect(letter.marked).toBe(true)
    expect(letter.info.Language).toBe('en-GB')
    expect(letter.info.Title).toBe('Your corrected charge for care and support')
    expect(letter.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD']))
    expect(letter.text).toContain('Dear Alex Morgan,')
    // In the county's own font (its plugin's letter header), embedded, regular and bold, not the standard Helvetica.
    expect([...letter.fonts].sort()).toEqual([
      expect.stringMatching(/^[A-Z]{6}\+AtkinsonHyperlegible-Bold$/),
      expect.stringMatching(/^[A-Z]{6}\+AtkinsonHyperlegible-Regular$/),
    ])
    expect(letter.embedsFonts).toBe(true)
    expect(letter.text).toContain(`Your charge is now ${formatPence(correction.result.weeklyChargePence)} a week.`)
    expect(letter.text).toContain(`Why we corrected it: ${reason}`)
    expect(letter.text).toContain(correction.result.rulesVersion)
    expectEveryLine(letter.text, correction.result)
    // Charging regulations 2014, regulation 25: £1 a week for each £250 (or part) over £14,250, so £20,000 gives £23.
    expect(correction.result.explanation).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'tariff', weeklyPence: 2300 })]),
    )
    expect(letter.text).toContain('£23.00 a week')
    expect(correction.result.weeklyChargePence).toBeGreaterThan(0)
  })

  it('keeps a new letter when the corrected charge is confirmed, the earlier one still downloadable', async () => {
    const correction = await versionOf("person_id = ? and kind = 'correction'", alex)
    const confirmed = await finance.submit(`/finance/assessments/${correction.id}`, { intent: 'confirm' })
    expect(confirmed.status).toBe(302)
    const confirmation = await versionOf("supersedes_id = ? and kind = 'confirmation'", correction.id)
    // Confirming the version already confirmed is refused, and stores no letter.
    expect((await finance.submit(`/finance/assessments/${correction.id}`, { intent: 'confirm' })).status).toBe(409)
    expect((await lettersIn()).map((letter) => letter.subject)).toEqual([
      `financial-assessment:${correction.id}`,
      `financial-assessment:${confirmation.id}`,
    ])

    const { page, letter } = await download(`financial-assessment:${confirmation.id}`)
    expect(wordsOf(page)).toContain('Download the charge letter (PDF')
    expect(letter.info.Title).toBe('Your charge for care and support')
    expect(letter.text).toContain(
      `You will pay ${formatPence(confirmation.result.weeklyChargePence)} a week towards the cost of your care and support.`,
    )
    expect(confirmation.result.weeklyChargePence).toBe(correction.result.weeklyChargePence)
    expectEveryLine(letter.text, confirmation.result)
    expect((await download(`financial-assessment:${correction.id}`)).letter.info.Title).toBe(
      'Your corrected charge for care and support',
    )
    expect(
      await countIn(
        portal,
        "select count(*) as n from audit_log where action = 'decision-letter.read' and person_id = ?",
        alex,
      ),
    ).toBe(3)
  })
})
