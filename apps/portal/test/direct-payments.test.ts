import type { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  activePlanForPriya,
  agreePriyasPayment,
  dateBoxes,
  todayInEngland,
  uploadStatement,
} from './support/direct-payments'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { countIn } from './support/portal-sql'
import { page, signedIn, text } from './support/support-plan'

// Issue 14: after the plan, the finance officer sets up Priya's direct payment, pays a run once, and checks what Ravi
// (her son, who manages it) sends back; bad input is named and stores nothing.
describe.each(portalEngines())('direct payments on $name (issue 14)', (engine) => {
  let portal: RunningPortal
  let finance: PortalClient
  let ravi: PortalClient
  let personId = ''
  let agreement = ''
  const today = todayInEngland()
  const count = (table: string) => countIn(portal, `select count(*) as n from ${table}`)

  beforeAll(async () => {
    portal = await engine.start()
    const plan = await activePlanForPriya(portal)
    ravi = plan.rep
    personId = plan.personId
    finance = await signedIn(portal, 'finance')
  }, 240_000)

  afterAll(async () => {
    await portal?.stop()
  })

  it('sets up the agreement from the plan in force, naming each bad field and keeping what was typed', async () => {
    const caseload = await page(finance, '/finance/direct-payments')
    expect(caseload).toContain('Plans in force to set up')
    const setUp = `/finance/direct-payments/new/${personId}`
    expect(caseload).toContain(setUp)
    const bad = await finance.submit(setUp, {
      recipientRole: 'nominated-person',
      recipientName: 'Ravi Shah',
      basis: 'net',
      ...dateBoxes('startDate', '2026-02-30'),
      costCentre: 'ASC-DP-07',
    })
    expect(bad.status).toBe(400)
    const badHtml = await text(bad)
    const said = wordsOf(badHtml)
    expect(said).toContain('The nominated person must agree to receive it')
    expect(said).toContain('Choose how the money is held')
    expect(said).toContain('Enter the date payments start, as a real date')
    expect(badHtml).toContain('value="ASC-DP-07"')
    expect(await count('direct_payment_agreements')).toBe(0)
    const agreeFrom = (startDate: string) => agreePriyasPayment(finance, personId, startDate)
    // The audit's 1990 start made a £233,718 first run: a start before the plan was agreed, or years ahead, is refused.
    for (const [startDate, words] of [
      ['1990-01-01', /The start date must be on or after \d{1,2} \w+ \d{4}, when version \d+ of the plan was agreed/],
      ['2099-01-01', /The start date must be no later than \d{1,2} \w+ \d{4}, 6 months from today/],
    ] as const) {
      const refused = await agreeFrom(startDate)
      expect(refused.status).toBe(400)
      expect(wordsOf(await text(refused))).toMatch(words)
    }
    expect(await count('direct_payment_agreements')).toBe(0)

    const made = await agreeFrom(today)
    expect(made.status).toBe(302)
    agreement = (made.headers.get('Location') ?? '').split('/').at(-1) ?? ''
    const view = wordsOf(await page(finance, `/finance/direct-payments/${agreement}`))
    expect(view).toContain('Ravi Shah (A person they nominate)')
    expect(view).toContain('How the payment was worked out')
    expect(await count("audit_log where action = 'direct-payment.agree'")).toBe(1)
  })

  it('previews the run, pays it once, refuses a second run for the period, and gives the finance system its CSV', async () => {
    const preview = wordsOf(await page(finance, `/finance/direct-payments/run?period=${today}`))
    expect(preview).toContain('Priya Shah')
    // The example county pays monthly, and adds its £61.00 a year for employer's liability insurance.
    expect(preview).toMatch(/2 payments to make, £[\d,]+\.\d\d in all\./)
    expect(await count('direct_payments')).toBe(0)
    const paid = await finance.submit(`/finance/direct-payments/run?period=${today}`, { period: today })
    expect(paid.status).toBe(302)
    expect(await count('direct_payments')).toBe(2)
    const twice = await finance.post(`/finance/direct-payments/run?period=${today}`, {
      csrf: /name="csrf" value="([^"]+)"/.exec(await page(finance, '/finance/direct-payments/run'))?.[1] ?? '',
      period: today,
    })
    expect(twice.status).toBe(400)
    expect(wordsOf(await text(twice))).toMatch(/The period .* was already paid on .*: a period is paid once\./)
    expect(await count('direct_payments')).toBe(2)
    const runPage = await page(finance, `/finance/direct-payments/run?period=${today}`)
    const csvPath = /href="(\/finance\/direct-payments\/runs\/[^"]+\.csv)"/.exec(runPage)?.[1] ?? ''
    const csv = await (await finance.get(csvPath)).text()
    const [header, ...rows] = csv.trim().split('\r\n')
    expect(header).toBe('Reference,Amount,Cost centre,Date')
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatch(new RegExp(`^${agreement}/\\d{4}-\\d\\d-\\d\\d,\\d+\\.\\d\\d,ASC-DP-07,${today}$`))
    // Ravi may not see runs: the real run's CSV and one that does not exist both answer "Page not found".
    for (const path of [csvPath, '/finance/direct-payments/runs/no-such-run.csv']) {
      const refused = await ravi.get(path)
      expect(refused.status).toBe(404)
      expect(await refused.text()).toContain('Page not found')
    }
  })

  it('pays only a period the page offers: a date a year ahead posted by hand is refused and nothing is paid', async () => {
    const yearAhead = `${String(Number(today.slice(0, 4)) + 1)}${today.slice(4)}`
    const csrf = /name="csrf" value="([^"]+)"/.exec(await page(finance, '/finance/direct-payments/run'))?.[1] ?? ''
    const ahead = await finance.post('/finance/direct-payments/run', { csrf, period: yearAhead })
    expect(ahead.status).toBe(400)
    expect(wordsOf(await text(ahead))).toContain('Choose the period to pay from the list')
    expect(await count('direct_payments')).toBe(2)
    // Typed into the address: neither worked out nor a server error, even centuries away.
    for (const period of [yearAhead, '9999-12-31', '1900-01-01']) {
      const shown = await finance.get(`/finance/direct-payments/run?period=${period}`)
      expect(shown.status, period).toBe(200)
      const words = wordsOf(await text(shown))
      expect(words, period).toContain('Choose the period to pay from the list')
      expect(words, period).not.toContain('payments to make')
    }
  })

  it('records a change of the plan from an effective date; the next run recovers the overpayment as a new line', async () => {
    const view = `/finance/direct-payments/${agreement}`
    const bad = await finance.submit(view, {
      intent: 'change',
      seen: '0',
      ...dateBoxes('changeFrom', today),
      changeBudget: 'four hundred',
      changeReason: 'Plan revised: fewer agency hours',
    })
    expect(bad.status).toBe(400)
    const badHtml = await text(bad)
    expect(wordsOf(badHtml)).toMatch(/The new weekly amount must be an amount of money|The new weekly amount/)
    expect(badHtml).toContain('value="four hundred"')
    expect(await count('direct_payment_decisions')).toBe(0)
    const changed = await finance.submit(view, {
      intent: 'change',
      seen: '0',
      ...dateBoxes('changeFrom', today),
      changeBudget: '400',
      changeReason: 'Plan revised: fewer agency hours',
    })
    expect(changed.status).toBe(302)
    expect(wordsOf(await page(finance, view))).toContain('Plan revised: fewer agency hours')
    // The example county pays calendar months: the next run is for next month, and takes back what this one overpaid.
    const [y = 0, m = 0] = today.split('-').map(Number)
    const nextStart = m === 12 ? `${String(y + 1)}-01-01` : `${String(y)}-${String(m + 1).padStart(2, '0')}-01`
    const preview = wordsOf(await page(finance, `/finance/direct-payments/run?period=${nextStart}`))
    expect(preview).toMatch(/−£[\d,]+\.\d\d \(overpayment recovered\)/)
    expect(preview).toMatch(/1 adjustment to payments already made, after a change from an effective date/)
    const paid = await finance.submit(`/finance/direct-payments/run?period=${nextStart}`, { period: nextStart })
    expect(paid.status).toBe(302)
    expect(await count('direct_payment_adjustments')).toBe(1)
    const runPage = await page(finance, `/finance/direct-payments/run?period=${nextStart}`)
    const csvPath = /href="(\/finance\/direct-payments\/runs\/[^"]+\.csv)"/.exec(runPage)?.[1] ?? ''
    const rows = (await (await finance.get(csvPath)).text()).trim().split('\r\n')
    expect(rows.filter((row) => row.includes('/adjusted/'))).toEqual([
      expect.stringMatching(
        new RegExp(`^${agreement}/${today.slice(0, 8)}\\d\\d/adjusted/${nextStart},-\\d+\\.\\d\\d,ASC-DP-07,${today}$`),
      ),
    ])
    // The payments already made are as they were: the correction is a line of its own.
    expect(await count('direct_payments')).toBe(3)
  })

  it('shows Ravi the payment in Priya’s money, and takes a card statement keeping the good rows', async () => {
    const money = wordsOf(await page(ravi, `/people/${personId}/money`))
    expect(money).toContain('Priya Shah’s money')
    expect(money).toContain('Payments made')
    expect(money).toMatch(/21 of the period's 28 days|of the period's 28 days|a week/)
    // Ravi reads about his mother by name, as the finance officer does; "you" is for Priya's own reading.
    expect(money).toMatch(/a week is taken off; Priya Shah pays it into the account/)
    expect(wordsOf(await page(finance, `/finance/direct-payments/${agreement}`))).toMatch(
      /a week is taken off; Priya Shah pays it into the account/,
    )
    expect(money).not.toMatch(/the person pays|you pay/)
    const returnPage = `/people/${personId}/money/return`
    const missing = await uploadStatement(ravi, portal, returnPage, 'Date,Details,Amount,Balance\n2026-01-01,x,1,1\n')
    expect(missing.status).toBe(400)
    expect(wordsOf(await text(missing))).toContain(
      'The header row has no "Merchant" column, which the Northmoor prepaid card export format needs',
    )
    const day = today.split('-').reverse().join('/')
    const csv = [
      'Transaction Date,Merchant,Credit,Debit,Balance',
      `${day},Council payment,100.00,,100.00`,
      `${day},PA wages,,twelve,88.00`,
      `${day},PA wages,,40.00,60.00`,
    ].join('\n')
    const sent = await uploadStatement(ravi, portal, returnPage, csv)
    // Sent, the form redirects (303) to the return's page, which says so and names the line it could not read.
    expect(sent.status).toBe(303)
    const said = wordsOf(await page(ravi, sent.headers.get('Location') ?? ''))
    expect(said).toContain('Return sent')
    expect(said).toContain('Line 3 of the statement could not be read, so it was not sent. The other lines were sent.')
    expect(await count('direct_payment_spend_lines')).toBe(1)
    // Paid in by the council is what the council recorded paying in the statement's period (the runs paid today, less
    // the overpayment recovered), not the file's money-in row, which is shown as not a council payment.
    const recorded =
      (await countIn(portal, 'select sum(pence) as n from direct_payments where paid_on = ?', today)) -
      (await countIn(
        portal,
        "select coalesce(sum(pence), 0) as n from direct_payment_adjustments where kind = 'recovery' and paid_on = ?",
        today,
      ))
    expect(recorded).toBeGreaterThan(10_000)
    expect(await countIn(portal, 'select paid_in_pence as n from direct_payment_returns')).toBe(recorded)
    expect(await countIn(portal, 'select contributions_paid_in_pence as n from direct_payment_returns')).toBe(10_000)
    expect(said).toMatch(
      /Council payment \(£100\.00 on .*\) came into the account but is not a payment the council made: it is counted as paid in by Priya Shah, not by the council\./,
    )
    const twice = await uploadStatement(ravi, portal, returnPage, csv)
    expect(twice.status).toBe(400)
    expect(wordsOf(await text(twice))).toMatch(/This statement file was already imported on .*: nothing was added\./)
    expect(await count('direct_payment_returns')).toBe(1)
  })

  it('lets Ravi say which support in the plan each card payment was for, so it is no longer asked about', async () => {
    const money = await page(ravi, `/people/${personId}/money`)
    const returnPage = /href="(\/people\/[^"]+\/money\/returns\/[^"]+)"/.exec(money)?.[1] ?? ''
    expect(wordsOf(money)).toContain('say which support each payment was for')
    const before = await page(ravi, returnPage)
    expect(wordsOf(before)).toMatch(/PA wages \(£40\.00\) is not for any support in the plan/)
    expect(wordsOf(before)).toContain('the flexibility rule')
    const support = /<option value="([^"]+)">PA to go to church with me/.exec(before)?.[1] ?? ''
    expect(support).not.toBe('')
    const unknown = await ravi.submit(returnPage, { seen: '0', line1: 'no-such-support' })
    expect(unknown.status).toBe(400)
    expect(wordsOf(await text(unknown))).toContain(
      "Spend line 1 (PA wages): choose one of the plan's supports, or none of them",
    )
    expect(await count('direct_payment_spend_placements')).toBe(0)
    const placed = await ravi.submit(returnPage, { seen: '0', line1: support })
    expect(placed.status).toBe(302)
    const after = wordsOf(await page(ravi, returnPage))
    expect(after).not.toMatch(/PA wages \(£40\.00\) is not for any support/)
    // Placed, the £40.00 is measured against its outcome's share for the return's one day, and that is asked about.
    expect(after).toMatch(
      /"I want to get to church every Sunday": £40\.00 spent against £\d+\.\d\d planned for the period, .* more than the outcome's share/,
    )
    // The finance officer's return now asks only about what is left: the payment is placed.
    expect(wordsOf(await page(finance, `/finance/direct-payments/${agreement}`))).not.toMatch(
      /PA wages \(£40\.00\) is not for any support/,
    )
    expect(await count('direct_payment_spend_placements')).toBe(1)
    // The audit cleared every placement by naming a line the return does not have: now refused, placements kept.
    const stray = await ravi.submit(returnPage, { seen: '1', line7: support })
    expect(stray.status).toBe(400)
    expect(wordsOf(await text(stray))).toContain(
      'This return has 1 spend line, not spend line 7: choose a support (or none) for each line shown, then save. Nothing was changed.',
    )
    expect(await count('direct_payment_spend_placements')).toBe(1)
    expect(wordsOf(await page(ravi, returnPage))).not.toMatch(/PA wages \(£40\.00\) is not for any support/)
    expect(await count("audit_log where action = 'direct-payment.spend-placed'")).toBe(1)
    // The spend line itself stays as it was sent.
    expect(await count('direct_payment_spend_lines where support_id is null')).toBe(1)
  })

  it('names a negative amount, a return dated before the agreement, in the future or over a return already sent, storing nothing', async () => {
    const returnPage = `/people/${personId}/money/return`
    const negative = await ravi.submit(returnPage, {
      form: 'lines',
      ...dateBoxes('periodStart', today),
      ...dateBoxes('periodEnd', today),
      openingBalance: '-5',
      closingBalance: 'lots',
      spend1Description: 'Gym',
      spend1Amount: '10.00',
    })
    expect(negative.status).toBe(400)
    const negativeHtml = await text(negative)
    const said = wordsOf(negativeHtml)
    expect(said).toMatch(/Opening balance/i)
    expect(said).toMatch(/Closing balance/i)
    expect(negativeHtml).toContain('value="Gym"')
    const early = await ravi.submit(returnPage, {
      form: 'lines',
      ...dateBoxes('periodStart', '2020-01-01'),
      ...dateBoxes('periodEnd', today),
      openingBalance: '0',
      closingBalance: '0',
    })
    expect(early.status).toBe(400)
    expect(wordsOf(await text(early))).toMatch(/The return starts on 1 January 2020, before the agreement/)
    // The audit's return dated 2030 was taken: a period still to come is refused, naming today.
    const future = await ravi.submit(returnPage, {
      form: 'lines',
      ...dateBoxes('periodStart', today),
      ...dateBoxes('periodEnd', `2030${today.slice(4)}`),
      openingBalance: '0',
      closingBalance: '0',
    })
    expect(future.status).toBe(400)
    expect(wordsOf(await text(future))).toMatch(
      /The period must end on or before today, \d{1,2} \w+ 20\d\d: it ends on \d{1,2} \w+ 2030/,
    )
    // Today is already covered by the card statement's return: a second return for it is refused.
    const overlapping = await ravi.submit(returnPage, {
      form: 'lines',
      ...dateBoxes('periodStart', today),
      ...dateBoxes('periodEnd', today),
      openingBalance: '0',
      closingBalance: '0',
    })
    expect(overlapping.status).toBe(400)
    expect(wordsOf(await text(overlapping))).toMatch(
      /The period .* overlaps the return already sent for .*: start the period after/,
    )
    expect(await count('direct_payment_returns')).toBe(1)
  })

  it('suspends the agreement, after which a return is refused; the officer checks the return with a note', async () => {
    const view = `/finance/direct-payments/${agreement}`
    const check = await finance.submit(view, {
      intent: 'check-return',
      seen: '0',
      returnId: returnIdIn(await page(finance, view)),
      checkReason: '',
    })
    expect(check.status).toBe(400)
    expect(wordsOf(await text(check))).toContain('Enter what you checked and found')
    const checked = await finance.submit(view, {
      intent: 'check-return',
      seen: '1',
      returnId: returnIdIn(await page(finance, view)),
      checkReason: 'Statement matches the card account',
    })
    expect(checked.status).toBe(302)
    const stale = await finance.submit(view, {
      intent: 'suspend',
      seen: '0',
      ...dateBoxes('suspendFrom', today),
      suspendReason: 'Looking into a payment',
    })
    expect(stale.status).toBe(400)
    expect(wordsOf(await text(stale))).toContain(
      'Someone else recorded a decision on this agreement since you opened it',
    )
    const suspended = await finance.submit(view, {
      intent: 'suspend',
      seen: '2',
      ...dateBoxes('suspendFrom', today),
      suspendReason: 'Looking into a payment',
    })
    expect(suspended.status).toBe(302)
    const refused = await ravi.submit(`/people/${personId}/money/return`, {
      form: 'lines',
      ...dateBoxes('periodStart', today),
      ...dateBoxes('periodEnd', today),
      openingBalance: '0',
      closingBalance: '0',
    })
    expect(refused.status).toBe(400)
    expect(wordsOf(await text(refused))).toMatch(
      /Payments on this agreement are suspended since .*: a return is not checked until they start again/,
    )
    expect(await count('direct_payment_decisions')).toBe(3)
    // Once checked, the return's spend can no longer be placed.
    const money = await page(ravi, `/people/${personId}/money`)
    const returnPage = /href="(\/people\/[^"]+\/money\/returns\/[^"]+)"/.exec(money)?.[1] ?? ''
    expect(wordsOf(await page(ravi, returnPage))).toContain('The council has checked this return')
    const late = await ravi.submit(returnPage, { seen: '1', line1: '' })
    expect(late.status).toBe(400)
    expect(wordsOf(await text(late))).toContain('The council has checked this return already')
    expect(await count('direct_payment_spend_placements')).toBe(1)
  })
})

const returnIdIn = (html: string) => /name="returnId" value="([^"]+)"/.exec(html)?.[1] ?? ''
