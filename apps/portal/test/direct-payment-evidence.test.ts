import type { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { activePlanForPriya, dateBoxes, todayInEngland } from './support/direct-payments'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { countIn } from './support/portal-sql'
import { page, signedIn, text } from './support/support-plan'

const daysFrom = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

// Issue 14, personal-assistant employment evidence (direct-payments.md section 5; Gloucestershire policy 8.3-8.5):
// Priya employs a PA with her direct payment, which Ravi manages. The finance officer records the employer's evidence
// with its expiry dates; the officer and Ravi see what is missing, expired or expiring within 30 days.
describe.each(portalEngines())('personal-assistant employment evidence on $name (issue 14)', (engine) => {
  let portal: RunningPortal
  let finance: PortalClient
  let ravi: PortalClient
  let agreement = ''
  let personId = ''
  const today = todayInEngland()
  const evidencePage = () => `/finance/direct-payments/${agreement}/evidence`
  const count = (table: string) => countIn(portal, `select count(*) as n from ${table}`)

  beforeAll(async () => {
    portal = await engine.start()
    const plan = await activePlanForPriya(portal)
    ravi = plan.rep
    personId = plan.personId
    finance = await signedIn(portal, 'finance')
    const made = await finance.submit(`/finance/direct-payments/new/${personId}`, {
      recipientRole: 'nominated-person',
      recipientName: 'Ravi Shah',
      nomineeAgreed: 'yes',
      accountType: 'prepaid-card',
      basis: 'net',
      ...dateBoxes('startDate', today),
      costCentre: 'ASC-DP-07',
    })
    if (made.status !== 302) throw new Error(`test setup: the agreement gave ${String(made.status)}`)
    agreement = (made.headers.get('Location') ?? '').split('/').at(-1) ?? ''
  }, 240_000)

  afterAll(async () => {
    await portal?.stop()
  })

  it('starts with the employer’s evidence missing, and the person sees nothing until some is recorded', async () => {
    const shown = wordsOf(await page(finance, evidencePage()))
    expect(shown).toContain('Priya Shah')
    expect(shown).toContain('3 things need doing')
    expect(shown).toContain("Employer's liability insurance: no evidence held.")
    expect(shown).toContain('No evidence has been recorded.')
    expect(wordsOf(await page(ravi, `/people/${personId}/money`))).not.toContain('Employing personal assistants')
  })

  it('names a missing kind, an empty name, a negative cover and an impossible date, keeping what was typed', async () => {
    const none = await finance.submit(evidencePage(), { subject: '', expiresOnDay: '31', expiresOnMonth: '2' })
    expect(none.status).toBe(400)
    const saidNone = wordsOf(await text(none))
    expect(saidNone).toContain('Choose which evidence this is')
    expect(saidNone).toContain('Enter who or what the evidence names')
    expect(saidNone).toContain('Enter the date the evidence expires, as a real date')
    const negative = await finance.submit(evidencePage(), {
      kind: 'employers-liability-insurance',
      subject: 'Independent Living Insurance',
      cover: '-5000000',
      ...dateBoxes('expiresOn', daysFrom(today, 300)),
    })
    expect(negative.status).toBe(400)
    const html = await text(negative)
    expect(wordsOf(html)).toContain('The amount the insurance covers must be 0 or more, not a negative amount')
    expect(html).toContain('value="Independent Living Insurance"')
    expect(html).toContain('value="-5000000"')
    const words = await finance.submit(evidencePage(), {
      kind: 'employers-liability-insurance',
      subject: 'Independent Living Insurance',
      cover: 'five million',
      ...dateBoxes('expiresOn', daysFrom(today, 300)),
    })
    expect(wordsOf(await text(words))).toContain(
      'The amount the insurance covers must be an amount of money in numbers, like 25.50',
    )
    expect(await count('direct_payment_employment_evidence')).toBe(0)
    expect(await count("audit_log where action = 'direct-payment.evidence-recorded'")).toBe(0)
  })

  it('records each piece with its audit entry and shows what is held, expiring soon and expired to both', async () => {
    const record = async (fields: Record<string, string>) => {
      const done = await finance.submit(evidencePage(), fields)
      expect(done.status).toBe(302)
    }
    await record({
      kind: 'employers-liability-insurance',
      subject: 'Independent Living Insurance',
      cover: '10000000',
      ...dateBoxes('expiresOn', daysFrom(today, 300)),
    })
    await record({ kind: 'payroll-provider', subject: 'DPSS payroll', ...dateBoxes('expiresOn', daysFrom(today, 10)) })
    await record({ kind: 'pension', subject: 'NEST', ...dateBoxes('expiresOn', daysFrom(today, -1)) })
    await record({ kind: 'dbs', subject: 'Kemi Adeyemi', ...dateBoxes('expiresOn', daysFrom(today, 700)) })
    expect(await count('direct_payment_employment_evidence')).toBe(4)
    expect(await count("audit_log where action = 'direct-payment.evidence-recorded'")).toBe(4)
    for (const shown of [
      wordsOf(await page(finance, evidencePage())),
      wordsOf(await page(ravi, `/people/${personId}/money`)),
    ]) {
      expect(shown).toContain('2 things need doing')
      expect(shown).toMatch(/Held Employer's liability insurance: held until/)
      expect(shown).toMatch(/Expiring soon Payroll provider: expires soon, on/)
      expect(shown).toMatch(/Expired Workplace pension: expired on/)
      expect(shown).toMatch(/Held DBS check for Kemi Adeyemi: held until/)
    }
    // Newer pension evidence is a new row; the newest counts.
    await record({ kind: 'pension', subject: 'NEST', ...dateBoxes('expiresOn', daysFrom(today, 365)) })
    const after = wordsOf(await page(finance, evidencePage()))
    expect(after).toContain('1 thing needs doing')
    expect(after).toMatch(/Held Workplace pension: held until/)
    expect(await count('direct_payment_employment_evidence')).toBe(5)
  })
})
