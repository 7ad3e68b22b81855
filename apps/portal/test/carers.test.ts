import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalClient } from '@open-sds/portal-harness'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { portalSql } from './support/portal-sql'
import { ALEX, ANSWERS, FINDINGS, PLAN, PRIYA, practitionerOutsideTheTeam } from './support/carers'
import { page, personWithAgreedBudget, signedIn, text } from './support/support-plan'
import { dateBoxes, todayInEngland } from './support/direct-payments'
import { wordsOf } from './support/page-html'

// Issue 16: a carer signs in as themselves, says whom they care for, answers their own self-assessment with save and
// resume, sends it into a team's queue, and reads the practitioner's regulation 3 determination with its reasons.
describe.each(portalEngines())('support for a carer on $name', (engine) => {
  let portal: RunningPortal
  let ravi: PortalClient
  let assessmentId = ''
  const today = todayInEngland()

  beforeAll(async () => {
    portal = await engine.start()
    ravi = await signedIn(portal, 'representative')
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('refuses linking to someone the carer cannot reach or without a name, keeping what was typed, then links Priya', async () => {
    expect(await page(ravi, '/carers')).toContain('You have not told us yet whom you care for.')
    const unreachable = await ravi.submit('/carers/cares-for', {
      whom: 'someone-else',
      name: 'Alex Morgan',
      reference: ALEX,
      relationship: 'My neighbour',
    })
    expect(unreachable.status).toBe(400)
    const said = await text(unreachable)
    expect(said).toContain('We cannot find anyone with that reference whose record you can see')
    expect(said).toContain('value="Alex Morgan"')
    expect(said).toContain('value="My neighbour"')
    const unknownReference = await text(
      await ravi.submit('/carers/cares-for', {
        whom: 'someone-else',
        name: 'Rose',
        reference: 'no-such-person',
        relationship: 'Aunt',
      }),
    )
    expect(unknownReference).toContain('We cannot find anyone with that reference whose record you can see')
    const noName = await text(await ravi.submit('/carers/cares-for', { whom: 'someone-else', relationship: 'Aunt' }))
    expect(noName).toContain('<a href="#name">Enter the name of the person you care for</a>')
    expect(await portalSql(portal, 'select id from caring_relationships')).toEqual([])

    const linked = await ravi.submit('/carers/cares-for', { whom: PRIYA, relationship: 'My mother' })
    expect(linked.status).toBe(302)
    const stranger = await ravi.submit('/carers/cares-for', {
      whom: 'someone-else',
      name: 'Rose Shah',
      dateOfBirthDay: '1',
      dateOfBirthMonth: '2',
      dateOfBirthYear: '1940',
      relationship: 'My aunt',
    })
    expect(stranger.status).toBe(302)
    const overview = await page(ravi, '/carers')
    expect(overview).toContain('Priya Shah (My mother)')
    expect(overview).toContain('Rose Shah (My aunt)')
  })

  it('saves and resumes the carer’s self-assessment, then sends it into the front door’s queue', async () => {
    const started = await ravi.submit('/carers', {})
    expect(started.headers.get('location')).toBe('/carers/self-assessment/caring-tasks')
    const leave = await ravi.submit('/carers/self-assessment/caring-tasks', {
      ...ANSWERS['caring-tasks'],
      intent: 'save-and-leave',
    })
    expect(leave.headers.get('location')).toBe('/carers')
    expect(await page(ravi, '/carers')).toContain('You have answered 1 of')

    const wrong = await ravi.submit('/carers/self-assessment/hours-caring', { answer: '200' })
    expect(wrong.status).toBe(400)
    expect(await text(wrong)).toContain('value="200"')

    let at = '/carers/self-assessment/hours-caring'
    for (let step = 0; step < 12 && at.startsWith('/carers/self-assessment/') && !at.endsWith('/check'); step += 1) {
      const id = at.split('/').at(-1) ?? ''
      const answered = await ravi.submit(at, ANSWERS[id] ?? {})
      expect(answered.status, `answering ${id}`).toBe(302)
      at = answered.headers.get('location') ?? ''
    }
    expect(at).toBe('/carers/self-assessment/check')
    expect(await page(ravi, at)).toContain('An evening a week at my choir')
    const sent = await ravi.submit(at, {})
    expect(sent.headers.get('location')).toBe('/carers')
    const [row] = await portalSql(portal, "select id from carer_assessments where status = 'submitted'")
    assessmentId = String(row?.id)
    expect(
      await portalSql(
        portal,
        'select t.name as team, w.kind from work_items w join teams t on t.id = w.team_id where w.subject = ?',
        `carer-assessment:${assessmentId}`,
      ),
    ).toEqual([{ team: 'Adult social care front door', kind: 'carer-assessment' }])
    expect(await page(ravi, '/carers')).toContain('A practitioner will look at your answers and contact you.')
  })

  it('takes a practitioner’s determination only with every reason, and the carer then reads it with the reasons', async () => {
    const dana = await signedIn(portal, 'practitioner')
    const path = `/work/carer-assessments/${assessmentId}`
    const opened = await page(dana, path)
    expect(opened).toContain('I help Mum wash and dress')
    expect(opened).toContain('Priya Shah (My mother)')
    expect(opened).toContain('Rose Shah (My aunt), not known to the council')

    const noReason = await dana.submit(path, { ...FINDINGS, wellbeingImpact: ' ' })
    expect(noReason.status).toBe(400)
    const said = await text(noReason)
    expect(said).toContain(
      '<a href="#wellbeingImpact">The impact, or lack of impact, on the carer’s wellbeing is required</a>',
    )
    expect(said).toContain('He has not been to his choir for a year')
    expect(await portalSql(portal, 'select id from carer_determinations')).toEqual([])

    expect((await dana.submit(path, FINDINGS)).status).toBe(302)
    const [stored] = await portalSql(portal, 'select eligible, rules_version from carer_determinations')
    expect(Boolean(stored?.eligible)).toBe(true)
    expect(String(stored?.rules_version)).toMatch(/^carers-rules-/)
    const closed = await portalSql(
      portal,
      "select e.event from work_item_events e join work_items w on w.id = e.item_id where w.subject = ? and e.event = 'closed'",
      `carer-assessment:${assessmentId}`,
    )
    expect(closed).toHaveLength(1)

    const seen = await page(ravi, '/carers')
    expect(seen).toContain('<strong>have</strong> eligible needs for support as a carer')
    expect(seen).toContain('He has not been to his choir for a year: he cannot leave her')
  })

  it('agrees the carer’s plan and budget: above the maximum, replacement care and no agreement are refused, what was typed kept', async () => {
    const dana = await signedIn(portal, 'practitioner')
    const [row] = await portalSql(
      portal,
      'select carer_person_id as id from carer_assessments where id = ?',
      assessmentId,
    )
    const path = `/work/carers/${String(row?.id)}/plan`
    expect(await page(dana, `/work/carer-assessments/${assessmentId}`)).toContain(`href="${path}"`)
    const opened = await page(dana, path)
    // Northmoor's allocation (plugins/example-county): a one-off £300.00 for an impact score of 1, at most £500.00.
    expect(opened).toContain('Indicative budget: £300.00 once')
    expect(opened).toContain('The council does not charge carers for support provided to them.')

    const tooMuch = await dana.submit(path, { ...PLAN, amount: '650' })
    expect(tooMuch.status).toBe(400)
    const said = await text(tooMuch)
    expect(said).toContain(
      '<a href="#amount">The budget must be no more than £500.00, the council’s most for a one-off carer’s budget</a>',
    )
    expect(said).toContain('value="650"')
    expect(said).toContain('An evening a week at my choir, without worrying about Mum')
    const replacement = await text(await dana.submit(path, { ...PLAN, supportProvidedTo1: 'cared-for' }))
    expect(replacement).toContain(
      '<a href="#supportProvidedTo1">Replacement care is care for the person cared for: record it in their support plan and budget, not the carer’s</a>',
    )
    const notAgreed = await text(await dana.submit(path, { ...PLAN, carerAgrees: '' }))
    expect(notAgreed).toContain('<a href="#carerAgrees">Confirm the carer agrees to this plan and budget</a>')
    expect(await portalSql(portal, 'select id from carer_plans')).toEqual([])

    expect((await dana.submit(path, PLAN)).status).toBe(302)
    const [plan] = await portalSql(
      portal,
      'select amount_pence, budget_kind, delivery, weekly_charge_pence, allocation_version, rules_version from carer_plans',
    )
    expect(plan).toMatchObject({
      budget_kind: 'one-off',
      delivery: 'direct-payment',
      allocation_version: 'northmoor-carers-2026',
    })
    expect(Number(plan?.amount_pence)).toBe(30_000)
    expect(Number(plan?.weekly_charge_pence)).toBe(0)
    const audited = await portalSql(
      portal,
      "select action from audit_log where action in ('carer-plan.agree', 'carer-emergency-plan.write') order by action",
    )
    expect(audited.map((each) => each.action)).toEqual(['carer-emergency-plan.write', 'carer-plan.agree'])
  })

  it('lets the carer read their plan and budget with how it was worked out, and change their emergency plan', async () => {
    expect(await page(ravi, '/carers')).toContain('href="/carers/plan"')
    const plan = await page(ravi, '/carers/plan')
    expect(plan).toContain('An evening a week at my choir, without worrying about Mum')
    expect(plan).toContain('Your personal budget: £300.00 once')
    expect(plan).toContain('How you receive it: a direct payment to the carer.')
    expect(plan).toContain('You pay nothing towards it.')
    expect(plan).toContain('£300.00 once, within the one-off maximum of £500.00.')
    expect(plan).toContain('The council does not charge carers for support provided to them.')
    expect(plan).toMatch(/rules carers-rules-/)
    expect(plan).toContain('My brother Sunil')

    const empty = await ravi.submit('/carers/emergency-plan', {
      whoStepsIn: 'My sister Anita',
      whatTheyNeedToKnow: ' ',
      howToReachThem: '07700 900456',
    })
    expect(empty.status).toBe(400)
    const said = await text(empty)
    expect(said).toContain('<a href="#whatTheyNeedToKnow">Enter what they need to know</a>')
    expect(said).toContain('My sister Anita')
    const changed = await ravi.submit('/carers/emergency-plan', {
      whoStepsIn: 'My sister Anita',
      whatTheyNeedToKnow: 'Mum’s tablets are in the kitchen drawer',
      howToReachThem: '07700 900456',
    })
    expect(changed.headers.get('location')).toBe('/carers/plan')
    const after = await page(ravi, '/carers/plan')
    expect(after).toContain('My sister Anita')
    expect(after).not.toContain('My brother Sunil')
    expect(await portalSql(portal, 'select id from carer_emergency_plans')).toHaveLength(2)
  })

  it('pays Ravi’s one-off budget as a direct payment: the finance officer sets it up, a run pays it once, Ravi sees it', async () => {
    const finance = await signedIn(portal, 'finance')
    const [row] = await portalSql(
      portal,
      'select carer_person_id as id from carer_assessments where id = ?',
      assessmentId,
    )
    const setUp = `/finance/direct-payments/carer/${String(row?.id)}`
    const caseload = await page(finance, '/finance/direct-payments')
    expect(caseload).toContain('Carers’ budgets to set up')
    expect(caseload).toContain(`href="${setUp}"`)
    expect(await page(finance, setUp)).toContain(
      'carer’s personal budget is £300.00 once, paid to them as a direct payment',
    )
    const bad = await finance.submit(setUp, {
      basis: 'net',
      ...dateBoxes('startDate', today),
      costCentre: 'ASC-CARERS',
    })
    expect(bad.status).toBe(400)
    const said = await text(bad)
    expect(said).toContain('Choose how the carer holds the money: a bank account or a prepaid card')
    expect(said).toContain('value="ASC-CARERS"')
    expect(await portalSql(portal, 'select id from direct_payment_agreements')).toEqual([])

    const made = await finance.submit(setUp, {
      accountType: 'prepaid-card',
      basis: 'net',
      ...dateBoxes('startDate', today),
      costCentre: 'ASC-CARERS',
    })
    expect(made.status).toBe(302)
    const agreementPage = wordsOf(await page(finance, made.headers.get('location') ?? ''))
    expect(agreementPage).toContain('A one-off budget of £300.00, paid once on')
    expect(await page(finance, '/finance/direct-payments')).not.toContain('Carers’ budgets to set up')
    expect((await page(finance, setUp)).includes('already has a direct-payment agreement')).toBe(true)

    expect((await finance.submit(`/finance/direct-payments/run?period=${today}`, { period: today })).status).toBe(302)
    const paid = await portalSql(
      portal,
      'select p.kind, p.pence from direct_payments p join direct_payment_agreements a on a.id = p.agreement_id where a.person_id = ?',
      String(row?.id),
    )
    expect(paid.map((each) => [each.kind, Number(each.pence)])).toEqual([['one-off', 30_000]])

    const plan = wordsOf(await page(ravi, '/carers/plan'))
    expect(plan).toContain('Your direct payment')
    expect(plan).toContain('The carer pays nothing towards it.')
    const money = wordsOf(await page(ravi, `/people/${String(row?.id)}/money`))
    expect(money).toContain('Payments made')
    expect(money).toContain('£300.00')
  })

  it('records replacement care for Ravi in Priya’s plan, naming him, and refuses a carer who is not hers', async () => {
    const { rep } = await personWithAgreedBudget(portal, PRIYA)
    const plan = `/people/${PRIYA}/plan`
    expect((await rep.submit(plan, { intent: 'start' })).status).toBe(302)
    const outcome = await rep.submit(`${plan}/outcomes`, {
      words: 'Ravi gets an evening off each week',
      links: 'care-act-eligibility-outcomes/community',
      intent: 'add',
    })
    expect(outcome.status).toBe(302)
    const supports = await page(rep, `${plan}/supports`)
    expect(supports).toContain('Is it replacement care, so that your carer gets a break? (optional)')
    const [carer] = await portalSql(
      portal,
      'select carer_person_id as id from carer_assessments where id = ?',
      assessmentId,
    )
    expect(supports).toContain(`<option value="${String(carer?.id)}">Ravi Shah</option>`)
    const outcomeId = /name="outcome" type="radio" value="([^"]+)"/.exec(supports)?.[1] ?? ''
    const sitter = {
      outcome: outcomeId,
      providerType: 'personal-assistant',
      description: 'A sitter on Thursday evenings',
      per: 'week',
      count: '3',
      cost: '18',
      intent: 'add',
    }
    const stranger = await rep.submit(`${plan}/supports`, { ...sitter, replacementCareFor: ALEX })
    expect(stranger.status).toBe(400)
    const said = await text(stranger)
    expect(said).toContain('Choose one of the carers listed, or No if it is not replacement care')
    expect(said).toContain('A sitter on Thursday evenings')
    const kept = await rep.submit(`${plan}/supports`, { ...sitter, replacementCareFor: String(carer?.id) })
    expect(kept.status).toBe(302)
    expect(await page(rep, `${plan}/supports`)).toContain('replacement care for Ravi Shah')
    const [stored] = await portalSql(
      portal,
      'select v.plan from support_plan_versions v join support_plans p on p.id = v.plan_id where p.person_id = ? order by v.version desc limit 1',
      PRIYA,
    )
    const storedPlan = (typeof stored?.plan === 'string' ? JSON.parse(stored.plan) : stored?.plan) as {
      supports: Array<{ replacementCareFor?: unknown }>
    }
    expect(storedPlan.supports[0]?.replacementCareFor).toEqual({ carerPersonId: carer?.id, carerName: 'Ravi Shah' })
  })

  it('shows Priya’s carer on her record to those who can see it, and nobody else reaches the carer’s pages', async () => {
    const dana = await signedIn(portal, 'practitioner')
    expect(await page(dana, `/people/${PRIYA}`)).toContain('Ravi Shah, who describes them as my mother')
    expect(await page(ravi, `/people/${PRIYA}`)).toContain('Ravi Shah, who describes them as my mother')
    const alex = await signedIn(portal, 'citizen')
    expect((await alex.get(`/people/${PRIYA}`)).status).toBe(404)
    expect((await alex.get(`/work/carer-assessments/${assessmentId}`)).status).toBe(404)
    const chris = await signedIn(portal, 'finance')
    expect((await chris.get(`/work/carer-assessments/${assessmentId}`)).status).toBe(404)
    const [carer] = await portalSql(
      portal,
      'select carer_person_id as id from carer_assessments where id = ?',
      assessmentId,
    )
    expect((await alex.get(`/work/carers/${String(carer?.id)}/plan`)).status).toBe(404)
    expect((await chris.get(`/work/carers/${String(carer?.id)}/plan`)).status).toBe(404)
    // A practitioner outside the team that handles carers' assessments, without Ravi on their caseload, finds nothing
    // at any address that names him as a carer (issue 16, roles), where Dana, who determined his assessment, does.
    const otto = await practitionerOutsideTheTeam(portal)
    const carerId = String(carer?.id)
    for (const path of [
      `/work/carer-assessments/${assessmentId}`,
      `/work/carers/${carerId}/plan`,
      `/people/${carerId}`,
      `/finance/direct-payments/carer/${carerId}`,
    ])
      expect((await otto.get(path)).status, path).toBe(404)
    for (const path of [
      `/work/carer-assessments/${assessmentId}`,
      `/work/carers/${carerId}/plan`,
      `/people/${carerId}`,
    ])
      expect((await dana.get(path)).status, path).toBe(200)
    expect(await page(alex, '/carers/plan')).toContain('You do not have an agreed plan yet.')
    // Alex has no carer's assessment: his pages are his own, and empty.
    expect(await page(alex, '/carers')).toContain('You have not told us yet whom you care for.')
    expect((await alex.get('/carers/self-assessment/check')).headers.get('location')).toBe('/carers')
  })
})
