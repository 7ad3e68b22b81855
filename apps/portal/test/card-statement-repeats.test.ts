import type { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { activePlanForPriya, dateBoxes, todayInEngland, uploadStatement } from './support/direct-payments'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { countIn } from './support/portal-sql'
import { page, signedIn, text } from './support/support-plan'

// Issue 14's audit: a statement with last time's rows plus one new row counted the old rows twice. Ravi's card
// provider exports in the Northmoor format (plugins/example-county): the rows he sent before are left out.
describe.each(portalEngines())('a card statement repeating rows already sent, on $name (issue 14)', (engine) => {
  let portal: RunningPortal
  let ravi: PortalClient
  let returnPage = ''
  const today = todayInEngland()
  const day = today.split('-').reverse().join('/')
  const count = (table: string) => countIn(portal, `select count(*) as n from ${table}`)
  const statement = (...rows: string[]) =>
    ['Transaction Date,Merchant,Credit,Debit,Balance', `${day},Council payment,100.00,,100.00`, ...rows].join('\n')

  beforeAll(async () => {
    portal = await engine.start()
    const plan = await activePlanForPriya(portal)
    ravi = plan.rep
    returnPage = `/people/${plan.personId}/money/return`
    const finance = await signedIn(portal, 'finance')
    const made = await finance.submit(`/finance/direct-payments/new/${plan.personId}`, {
      recipientRole: 'nominated-person',
      recipientName: 'Ravi Shah',
      nomineeAgreed: 'yes',
      accountType: 'prepaid-card',
      basis: 'net',
      ...dateBoxes('startDate', today),
      costCentre: 'ASC-DP-07',
    })
    expect(made.status).toBe(302)
  }, 240_000)

  afterAll(async () => {
    await portal?.stop()
  })

  it('counts only the new row, says how many were left out, and refuses a file with nothing new', async () => {
    const first = await uploadStatement(ravi, portal, returnPage, statement(`${day},PA wages,,40.00,60.00`))
    expect(first.status).toBe(303)
    const longer = statement(`${day},PA wages,,40.00,60.00`, `${day},Taxi,,5.00,55.00`)
    const second = await uploadStatement(ravi, portal, returnPage, longer)
    expect(second.status).toBe(303)
    const shown = wordsOf(await page(ravi, second.headers.get('Location') ?? ''))
    expect(shown).toContain('Return sent')
    expect(shown).toContain('2 transactions were already imported and were left out.')
    expect(await count('direct_payment_returns')).toBe(2)
    // The second return holds the taxi alone: it opens on £60.00, the balance before it, and spends £5.00.
    expect(await count("direct_payment_spend_lines where description = 'PA wages'")).toBe(1)
    expect(await count("direct_payment_spend_lines where description = 'Taxi'")).toBe(1)
    expect(
      await countIn(
        portal,
        'select opening_balance_pence as n from direct_payment_returns order by sent_at desc limit 1',
      ),
    ).toBe(6_000)
    expect(await count('direct_payment_card_transactions')).toBe(3)
    // The same rows exported again (other bytes, so not the same file): nothing new, nothing added.
    const again = await uploadStatement(ravi, portal, returnPage, longer.replaceAll('\n', '\r\n'))
    expect(again.status).toBe(400)
    expect(wordsOf(await text(again))).toContain(
      'All 3 transactions in this statement were already imported: nothing was added.',
    )
    expect(await count('direct_payment_returns')).toBe(2)
    expect(await count("audit_log where action = 'direct-payment.return'")).toBe(2)
  })
})
