import type { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLAN, determinedCarer, practitionerOutsideTheTeam } from './support/carers'
import { dateBoxes, monthsBefore, paidEarlier, todayInEngland } from './support/direct-payments'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { page, signedIn } from './support/support-plan'

// Issue 16 with issue 14's reviews (regulation 7 applies to a carer's direct payment as to anyone's): Ravi's one-off
// carer's budget was paid seven months ago, so its first review is overdue on the due list of Dana, who works with
// him, as a person's would be; a practitioner outside the carers' team without Ravi on their caseload never sees it.
describe.each(portalEngines())('a carer’s direct-payment review on $name', (engine) => {
  let portal: RunningPortal
  let dana: PortalClient
  let agreement = ''
  const firstPaid = monthsBefore(todayInEngland(), 7)

  beforeAll(async () => {
    portal = await engine.start()
    const carer = await determinedCarer(portal)
    dana = carer.dana
    const agreed = await dana.submit(`/work/carers/${carer.carerPersonId}/plan`, PLAN)
    if (agreed.status !== 302) throw new Error(`test setup: the plan gave ${String(agreed.status)}`)
    const finance = await signedIn(portal, 'finance')
    const made = await finance.submit(`/finance/direct-payments/carer/${carer.carerPersonId}`, {
      accountType: 'prepaid-card',
      basis: 'net',
      ...dateBoxes('startDate', firstPaid),
      costCentre: 'ASC-CARERS',
    })
    if (made.status !== 302) throw new Error(`test setup: the agreement gave ${String(made.status)}`)
    agreement = (made.headers.get('Location') ?? '').split('/').at(-1) ?? ''
    // The one payment, seven months ago, as the council's finance system would have made it then.
    await paidEarlier(portal, { id: 'payment-carer', agreement, paidOn: firstPaid, kind: 'one-off', pence: 30_000 })
  }, 240_000)

  afterAll(async () => {
    await portal?.stop()
  })

  it('lists the carer’s first review as overdue six months after the payment, leading to the review page', async () => {
    const due = await page(dana, '/work/due')
    expect(due).toContain(`href="/practitioner/direct-payments/${agreement}/review"`)
    expect(wordsOf(due)).toMatch(/Ravi Shah .*overdue/i)
    const review = wordsOf(await page(dana, `/practitioner/direct-payments/${agreement}/review`))
    expect(review).toContain('Ravi Shah')
  })

  it('shows nothing of it to a practitioner outside the carers’ team without the carer on their caseload', async () => {
    const otto = await practitionerOutsideTheTeam(portal)
    expect(await page(otto, '/work/due')).not.toContain(agreement)
    expect((await otto.get(`/practitioner/direct-payments/${agreement}/review`)).status).toBe(404)
    expect(
      (await otto.submit(`/practitioner/direct-payments/${agreement}/review`, { outcome: 'continue' })).status,
    ).toBe(404)
  })
})
