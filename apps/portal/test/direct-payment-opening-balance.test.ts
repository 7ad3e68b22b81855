import type { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  agreePriyasPayment,
  dateBoxes,
  monthsBefore,
  planAgreedEarlier,
  todayInEngland,
} from './support/direct-payments'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { page, signedIn } from './support/support-plan'

const daysAfter = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

// Issue 14, monitoring: the account's balance carries on from one return to the next. Ravi's second return for Priya
// opens on £120.00 although his first closed on £100.00, so the council asks about the £20.00 between them, with both
// figures, on the finance officer's page and on the return's own page that Ravi reads.
describe.each(portalEngines())('an opening balance unlike the last closing balance, on $name (issue 14)', (engine) => {
  let portal: RunningPortal
  let finance: PortalClient
  let ravi: PortalClient
  let agreement = ''
  let personId = ''
  const start = monthsBefore(todayInEngland(), 1)

  beforeAll(async () => {
    portal = await engine.start()
    const plan = await planAgreedEarlier(portal, start)
    ravi = plan.rep
    personId = plan.personId
    finance = await signedIn(portal, 'finance')
    const made = await agreePriyasPayment(finance, personId, start)
    if (made.status !== 302) throw new Error(`test setup: the agreement gave ${String(made.status)}`)
    agreement = (made.headers.get('Location') ?? '').split('/').at(-1) ?? ''
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
})
