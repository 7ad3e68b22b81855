import type { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dateBoxes, monthsBefore, paidEarlier, planAgreedEarlier, todayInEngland } from './support/direct-payments'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { countIn, portalSql } from './support/portal-sql'
import { page, signedIn, text } from './support/support-plan'

// Issue 14, reviews (Care and Support (Direct Payments) Regulations 2014, regulation 7): Priya's direct payment was
// first paid seven months ago, so her first review (within six months) is overdue on Dana's due list; Dana records the
// review held, and the next is due twelve months after it.
describe.each(portalEngines())('direct-payment reviews on $name (issue 14)', (engine) => {
  let portal: RunningPortal
  let dana: PortalClient
  let ravi: PortalClient
  let agreement = ''
  let personId = ''
  const today = todayInEngland()
  const firstPaid = monthsBefore(today, 7)
  const count = (table: string) => countIn(portal, `select count(*) as n from ${table}`)

  beforeAll(async () => {
    portal = await engine.start()
    // Her plan was agreed the day the direct payment started, seven months ago: it cannot start before.
    const plan = await planAgreedEarlier(portal, firstPaid)
    dana = plan.dana
    ravi = plan.rep
    personId = plan.personId
    const finance = await signedIn(portal, 'finance')
    const made = await finance.submit(`/finance/direct-payments/new/${personId}`, {
      recipientRole: 'nominated-person',
      recipientName: 'Ravi Shah',
      nomineeAgreed: 'yes',
      accountType: 'prepaid-card',
      basis: 'net',
      ...dateBoxes('startDate', firstPaid),
      costCentre: 'ASC-DP-07',
    })
    if (made.status !== 302) throw new Error(`test setup: the agreement gave ${String(made.status)}`)
    agreement = (made.headers.get('Location') ?? '').split('/').at(-1) ?? ''
    // The first payment, seven months ago, as the council's finance system would have made it then.
    await paidEarlier(portal, { id: 'payment-first', agreement, paidOn: firstPaid, kind: 'regular', pence: 100 })
  }, 240_000)

  afterAll(async () => {
    await portal?.stop()
  })

  it('lists the first review as overdue six months after the first payment, leading to the review page', async () => {
    const due = await page(dana, '/work/due')
    expect(wordsOf(due)).toContain('Direct-payment reviews')
    expect(due).toContain(`href="/practitioner/direct-payments/${agreement}/review"`)
    const review = wordsOf(await page(dana, `/practitioner/direct-payments/${agreement}/review`))
    expect(review).toContain('Priya Shah')
    expect(review).toMatch(/The first review is due within 6 months of the first payment on .*: by .*\./)
    expect(review).toContain('(overdue)')
    expect(review).toContain('No direct-payment review has been recorded.')
  })

  it('names a review dated in the future, a missing outcome and empty notes, keeping what was typed', async () => {
    const reviewPage = `/practitioner/direct-payments/${agreement}/review`
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
    const future = await dana.submit(reviewPage, {
      seen: '0',
      ...dateBoxes('heldOn', tomorrow),
      outcome: 'continue',
      notes: 'Ravi manages the card well.',
    })
    expect(future.status).toBe(400)
    const futureHtml = await text(future)
    expect(wordsOf(futureHtml)).toContain('The date the review was held must be today or in the past')
    expect(futureHtml).toContain('Ravi manages the card well.')
    const empty = await dana.submit(reviewPage, { seen: '0', heldOnDay: '31', heldOnMonth: '2', heldOnYear: '2026' })
    expect(empty.status).toBe(400)
    const said = wordsOf(await text(empty))
    expect(said).toContain('Enter the date the review was held, as a real date')
    expect(said).toContain('Choose the outcome of the review')
    expect(said).toContain('Enter what the review found')
    expect(await count("direct_payment_decisions where kind = 'review'")).toBe(0)
    expect(await count("audit_log where action = 'direct-payment.review'")).toBe(0)
  })

  it('records the review held: it leaves the due list, and the next is due twelve months later', async () => {
    const reviewPage = `/practitioner/direct-payments/${agreement}/review`
    const held = await dana.submit(reviewPage, {
      seen: '0',
      ...dateBoxes('heldOn', today),
      outcome: 'continue',
      notes: 'Ravi manages the card well; church every Sunday with her PA.',
    })
    expect(held.status).toBe(302)
    const review = wordsOf(await page(dana, reviewPage))
    expect(review).toMatch(
      /Direct payments remain an appropriate way to meet the needs\. Ravi manages the card well; church every Sunday with her PA\. Next due by/,
    )
    expect(review).toMatch(/The last review was on .*; the next is due within 12 months: by .*\./)
    expect(review).not.toContain('(overdue)')
    const due = await page(dana, '/work/due')
    expect(due).not.toContain(`/practitioner/direct-payments/${agreement}/review`)
    expect(wordsOf(due)).toContain('No direct-payment review is overdue or due in the next four weeks.')
    // Ravi's money page counts the next review from the one held.
    const [year = '', month = '', day = ''] = today.split('-')
    const nextYear = new Date(`${String(Number(year) + 1)}-${month}-${day}T12:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    expect(wordsOf(await page(ravi, `/people/${personId}/money`))).toContain(`By ${nextYear}`)
    expect(await count("direct_payment_decisions where kind = 'review'")).toBe(1)
    expect(await count("audit_log where action = 'direct-payment.review'")).toBe(1)
  })

  it('refuses a review recorded by someone who saw the agreement before another decision', async () => {
    const stale = await dana.submit(`/practitioner/direct-payments/${agreement}/review`, {
      seen: '0',
      ...dateBoxes('heldOn', today),
      outcome: 'continue',
      notes: 'A second copy of the same review',
    })
    expect(stale.status).toBe(400)
    expect(wordsOf(await text(stale))).toContain('Someone else recorded a decision on this agreement')
    expect(await count("direct_payment_decisions where kind = 'review'")).toBe(1)
  })

  it('is neither listed nor opened for a practitioner once the person is off their caseload (decision 058)', async () => {
    const [danaAccount] = await portalSql(portal, "select id from users where email = 'practitioner@example.org'")
    await portalSql(portal, 'delete from person_access where user_id = ? and person_id = ?', danaAccount?.id, personId)
    const due = await page(dana, '/work/due')
    expect(due).not.toContain('Priya Shah')
    expect((await dana.get(`/practitioner/direct-payments/${agreement}/review`)).status).toBe(404)
  })
})
