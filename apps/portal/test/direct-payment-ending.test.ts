import type { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { activePlanForPriya, agreePriyasPayment, dateBoxes, todayInEngland } from './support/direct-payments'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { countIn } from './support/portal-sql'
import { page, signedIn, text } from './support/support-plan'

/** The messages a refused form shows: the error summary's links and the messages beside the fields. */
const messagesIn = (html: string) =>
  [
    ...html.matchAll(/<a href="#[^"]*">([^<]*)<\/a>/g),
    ...html.matchAll(/govuk-error-message"[^>]*>(?:<span[^>]*>[^<]*<\/span>)?([^<]*)</g),
  ].map((match) => wordsOf(match[1] ?? '').trim())

/** The words of the package and forms that a person must never read: enum values and date formats. */
const CODE_WORDS = [
  'death',
  'moved-away',
  'person-chose',
  'conditions-not-met',
  'care-home',
  'reduce-future-payments',
  'recoup-from-card',
  'nominated-person',
  'prepaid-card',
  'own-bank-account',
  'Invalid input',
  'Invalid option',
  'YYYY',
]

const plainEnglish = (messages: string[]) => {
  expect(messages.length).toBeGreaterThan(0)
  for (const message of messages) {
    for (const word of CODE_WORDS) expect(message, message).not.toContain(word)
    expect(message, message).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  }
}

/** 2026-12-04 as a page writes it: 4 December 2026. */
const longDateOf = (date: string) => {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

const inDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

// Issue 14: the finance officer ends Priya's direct payment because she moves to another council on a known day, and
// the page gives the final reconciliation; every direct-payment form answers bad input in plain English.
describe.each(portalEngines())('ending a direct payment on $name (issue 14)', (engine) => {
  let portal: RunningPortal
  let finance: PortalClient
  let personId = ''
  let agreement = ''
  const today = todayInEngland()
  const count = (table: string) => countIn(portal, `select count(*) as n from ${table}`)

  beforeAll(async () => {
    portal = await engine.start()
    personId = (await activePlanForPriya(portal)).personId
    finance = await signedIn(portal, 'finance')
  }, 240_000)

  afterAll(async () => {
    await portal?.stop()
  })

  it('names each wrong field of the set-up form in plain English', async () => {
    const setUp = `/finance/direct-payments/new/${personId}`
    const empty = await finance.submit(setUp, { recipientRole: 'somebody', basis: 'sideways' })
    expect(empty.status).toBe(400)
    plainEnglish(messagesIn(await text(empty)))
    const made = await agreePriyasPayment(finance, personId, today)
    expect(made.status).toBe(302)
    agreement = (made.headers.get('Location') ?? '').split('/').at(-1) ?? ''
  })

  it('answers empty and wrong changes, suspensions and endings in plain English, storing nothing', async () => {
    const at = `/finance/direct-payments/${agreement}`
    const forms: Record<string, string>[] = [
      { intent: 'change', changeBudget: 'lots' },
      { intent: 'change', changeBudget: '100', changeFromDay: '31', changeFromMonth: '2', changeFromYear: '2026' },
      { intent: 'suspend' },
      { intent: 'suspend', suspendReason: 'Card', ...dateBoxes('suspendFrom', '2099-01-01') },
      { intent: 'end' },
      { intent: 'end', endingReason: 'moved-abroad', ...dateBoxes('endDate', '2099-01-01') },
    ]
    for (const values of forms) {
      const refused = await finance.submit(at, { seen: '0', ...values })
      expect(refused.status, JSON.stringify(values)).toBe(400)
      plainEnglish(messagesIn(await text(refused)))
    }
    expect(await count('direct_payment_decisions')).toBe(0)
  })

  it('ends the payment on a day ahead: the page says when payments stop, then gives the final reconciliation', async () => {
    const at = `/finance/direct-payments/${agreement}`
    const lastDay = inDays(today, 10)
    const wrong = await finance.submit(at, { seen: '0', intent: 'end', endNote: 'Moving to Leeds' })
    expect(wrong.status).toBe(400)
    const wrongHtml = await text(wrong)
    expect(wordsOf(wrongHtml)).toContain('Choose why the direct payment is ending')
    expect(wrongHtml).toContain('Moving to Leeds')

    const ended = await finance.submit(at, {
      seen: '0',
      intent: 'end',
      endingReason: 'moved-away',
      endNote: 'Moving to Leeds',
      ...dateBoxes('endDate', lastDay),
    })
    expect(ended.status).toBe(302)
    const view = wordsOf(await page(finance, at))
    const longDate = longDateOf(lastDay)
    expect(view).toContain(`Being paid; ends on ${longDate}`)
    expect(view).toContain('Final reconciliation')
    // Nothing has been paid yet, so the council owes what is due up to her last day.
    expect(view).toMatch(/The council owes £[\d,]+\.\d\d\./)
    expect(view).toContain('The person moved to another council. Moving to Leeds')
    expect(view).not.toContain('moved-away')
    expect(await count("direct_payment_decisions where kind = 'ending'")).toBe(1)
    expect(await count("audit_log where action = 'direct-payment.decide'")).toBe(1)

    const again = await finance.submit(at, {
      seen: '1',
      intent: 'end',
      endingReason: 'death',
      ...dateBoxes('endDate', today),
    })
    expect(again.status).toBe(400)
    expect(wordsOf(await text(again))).toContain(`The direct payment already ended on ${longDate}`)
    expect(await count("direct_payment_decisions where kind = 'ending'")).toBe(1)
  })
  it('adds a one-off payment, refusing a wrong amount or a year ahead in plain English; the next run pays it', async () => {
    const at = `/finance/direct-payments/${agreement}`
    for (const values of [
      { oneOffAmount: 'a chair', oneOffFor: 'Riser chair', ...dateBoxes('oneOffDate', today) },
      { oneOffAmount: '450', oneOffFor: 'Riser chair', ...dateBoxes('oneOffDate', inDays(today, 400)) },
    ]) {
      const refused = await finance.submit(at, { seen: '1', intent: 'one-off', ...values })
      expect(refused.status, JSON.stringify(values)).toBe(400)
      plainEnglish(messagesIn(await text(refused)))
    }
    const added = await finance.submit(at, {
      seen: '1',
      intent: 'one-off',
      oneOffAmount: '450.00',
      oneOffFor: 'Riser chair',
      ...dateBoxes('oneOffDate', today),
    })
    expect(added.status).toBe(302)
    expect(wordsOf(await page(finance, at))).toContain(
      `One-off payment of £450.00 on ${longDateOf(today)}: Riser chair`,
    )
    expect(await count("audit_log where action = 'direct-payment.decide'")).toBe(2)
    expect(wordsOf(await page(finance, '/finance/direct-payments/run'))).toContain(
      `One-off payment on ${longDateOf(today)}: Riser chair, £450.00.`,
    )
  })
})
