import path from 'node:path'
import { PlanSchema, jsonSchemas, nextReviewDate } from '@open-sds/support-planning'
import { formatPence, todayInEngland } from '@open-sds/kernel'
import { formatDate } from '../app/components/dates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { schemaProblems } from '../../../test/support/json-schema-subset.ts'
import { csrfTokenIn, type PortalClient } from '@open-sds/portal-harness'
import { openPortalDatabase, portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { page, personWithAgreedBudget, reviewOfferedIn, signedIn as signedInOn, text } from './support/support-plan'

// On SQLite and, given a test server, on PostgreSQL (decision 021).
describe.each(portalEngines())('$name', (engine) => {
  let portal: RunningPortal
  let representative: PortalClient
  let practitioner: PortalClient
  let personId: string
  let plan: string
  let practitionerPlan: string

  async function signedIn(key: string): Promise<PortalClient> {
    return signedInOn(portal, key)
  }

  const idsIn = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? '')

  beforeAll(async () => {
    portal = await engine.start()
    const ready = await personWithAgreedBudget(portal)
    representative = ready.rep
    practitioner = ready.dana
    personId = ready.id
    plan = `/people/${personId}/plan`
  })

  afterAll(async () => {
    await portal?.stop()
  })

  describe('building a support plan step by step (issue 4)', () => {
    it('starts a plan once a budget is agreed, and saves each step as a draft', async () => {
      expect(await page(representative, plan)).toContain('Start your support plan')
      const started = await representative.submit(plan, { intent: 'start' })
      expect(started.headers.get('location')).toBe(`${plan}/people`)
      const people = await representative.submit(`${plan}/people`, {
        planner0Name: 'Priya Shah',
        planner0Role: 'the-person',
        planner1Name: 'Ravi Shah',
        planner1Role: 'family-or-friend',
        moneyName: 'Ravi Shah',
        moneyRole: 'nominated-person',
        repName: 'Ravi Shah',
        repRelationship: 'Son',
        repAuthority: 'lasting-power-of-attorney',
        intent: 'continue',
      })
      expect(people.headers.get('location')).toBe(`${plan}/outcomes`)
      // Few choices are radios, as GOV.UK asks (issue 19), and what was chosen stays chosen.
      const peoplePage = await page(representative, `${plan}/people`)
      expect(peoplePage).toMatch(/name="moneyRole" type="radio" checked="" value="nominated-person"/)
      expect(peoplePage).toMatch(/name="repAuthority" type="radio" checked="" value="lasting-power-of-attorney"/)
      for (const [words, link] of [
        ['I want to get to church every Sunday', 'care-act-eligibility-outcomes/community'],
        ['I want to wash and dress in the morning without rushing', 'care-act-eligibility-outcomes/hygiene'],
      ] as const) {
        const added = await representative.submit(`${plan}/outcomes`, { words, links: link, intent: 'add' })
        expect(added.headers.get('location')).toBe(`${plan}/outcomes`)
      }
      const [church, mornings] = idsIn(
        await page(representative, `${plan}/supports`),
        /name="outcome" type="radio" value="([^"]+)"/g,
      )
      const supports = [
        {
          outcome: church,
          providerType: 'personal-assistant',
          description: 'PA to go to church with me',
          per: 'week',
          count: '3',
          cost: '15.50',
        },
        {
          outcome: church,
          providerType: 'family-and-friends',
          description: 'Lift home with my neighbour',
          per: 'week',
          count: '1',
          cost: '0',
        },
        {
          outcome: mornings,
          providerType: 'agency',
          description: 'Morning visits',
          per: 'week',
          count: '7',
          cost: '22',
        },
      ]
      for (const support of supports) {
        const added = await representative.submit(`${plan}/supports`, {
          ...support,
          outcome: support.outcome ?? '',
          intent: 'add',
        })
        expect(added.headers.get('location')).toBe(`${plan}/supports`)
      }
      const contingency = await representative.submit(`${plan}/contingency`, {
        contingencyPlan: 'If my PA is ill, my son Ravi takes me to church.',
        reviewDay: '1',
        reviewMonth: '6',
        reviewYear: '2099',
        intent: 'continue',
      })
      expect(contingency.headers.get('location')).toBe(plan)
      const summary = await page(representative, plan)
      expect(summary).toContain('I want to get to church every Sunday')
      expect(summary).toContain('Linked to: Making use of necessary facilities or services in the local community')
      expect(summary).toContain('3 × £15.50 a week')
      expect(summary).toContain('£46.50 a week')
      expect(summary).toContain('The plan costs</dt><dd class="govuk-summary-list__value">£200.50 a week')
      expect(summary).toMatch(/Budget check: (Within budget|£[\d,.]+ a week (over|under) budget)/)
    })

    it('refuses a support with a negative cost, naming the field; what was typed comes back and the draft is unchanged', async () => {
      const [church] = idsIn(
        await page(representative, `${plan}/supports`),
        /name="outcome" type="radio" value="([^"]+)"/g,
      )
      const refused = await representative.submit(`${plan}/supports`, {
        outcome: church ?? '',
        providerType: 'agency',
        description: 'Taxi to church',
        per: 'week',
        count: '1',
        cost: '-5',
        intent: 'add',
      })
      expect(refused.status).toBe(400)
      const html = await text(refused)
      expect(html).toMatch(/<title>Error: /)
      expect(html).toContain('<a href="#cost">Cost each time must be 0 or more, not a negative amount</a>')
      expect(html).toContain('>Taxi to church</textarea>')
      expect(html).toContain('value="-5"')
      expect(await page(representative, plan)).not.toContain('Taxi to church')
    })

    it('refuses a support for an outcome that is not in the plan, and keeps the draft', async () => {
      const refused = await representative.submit(`${plan}/supports`, {
        outcome: 'no-such-outcome',
        providerType: 'agency',
        description: 'Taxi to church',
        per: 'week',
        count: '1',
        cost: '12',
        intent: 'add',
      })
      expect(refused.status).toBe(400)
      expect(await text(refused)).toContain(
        `"Taxi to church" is for outcome "no-such-outcome", which is not one of this plan's outcomes; choose one of its outcomes or add it`,
      )
      expect(await page(representative, plan)).toContain('PA to go to church with me')
    })

    it('shows the budget check on every step, naming the support that overspends, and will not send an overspent plan', async () => {
      const [, mornings] = idsIn(
        await page(representative, `${plan}/supports`),
        /name="outcome" type="radio" value="([^"]+)"/g,
      )
      await representative.submit(`${plan}/supports`, {
        outcome: mornings ?? '',
        providerType: 'agency',
        description: 'Live-in carer',
        per: 'week',
        count: '1',
        cost: '5000',
        intent: 'add',
      })
      const money = await page(representative, `${plan}/money`)
      expect(money).toMatch(/Budget check: £[\d,.]+ a week over budget/)
      expect(money).toContain('<li>Live-in carer: £5,000.00 a week</li>')
      const refused = await representative.submit(plan, { intent: 'submit' })
      expect(refused.status).toBe(400)
      expect(await text(refused)).toMatch(/The plan costs £[\d,.]+ a week more than the budget/)
      const carer = /name="remove" value="([^"]+)">Remove<span class="govuk-visually-hidden"> Live-in carer/.exec(
        await page(representative, `${plan}/supports`),
      )?.[1]
      expect((await representative.submit(`${plan}/supports`, { remove: carer ?? '' })).status).toBe(302)
      expect(await page(representative, plan)).not.toContain('Live-in carer')
    })

    it('lets the council return the plan only with a reason, which the person sees with their words intact', async () => {
      const version = (html: string) => /name="expectedVersion" value="(\d+)"/.exec(html)?.[1] ?? ''
      expect(
        (
          await representative.post(plan, {
            csrf: csrfTokenIn(await page(representative, plan)),
            intent: 'submit',
            expectedVersion: version(await page(representative, plan)),
          })
        ).status,
      ).toBe(302)
      const list = await page(practitioner, '/practitioner/plans')
      practitionerPlan = `/practitioner/plans/${/href="\/practitioner\/plans\/([^"]+)"/.exec(list)?.[1]}`
      expect(list).toContain('Waiting for agreement')
      const view = await page(practitioner, practitionerPlan)
      const noReason = await practitioner.post(practitionerPlan, {
        csrf: csrfTokenIn(view),
        intent: 'return',
        expectedVersion: version(view),
        planVersion: '1',
        reason: ' ',
      })
      expect(noReason.status).toBe(400)
      expect(await text(noReason)).toContain('Say why the plan is being returned, so the person knows what to change')
      const returned = await practitioner.post(practitionerPlan, {
        csrf: csrfTokenIn(view),
        intent: 'return',
        expectedVersion: version(view),
        planVersion: '1',
        reason: 'Please add who to call at night',
      })
      expect(returned.status).toBe(302)
      const own = await page(representative, plan)
      expect(own).toContain('The council returned your plan and said: Please add who to call at night')
      expect(own).toContain('I want to get to church every Sunday')
    })

    it('lets exactly one of two practitioners approving the same version at once win; the other is told it was already decided', async () => {
      const version = (html: string) => /name="expectedVersion" value="(\d+)"/.exec(html)?.[1] ?? ''
      await representative.submit(`${plan}/contingency`, {
        contingencyPlan: 'If my PA is ill, Ravi takes me. At night call Ravi on 01632 960000.',
        reviewDay: '1',
        reviewMonth: '6',
        reviewYear: '2099',
        intent: 'continue',
      })
      const sent = await representative.post(plan, {
        csrf: csrfTokenIn(await page(representative, plan)),
        intent: 'submit',
        expectedVersion: version(await page(representative, plan)),
      })
      expect(sent.status).toBe(302)
      const second = await signedIn('practitioner')
      const [viewA, viewB] = await Promise.all([page(practitioner, practitionerPlan), page(second, practitionerPlan)])
      const planVersion = /name="planVersion" value="(\d+)"/.exec(viewA)?.[1] ?? ''
      // The review date (Care Act s27, statutory guidance 13.32): offered at twelve months, since the person's
      // 1 June 2099 is later; no date, or a later one without a reason, is refused by field with what was typed kept.
      const latest = formatDate(nextReviewDate(todayInEngland(new Date())))
      expect(viewA).toContain(`No later than ${latest} (12 months), unless you say why.`)
      const offered = reviewOfferedIn(viewA)
      expect(
        `${offered.reviewYear}-${offered.reviewMonth?.padStart(2, '0')}-${offered.reviewDay?.padStart(2, '0')}`,
      ).toBe(nextReviewDate(todayInEngland(new Date())))
      const agree = (fields: Record<string, string>) =>
        practitioner.post(practitionerPlan, {
          csrf: csrfTokenIn(viewA),
          intent: 'approve',
          expectedVersion: version(viewA),
          planVersion,
          ...fields,
        })
      const noDate = await agree({ reviewDay: '', reviewMonth: '', reviewYear: '', reviewDateReason: '' })
      expect(noDate.status).toBe(400)
      expect(await text(noDate)).toContain('href="#reviewDay">Enter the review date</a>')
      const impossible = await agree({ reviewDay: '31', reviewMonth: '2', reviewYear: '2027' })
      expect(impossible.status).toBe(400)
      const impossiblePage = await text(impossible)
      expect(impossiblePage).toContain('The review date must be a real date')
      expect(impossiblePage).toMatch(/name="reviewDay"[^>]*value="31"/)
      const later = { reviewDay: '1', reviewMonth: '6', reviewYear: '2099' }
      const noReason = await agree({ ...later, reviewDateReason: ' ' })
      expect(noReason.status).toBe(400)
      const noReasonPage = await text(noReason)
      expect(noReasonPage).toContain(
        `href="#reviewDateReason">Say why the review can be later than ${latest}: plans are reviewed at least every 12 months unless there is a reason</a>`,
      )
      expect(noReasonPage).toMatch(/name="reviewYear"[^>]*value="2099"/)
      expect(await page(practitioner, practitionerPlan)).toContain('Agree the plan or return it')
      const because = 'Ravi asked for the review after his exams; nothing is expected to change'
      const [a, b] = await Promise.all([
        practitioner.post(practitionerPlan, {
          csrf: csrfTokenIn(viewA),
          intent: 'approve',
          expectedVersion: version(viewA),
          planVersion,
          ...later,
          reviewDateReason: because,
        }),
        second.post(practitionerPlan, {
          csrf: csrfTokenIn(viewB),
          intent: 'approve',
          expectedVersion: version(viewB),
          planVersion,
          ...later,
          reviewDateReason: because,
        }),
      ])
      expect([a.status, b.status].sort()).toEqual([302, 409])
      const loser = await text(a.status === 409 ? a : b)
      expect(loser).toMatch(/<title>Error: /)
      expect(loser).toMatch(
        /(already been changed by Dana Ellis|changed by someone else|Read it again before agreeing it)/,
      )
      const approvedPage = await page(practitioner, practitionerPlan)
      expect(approvedPage.match(/Agreed by the council \(version/g)).toHaveLength(1)
      // The later date and its reason are kept with the plan and shown to the person.
      const own = await page(representative, plan)
      expect(own).toContain('Plan next reviewed by 1 June 2099.')
      expect(own).toContain(
        `Why the review is later than 12 months</dt><dd class="govuk-summary-list__value">${because}`,
      )
    })

    it('refuses a move the life cycle does not allow, saying what can be done instead', async () => {
      const view = await page(practitioner, practitionerPlan)
      const again = await practitioner.post(practitionerPlan, {
        csrf: csrfTokenIn(view),
        intent: 'approve',
        expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(view)?.[1] ?? '',
        planVersion: /name="planVersion" value="(\d+)"/.exec(view)?.[1] ?? '',
      })
      expect(again.status).toBe(400)
      expect(await text(again)).toContain('A plan that is approved cannot be approved again; it can be made active.')
      const own = await page(representative, plan)
      const resend = await representative.post(plan, {
        csrf: csrfTokenIn(own),
        intent: 'submit',
        expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(view)?.[1] ?? '',
      })
      expect(resend.status).toBe(400)
      expect(await text(resend)).toContain('A plan that is approved cannot be submitted again; it can be made active.')
    })

    it('asks for a starting point once the plan is in force, and records it as the baseline, before any review', async () => {
      const view = await page(practitioner, practitionerPlan)
      expect(
        (
          await practitioner.post(practitionerPlan, {
            csrf: csrfTokenIn(view),
            intent: 'activate',
            expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(view)?.[1] ?? '',
            planVersion: '',
          })
        ).status,
      ).toBe(302)
      expect(await page(representative, plan)).toContain('Say where you are now with each outcome')
      const form = await page(representative, `${plan}/review`)
      expect(form).toContain('Where are you now with each outcome?')
      const outcomeIds = idsIn(form, /name="rating-([^"]+)" type="radio" value="fully"/g)
      expect(outcomeIds.length).toBe(2)
      // One outcome left unrated: refused, naming it, and the other answer comes back.
      const [first] = outcomeIds
      const partial = await representative.submit(`${plan}/review`, { [`rating-${first}`]: 'partly' })
      expect(partial.status).toBe(400)
      const partialPage = await text(partial)
      expect(partialPage).toContain('has been met: fully, partly or not achieved')
      expect(partialPage).toMatch(new RegExp(`name="rating-${first}" type="radio" checked="" value="partly"`))
      const all = Object.fromEntries(outcomeIds.map((id) => [`rating-${id}`, 'not-achieved']))
      expect(
        (
          await representative.submit(`${plan}/review`, {
            ...all,
            [`comment-${first}`]: 'Not yet: the PA starts next week',
          })
        ).status,
      ).toBe(302)
      const database = await openPortalDatabase(portal)
      try {
        const stored = await database.repos.supportPlans.findOpenForPerson(personId)
        const ratings = await database.repos.supportPlans.listRatings(stored?.id ?? '')
        expect(
          ratings
            .filter((row) => row.occasion === 'baseline')
            .map((row) => [row.raterRole, row.reviewId, row.attainment]),
        ).toEqual(outcomeIds.map(() => ['representative', null, 'not-achieved']))
      } finally {
        await database.close()
      }
      expect(await page(representative, plan)).not.toContain('Say where you are now with each outcome')
    })

    it('records a change within an agreed outcome at once, and sends a change of total to review', async () => {
      const supports = await page(representative, `${plan}/supports`)
      const pa =
        /\?support=([^"]+)">Change<span class="govuk-visually-hidden"> PA to go to church with me/.exec(
          supports,
        )?.[1] ?? ''
      const [church, mornings] = idsIn(supports, /name="outcome" type="radio" value="([^"]+)"/g)
      // Two PA hours instead of three, and a taxi with the hour saved: money moved within "church", the total no higher.
      expect(
        (
          await representative.submit(`${plan}/supports`, {
            supportId: pa,
            outcome: church ?? '',
            providerType: 'personal-assistant',
            description: 'PA to go to church with me',
            per: 'week',
            count: '2',
            cost: '15.50',
            intent: 'add',
          })
        ).headers.get('location'),
      ).toBe(plan)
      expect(
        (
          await representative.submit(`${plan}/supports`, {
            outcome: church ?? '',
            providerType: 'other',
            description: 'Taxi to church',
            per: 'week',
            count: '1',
            cost: '15.50',
            intent: 'add',
          })
        ).headers.get('location'),
      ).toBe(plan)
      const recorded = await page(representative, plan)
      expect(recorded).toContain('Your change was recorded straight away, without waiting for approval.')
      expect(recorded).toContain('Added "Taxi to church" (£15.50 a week)')
      // The rule's id is for the council's records, not for the person reading (issue 19).
      expect(recorded).not.toMatch(/\(rule |support-planning-flexibility/)
      expect(recorded).toContain('Active')
      // The starting point belongs to the plan, not to one version: the change does not ask for it again (issue 19).
      expect(recorded).not.toContain('Say where you are now with each outcome')
      expect(await page(representative, `${plan}/review`)).not.toContain('Where are you now with each outcome?')
      const bigger = {
        outcome: mornings ?? '',
        providerType: 'agency',
        description: 'Evening visits',
        per: 'week',
        count: '7',
        cost: '20',
        intent: 'add',
      }
      const refused = await representative.submit(`${plan}/supports`, bigger)
      expect(refused.status).toBe(200)
      const why = await text(refused)
      expect(why).toContain('This change needs the council to agree it, so it has not been recorded yet')
      expect(why).toMatch(/The plan would cost £[\d,.]+ a year \(£[\d,.]+ a week\), more than the £[\d,.]+ a year/)
      expect(await page(representative, plan)).not.toContain('Evening visits')
      expect(
        (await representative.submit(`${plan}/supports`, { ...bigger, intent: 'send-for-review' })).headers.get(
          'location',
        ),
      ).toBe(plan)
      // One step (issue 19): the change is sent to the council, and the plan in force, from the change made today, stays.
      const sent = await page(representative, plan)
      expect(sent).toContain('Sent to the council')
      expect(sent).toContain('Evening visits')
      expect(sent).toContain(
        `You sent your change to the council. Your plan from ${formatDate(new Date().toISOString())} is still in force while the change is reviewed.`,
      )
      expect(await page(practitioner, '/practitioner/plans')).toContain('Priya Shah')
    })

    it('charges against the cost of the plan in force, not the whole budget, once a plan is agreed (issue 5: the plan supplies the cost of care)', async () => {
      const database = await openPortalDatabase(portal)
      try {
        const stored = await database.repos.supportPlans.findOpenForPerson(personId)
        const inForce = stored?.versions.find((version) => version.version === stored.inForceVersion)
        expect(inForce).toBeDefined()
        // The agreed plan spends less than the budget here, so the charge is capped at what the plan costs.
        expect(inForce?.weeklyCostPence ?? 0).toBeLessThan(inForce?.budgetWeeklyPence ?? 0)
        const start = await page(representative, `/people/${personId}/financial-assessment`)
        const pounds = formatPence(inForce?.weeklyCostPence ?? 0)
        expect(start).toContain(
          `We will use ${pounds} a week as the cost of your care: the weekly cost of your agreed support plan, up to your personal budget.`,
        )
      } finally {
        await database.close()
      }
    })

    it('opens the demo plan seeded for Joe, read back through the package: its costs are what the package works out', async () => {
      const list = await page(practitioner, '/practitioner/plans')
      const joe = /href="(\/practitioner\/plans\/[^"]+)">Joe Whitfield</.exec(list)?.[1] ?? ''
      const html = await page(practitioner, joe)
      expect(html).toContain(
        'This plan costs £118.77 a week, which is £31.23 a week less than the budget of £150.00 a week.',
      )
      expect(html).toContain('Inclusive football club subs')
      expect(html).toContain('Start a review')
    })

    it('downloads the plan as JSON that validates against the package’s published JSON Schema', async () => {
      const response = await representative.get(`${plan}.json`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="support-plan-priya-shah-version-\d+\.json"$/,
      )
      const downloaded: unknown = await response.json()
      expect(schemaProblems(jsonSchemas.plan, downloaded)).toEqual([])
      expect(PlanSchema.parse(downloaded)).toEqual(downloaded)
      expect(JSON.stringify(downloaded)).toContain('Evening visits')
      // The practitioner may download it too; someone with no relationship to the person gets a not-found.
      expect((await practitioner.get(`${plan}.json`)).status).toBe(200)
      expect((await (await signedIn('citizen')).get(`${plan}.json`)).status).toBe(404)
    })
  })

  describe('a revision, a review and the risks beside the plan (issue 19)', () => {
    it('shows the practitioner what the change alters from the plan in force, as was and now, and why it needs agreeing', async () => {
      const view = await page(practitioner, practitionerPlan)
      expect(view).toContain('What changed from the plan in force')
      expect(view).toContain(
        '<h4 class="govuk-summary-card__title">Supports: support added</h4></div><div class="govuk-summary-card__content"><dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Was</dt><dd class="govuk-summary-list__value">Not in the plan</dd></div><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Now</dt><dd class="govuk-summary-list__value">Evening visits: An agency, 7 × £20.00 a week, £140.00 a week</dd>',
      )
      expect(view).toMatch(
        /Costs: what the plan costs<\/h4>.*?Was<\/dt><dd class="govuk-summary-list__value">£([\d,.]+) a week \(£[\d,.]+ a year\)<\/dd>.*?Now<\/dt><dd class="govuk-summary-list__value">£[\d,.]+ a week/,
      )
      expect(view).toContain('Why it needs the council to agree it')
      expect(view).toMatch(/<li>The plan would cost £[\d,.]+ a year \(£[\d,.]+ a week\), more than the £[\d,.]+ a year/)
    })

    it('shows each outcome’s starting point beside the review’s ratings, and keeping the plan moves its next review a year on', async () => {
      const post = async (intent: string) => {
        const html = await page(practitioner, practitionerPlan)
        const moved = await practitioner.post(practitionerPlan, {
          csrf: csrfTokenIn(html),
          intent,
          expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(html)?.[1] ?? '',
          planVersion: /name="planVersion" value="(\d+)"/.exec(html)?.[1] ?? '',
          ...(intent === 'approve'
            ? { reviewDay: '1', reviewMonth: '6', reviewYear: '2099', reviewDateReason: 'Ravi asked for it' }
            : {}),
        })
        expect(moved.status, intent).toBe(302)
      }
      for (const intent of ['approve', 'activate', 'start-review']) await post(intent)
      const own = await page(representative, `${plan}/review`)
      expect(own).toContain('How well has your plan worked?')
      expect(own).toContain('At the start: Not achieved (their representative), “Not yet: the PA starts next week”')
      const review = `${practitionerPlan}/review`
      const ratings = await page(practitioner, review)
      expect(ratings).toMatch(
        /<dt class="govuk-summary-list__key">At the start<\/dt><dd class="govuk-summary-list__value"><ul class="govuk-list"><li><strong>Their representative:<\/strong> Not achieved/,
      )
      const nextReview = formatDate(nextReviewDate(todayInEngland(new Date())))
      expect(ratings).toContain(`its next review will be due by ${nextReview}, a year from today`)
      expect(await page(representative, plan)).toContain('Plan next reviewed by 1 June 2099.')
      const kept = await practitioner.post(review, {
        csrf: csrfTokenIn(ratings),
        intent: 'keep',
        expectedVersion: /name="expectedVersion" value="(\d+)"/.exec(ratings)?.[1] ?? '',
      })
      expect(kept.status).toBe(302)
      const after = await page(representative, plan)
      expect(after).toContain(`Plan next reviewed by ${nextReview}.`)
      // The reason explained the later date the review replaced, so it goes with it.
      expect(after).not.toContain('Why the review is later than 12 months')
      expect(after).toContain('Reviewed and kept as it is')
      // Kept as it is: no change to weigh, and the starting point is still not asked for again.
      expect(after).not.toContain('Say where you are now with each outcome')
      expect(await page(practitioner, practitionerPlan)).not.toContain('What changed from the plan in force')
    })

    it('lists the risks the person has recorded, each linked: to their list for them, to the risk for the practitioner', async () => {
      const risks = `/people/${personId}/risks`
      const saved = await representative.submit(risks, {
        risk: 'Going to the market on my own on Saturdays',
        whoseRisk: 'the-person',
        personsView: 'I have always done my own shopping',
        benefit: 'Choosing my own food and seeing people I know',
        howReduced: 'Ravi phones me at eleven',
        likelihood: '2',
        impact: '2',
      })
      expect(saved.status).toBe(302)
      const riskId = /id="risk-([^"]+)"/.exec(await page(representative, risks))?.[1] ?? ''
      expect(riskId).not.toBe('')
      expect(await page(representative, plan)).toMatch(
        new RegExp(
          `<a class="govuk-link" href="${risks}#risk-${riskId}">Going to the market on my own on Saturdays</a> \\(Low: the person decides; not agreed yet\\)`,
        ),
      )
      expect(await page(practitioner, practitionerPlan)).toContain(
        `<a class="govuk-link" href="${risks}/${riskId}">Going to the market on my own on Saturdays</a>`,
      )
    })
  })

  describe('outcome frameworks a plugin adds', () => {
    it('offers a plugin’s own framework beside the national ones, and links an outcome to it', async () => {
      const fixture = path.resolve(import.meta.dirname, 'fixtures', 'plugin-peer-goals.mjs')
      const withGoals = await engine.start({ env: { OPEN_SDS_PLUGINS: `@open-sds/plugin-example-county,${fixture}` } })
      try {
        const { rep, id } = await personWithAgreedBudget(withGoals)
        const own = `/people/${id}/plan`
        await rep.submit(own, { intent: 'start' })
        const outcomes = await page(rep, `${own}/outcomes`)
        expect(outcomes).toContain('Riverside peer-support goals')
        expect(outcomes).toContain('Putting People First shared outcomes')
        const added = await rep.submit(`${own}/outcomes`, {
          words: 'I want to go to the peer group on Tuesdays',
          links: 'riverside-peer-goals/meet-people',
          intent: 'add',
        })
        expect(added.status).toBe(302)
        expect(await page(rep, own)).toContain('Linked to: Meet people who understand')
        const unknown = await rep.submit(`${own}/outcomes`, {
          words: 'I want to sing',
          links: 'riverside-peer-goals/no-such-goal',
          intent: 'add',
        })
        expect(unknown.status).toBe(400)
        expect(await text(unknown)).toContain(
          'The framework "Riverside peer-support goals" has no outcome "no-such-goal"',
        )
      } finally {
        await withGoals.stop()
      }
    })
  })
})
