import type { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  dateBoxes,
  daysAfter,
  monthsBefore,
  priyasPaymentFrom,
  todayInEngland,
  uploadStatement,
} from './support/direct-payments'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { countIn } from './support/portal-sql'
import { page } from './support/support-plan'

// Issue 14, monitoring: the account's balance carries on from one return to the next. Ravi's second return for Priya
// opens on £120.00 although his first closed on £100.00, so the council asks about the £20.00 between them, with both
// figures, on the finance officer's page and on the return's own page that Ravi reads.
describe.each(portalEngines())('returns following one another, on $name (issue 14)', (engine) => {
  let portal: RunningPortal
  let finance: PortalClient
  let ravi: PortalClient
  let agreement = ''
  let personId = ''
  const start = monthsBefore(todayInEngland(), 1)
  // The opening-balance test's second return ends here: the card statement then starts on this day.
  const lastEnd = daysAfter(start, 13)

  beforeAll(async () => {
    portal = await engine.start()
    ;({ ravi, finance, personId, agreement } = await priyasPaymentFrom(portal, start))
  }, 240_000)

  afterAll(async () => {
    await portal?.stop()
  })

  it('asks about the difference with both figures, to the finance officer and on Ravi’s return page', async () => {
    const returnPage = `/people/${personId}/money/return`
    const send = (from: string, to: string, opening: string, closing: string) =>
      ravi.submit(returnPage, {
        form: 'lines',
        ...dateBoxes('periodStart', from),
        ...dateBoxes('periodEnd', to),
        openingBalance: opening,
        closingBalance: closing,
      })
    const first = await send(start, daysAfter(start, 6), '100.00', '100.00')
    expect(first.status).toBe(303)
    const second = await send(daysAfter(start, 7), daysAfter(start, 13), '120.00', '120.00')
    expect(second.status).toBe(303)
    const question =
      /The opening balance of £120\.00 on .* is £20\.00 more than the closing balance of £100\.00 on the last return, for .*: ask about the difference\./
    expect(wordsOf(await page(finance, `/finance/direct-payments/${agreement}`))).toMatch(question)
    expect(wordsOf(await page(ravi, second.headers.get('Location') ?? ''))).toMatch(question)
    // The first return had nothing before it to carry on from: its own page asks nothing about its opening balance.
    expect(wordsOf(await page(ravi, first.headers.get('Location') ?? ''))).not.toMatch(/The opening balance of/)
  })

  // Ravi typed that return by hand; the card statement he downloads later starts on its last day, because the bank
  // posted a taxi fare after he sent it. It was refused as overlapping; now its return starts the next day, counts the
  // taxi once, and tells Ravi and the finance officer it came in late, with the figures.
  it('takes a card statement starting on the last return’s end, counts the late row once and says it came in late, to Ravi and the finance officer', async () => {
    const returnPage = `/people/${personId}/money/return`
    const csv = [
      'Transaction Date,Merchant,Credit,Debit,Balance',
      `${cardDay(lastEnd)},Taxi,,12.50,87.50`,
      `${cardDay(daysAfter(lastEnd, 2))},PA wages,,40.00,47.50`,
    ].join('\n')
    const sent = await uploadStatement(ravi, portal, returnPage, csv)
    expect(sent.status).toBe(303)
    const late = new RegExp(
      `1 transaction dated ${wordsDate(lastEnd)} came in late, after the last return, which ended on ${wordsDate(lastEnd)}: £12\\.50 spent, counted in this return instead\\.`,
    )
    expect(wordsOf(await page(ravi, sent.headers.get('Location') ?? ''))).toMatch(late)
    expect(wordsOf(await page(finance, `/finance/direct-payments/${agreement}`))).toMatch(late)
    expect(await countIn(portal, 'select count(*) as n from direct_payment_returns')).toBe(3)
    expect(
      await countIn(portal, "select count(*) as n from direct_payment_spend_lines where description = 'Taxi'"),
    ).toBe(1)
    // A hand-typed return over the statement's days is still refused.
    const over = await ravi.submit(returnPage, {
      form: 'lines',
      ...dateBoxes('periodStart', lastEnd),
      ...dateBoxes('periodEnd', daysAfter(lastEnd, 1)),
      openingBalance: '0',
      closingBalance: '0',
    })
    expect(over.status).toBe(400)
    expect(await countIn(portal, 'select count(*) as n from direct_payment_returns')).toBe(3)
  })
})

const cardDay = (date: string) => date.split('-').reverse().join('/')

/** A date as the pages write it: "3 March 2027". */
function wordsDate(date: string) {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}
