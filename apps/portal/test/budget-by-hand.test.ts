import path from 'node:path'
import { demoPeople } from '@open-sds/db'
import { PortalClient, csrfTokenIn } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines } from './support/engines'
import { htmlOf, wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { countIn } from './support/portal-sql'
import { completeSelfAssessment } from './support/self-assessment'

// Issue 19, "no dead end": when the council has no resource allocation system in force (or one that cannot price the
// answers: the council's data, not the person's), the person who finishes the self-assessment still has the answers
// sent, is told in plain words that the council will work out the budget and when, and the practitioner sees why it
// needs a person. The RAS that cannot price is @open-sds/ras's budgetRefusalReason, tested there.
const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''
const withoutRas = path.resolve(import.meta.dirname, 'fixtures', 'plugin-county-without-ras.mjs')

describe.each(portalEngines())('$name, with no RAS published', (engine) => {
  let portal: RunningPortal

  beforeAll(async () => {
    portal = await engine.start({ env: { OPEN_SDS_PLUGINS: withoutRas } })
  }, 120_000)

  afterAll(async () => {
    await portal?.stop()
  })

  it('sends the answers without a budget, says what happens next, and lists it for the practitioner with why', async () => {
    const citizen = new PortalClient(portal.url)
    expect((await citizen.signIn(demoAccount('citizen').email, demoAccount('citizen').password)).status).toBe(302)
    const base = `/people/${alex}/self-assessment`
    expect(await completeSelfAssessment(citizen, alex)).toBe(base)

    const sent = wordsOf(await htmlOf(await citizen.get(base)))
    expect(sent).toContain('Your answers have been sent')
    expect(sent).toMatch(/The council has not published how it works out personal budgets for \d+ \w+ \d{4}\./)
    expect(sent).toContain(
      // The council's own setting (the fixture's 5 working days), not the default 10.
      'A practitioner will work out the budget from your answers and contact you within 5 working days.',
    )
    expect(sent).not.toContain('Start a new self-assessment')
    expect(sent).not.toContain('then see an indicative personal budget')
    // The answers are what the practitioner works from: no page changes them now, and there is no budget to show.
    for (const page of [`${base}/check`, `/people/${alex}/budget`]) {
      const answer = await citizen.get(page)
      expect(answer.status, page).toBe(302)
    }
    // Sending again (a second tab) sends nothing more. Any form's token is this session's.
    const csrf = csrfTokenIn(await (await citizen.get('/report-a-concern')).text())
    expect((await citizen.post(`${base}/check`, { csrf })).headers.get('location')).toBe(base)
    expect(
      await countIn(portal, "select count(*) as n from audit_log where action = 'assessment.send-for-budget-by-hand'"),
    ).toBe(1)
    // It reaches the practitioners' team queue like any self-assessment sent (issue 18).
    expect(
      await countIn(
        portal,
        `select count(*) as n from work_items where subject like 'assessment:%' and person_id = '${alex}'`,
      ),
    ).toBe(1)

    const practitioner = new PortalClient(portal.url)
    await practitioner.signIn(demoAccount('practitioner').email, demoAccount('practitioner').password)
    const queue = wordsOf(await htmlOf(await practitioner.get('/practitioner')))
    expect(queue).toContain('Budgets to work out by hand, oldest first')
    expect(queue).toMatch(/Alex [\w ]*The council has not published how it works out personal budgets for/)
  })

  // The practitioner records the budget by hand from that row, and the person sees it (issue 19, no dead end).
  it('lets the practitioner record the budget by hand, refusing bad input and a second tab, and the person sees it', async () => {
    const practitioner = new PortalClient(portal.url)
    await practitioner.signIn(demoAccount('practitioner').email, demoAccount('practitioner').password)
    const queue = await htmlOf(await practitioner.get('/practitioner'))
    const page = /href="(\/practitioner\/budgets-by-hand\/[\w-]+)"/.exec(queue)?.[1] ?? ''
    expect(page, 'the row links to the page where the budget is recorded').not.toBe('')
    const assessmentId = page.split('/').at(-1) ?? ''

    const form = await htmlOf(await practitioner.get(page))
    const shown = wordsOf(form)
    expect(shown).toContain('Work out the budget by hand')
    expect(shown).toContain('Their answers')
    expect(shown).toMatch(/because: The council has not published how it works out personal budgets for/)
    const csrf = csrfTokenIn(form)
    const recorded = () =>
      countIn(portal, "select count(*) as n from audit_log where action = 'assessment.budget-by-hand'")

    // Bad input: each field named in plain words, what was typed kept, nothing stored.
    const empty = await practitioner.post(page, { csrf, weeklyAmount: '', how: '' })
    expect(empty.status).toBe(400)
    const emptyWords = wordsOf(await htmlOf(empty))
    expect(emptyWords).toContain('Enter the weekly budget')
    expect(emptyWords).toContain('Enter how the budget was worked out: the person will see it')
    const notMoney = await practitioner.post(page, { csrf, weeklyAmount: 'about 200', how: 'Two visits a day' })
    expect(notMoney.status).toBe(400)
    const notMoneyHtml = await htmlOf(notMoney)
    expect(wordsOf(notMoneyHtml)).toContain('The weekly budget must be an amount of money in numbers, like 25.50')
    expect(notMoneyHtml).toContain('value="about 200"')
    expect(notMoneyHtml).toContain('Two visits a day</textarea>')
    expect(await recorded()).toBe(0)

    // Two tabs: the first records the budget and goes on to the eligibility decision; the second is refused plainly.
    const how = 'Two visits a day of 45 minutes at the council’s home care rate, and a sitting service on Fridays.'
    const first = await practitioner.post(page, { csrf, weeklyAmount: '245.50', how })
    expect(first.status).toBe(302)
    expect(first.headers.get('location')).toBe(`/practitioner/assessments/${assessmentId}`)
    const second = await practitioner.post(page, { csrf, weeklyAmount: '300', how: 'A different sum' })
    expect(second.status).toBe(409)
    const secondWords = wordsOf(await htmlOf(second))
    expect(secondWords).toContain('The budget for this self-assessment has already been worked out and recorded')
    expect(secondWords).toContain('Budget recorded: £245.50 a week')
    expect(await recorded()).toBe(1)
    expect(
      await countIn(
        portal,
        `select count(*) as n from assessments where id = '${assessmentId}' and weekly_pence = 24550`,
      ),
    ).toBe(1)
    // The practitioner's assessment page reads it as any indicative budget; the work item waits for that decision.
    const decision = wordsOf(await htmlOf(await practitioner.get(`/practitioner/assessments/${assessmentId}`)))
    expect(decision).toContain('Indicative budget: £245.50 a week')
    expect(decision).toContain('Worked out by a practitioner, Dana Ellis, on')
    expect(
      await countIn(
        portal,
        `select count(*) as n from work_item_events e join work_items w on w.id = e.item_id
         where w.subject = 'assessment:${assessmentId}' and e.event = 'closed'`,
      ),
    ).toBe(0)
    expect(wordsOf(await htmlOf(await practitioner.get('/practitioner')))).not.toContain('Budgets to work out by hand')

    // The person sees the budget, with who worked it out and how, in Easy Read too.
    const citizen = new PortalClient(portal.url)
    await citizen.signIn(demoAccount('citizen').email, demoAccount('citizen').password)
    const budget = await citizen.get(`/people/${alex}/budget?wording=standard`)
    expect(budget.status).toBe(200)
    const budgetWords = wordsOf(await htmlOf(budget))
    expect(budgetWords).toContain('£245.50 a week')
    expect(budgetWords).toMatch(/Worked out by a practitioner, Dana Ellis, on \d+ \w+ \d{4}: Two visits a day of 45/)
    const easyRead = wordsOf(await htmlOf(await citizen.get(`/people/${alex}/budget?wording=easy-read`)))
    expect(easyRead).toContain('A practitioner worked out your money for support.')
    expect(easyRead).toContain('Your money for support is £245.50 a week.')
  })
})
