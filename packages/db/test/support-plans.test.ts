import { describe, expect, it } from 'vitest'
import {
  demoPeople,
  planInProgressMessage,
  seedDemoData,
  type AnyDatabaseHandle,
  type NewSupportPlanVersion,
  type SaveSupportPlanChanges,
} from '../src/index.js'
import { countRows, refusal, testEngines } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'
import { startOtherProcess } from './other-process/index.js'

const created = at('2025-05-01T09:00:00Z')
const submitted = at('2025-05-02T10:00:00Z')
const approvedAt = at('2025-05-06T15:30:00Z')

// Joan's plan, as the support-planning package's README example has it; the repository stores it as given.
const joanPlan = {
  people: {
    person: { name: 'Joan Okafor' },
    plannedWith: [{ name: 'Joan Okafor', role: 'the-person' }],
    moneyManagedBy: { name: 'Joan Okafor', role: 'the-person' },
  },
  outcomes: [
    {
      id: 'church',
      words: 'I want to get to church every Sunday',
      linkedItems: [{ frameworkId: 'care-act-eligibility-outcomes', itemId: 'community' }],
    },
  ],
  supports: [
    {
      id: 'pa',
      outcomeId: 'church',
      providerType: 'personal-assistant',
      description: 'PA to go to church with me',
      frequency: { per: 'week', count: 3 },
      unitCostPence: 1550,
    },
  ],
  funding: {
    personalBudget: {
      weeklyPence: 20500,
      assessedContributionWeeklyPence: 0,
      directPaymentWeeklyPence: 5100,
      managedAccountWeeklyPence: 15400,
      individualServiceFundWeeklyPence: 0,
    },
    otherStreams: [],
  },
  risksIChooseToTake: [],
  contingencyPlan: 'My daughter Grace takes me.',
  reviewDate: '2026-05-01',
}

function version(
  n: number,
  userId: string,
  createdAt: Date,
  changes: Partial<NewSupportPlanVersion> = {},
): NewSupportPlanVersion {
  return {
    version: n,
    status: 'draft',
    change: n === 1 ? 'created' : 'edited',
    plan: joanPlan,
    weeklyCostPence: 4650,
    oneOffCostPence: 0,
    budgetWeeklyPence: 20500,
    directPaymentWeeklyPence: 5100,
    managedAccountWeeklyPence: 15400,
    individualServiceFundWeeklyPence: 0,
    createdByUserId: userId,
    createdByRole: 'person',
    createdAt,
    ...changes,
  }
}

async function setUp(handle: AnyDatabaseHandle) {
  const person = await createPerson(handle, 'Joan Okafor')
  const joan = await createUser(handle, 'joan@example.org')
  const sam = await createUser(handle, 'sam.worker@example.org')
  const alex = await createUser(handle, 'alex.worker@example.org')
  const made = await handle.repos.supportPlans.create({
    personId: person.id,
    firstVersion: version(1, joan.id, created),
    created: {
      recordVersion: 1,
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
      planVersion: 1,
      byUserId: joan.id,
      byRole: 'person',
      at: created,
    },
  })
  if (!made.ok) throw new Error(`test setup: ${JSON.stringify(made.errors)}`)
  const submit = await handle.repos.supportPlans.saveChanges({
    planId: made.value.id,
    expectedRecordVersion: 1,
    status: 'submitted',
    currentVersion: 1,
    approvedVersion: null,
    inForceVersion: null,
    versions: [],
    transitions: [
      {
        recordVersion: 2,
        action: 'submit',
        fromStatus: 'draft',
        toStatus: 'submitted',
        planVersion: 1,
        byUserId: joan.id,
        byRole: 'person',
        at: submitted,
      },
    ],
  })
  if (!submit.ok) throw new Error(`test setup: ${JSON.stringify(submit.errors)}`)
  return { person, joan, sam, alex, planId: made.value.id }
}

const activation = (byUserId: string) =>
  ({
    recordVersion: 4,
    action: 'activate',
    fromStatus: 'approved',
    toStatus: 'active',
    planVersion: 1,
    byUserId,
    byRole: 'practitioner',
    at: approvedAt,
  }) as const

// Approved plan at record version 3: activates it and opens a review, as a practitioner would.
const startReview = (planId: string, byUserId: string): SaveSupportPlanChanges => ({
  planId,
  expectedRecordVersion: 3,
  status: 'under-review',
  currentVersion: 1,
  approvedVersion: 1,
  inForceVersion: 1,
  versions: [],
  transitions: [
    { ...activation(byUserId), recordVersion: 4 },
    {
      ...activation(byUserId),
      recordVersion: 5,
      action: 'start-review',
      fromStatus: 'active',
      toStatus: 'under-review',
    },
  ],
  openReview: { planVersion: 1 },
})

const approval = (planId: string, byUserId: string): SaveSupportPlanChanges => ({
  planId,
  expectedRecordVersion: 2,
  status: 'approved',
  currentVersion: 1,
  approvedVersion: 1,
  inForceVersion: 1,
  versions: [],
  transitions: [
    {
      recordVersion: 3,
      action: 'approve',
      fromStatus: 'submitted',
      toStatus: 'approved',
      planVersion: 1,
      byUserId,
      byRole: 'practitioner',
      at: approvedAt,
    },
  ],
})

describe.each(testEngines())('support plans repository on $name', (engine) => {
  it('keeps the plan, its versions and every move with who and when', async () => {
    const handle = await engine.fresh()
    const { person, joan, planId } = await setUp(handle)
    const stored = await handle.repos.supportPlans.findById(planId)
    expect(stored).toMatchObject({
      personId: person.id,
      status: 'submitted',
      recordVersion: 2,
      currentVersion: 1,
      approvedVersion: null,
    })
    expect(stored?.versions).toEqual([{ ...version(1, joan.id, created), planId }])
    expect(stored?.transitions.map((entry) => [entry.action, entry.fromStatus, entry.toStatus, entry.at])).toEqual([
      ['create', null, 'draft', created],
      ['submit', 'draft', 'submitted', submitted],
    ])
    expect(await handle.repos.supportPlans.findOpenForPerson(person.id)).toEqual(stored)
    expect((await handle.repos.supportPlans.listByStatus(['submitted'])).map((plan) => plan.id)).toEqual([planId])
    expect(await handle.repos.supportPlans.listByStatus(['active'])).toEqual([])
  })

  it(
    'lets exactly one of two practitioners in two processes approving the same version at once win; the other is told who and when',
    async () => {
      const handle = await engine.fresh()
      const { sam, alex, planId } = await setUp(handle)
      // A second portal process with the same database open. Neither approval waits for the other to start: which wins
      // is the database's choice, made by the conditional update on record_version.
      const other = await startOtherProcess(engine.location(handle))
      try {
        const results = await Promise.all([
          handle.repos.supportPlans.saveChanges(approval(planId, sam.id)),
          other.call('supportPlans', 'saveChanges', approval(planId, alex.id)),
        ])
        const winners = results.flatMap((result, index) => (result.ok ? [[sam, alex][index]] : []))
        expect(winners).toHaveLength(1)
        const loser = results.find((result) => !result.ok)
        expect(loser).toEqual({
          ok: false,
          errors: [
            {
              path: 'expectedRecordVersion',
              message: `This plan has already been changed by ${winners[0]?.displayName} at 2025-05-06 15:30 UTC and is now approved; nothing you sent was saved over it. Reload the plan to see where it stands. (You were changing version 2; it is now version 3.)`,
            },
          ],
        })
        const stored = await handle.repos.supportPlans.findById(planId)
        expect(
          stored?.transitions.filter((entry) => entry.action === 'approve').map((entry) => entry.byUserId),
        ).toEqual([winners[0]?.id])
        expect(stored).toMatchObject({ status: 'approved', recordVersion: 3 })
      } finally {
        await other.close()
      }
    },
    // Starting a second Node process that compiles the TypeScript takes a few seconds, more on a busy machine.
    30_000,
  )

  it('saves several moves and a new version all or nothing, and refuses moves that skip a version', async () => {
    const handle = await engine.fresh()
    const { joan, sam, planId } = await setUp(handle)
    // Not yet agreed: no review date to list.
    expect(await handle.repos.supportPlans.listReviewDates()).toEqual([])
    await handle.repos.supportPlans.saveChanges(approval(planId, sam.id))
    expect((await handle.repos.supportPlans.listReviewDates()).map((row) => row.planId)).toEqual([planId])
    const skipped = await handle.repos.supportPlans.saveChanges({
      ...approval(planId, sam.id),
      expectedRecordVersion: 3,
      transitions: [
        {
          recordVersion: 5,
          action: 'activate',
          fromStatus: 'approved',
          toStatus: 'active',
          planVersion: 1,
          byUserId: sam.id,
          byRole: 'practitioner',
          at: approvedAt,
        },
      ],
    })
    expect(skipped).toEqual({
      ok: false,
      errors: [
        { path: 'transitions', message: 'Each move must follow the version it was made against, one at a time' },
      ],
    })
    const flexible = await handle.repos.supportPlans.saveChanges({
      planId,
      expectedRecordVersion: 3,
      status: 'active',
      currentVersion: 2,
      approvedVersion: 1,
      inForceVersion: 2,
      versions: [version(2, joan.id, approvedAt, { status: 'active', change: 'flexible-change' })],
      transitions: [
        {
          recordVersion: 4,
          action: 'activate',
          fromStatus: 'approved',
          toStatus: 'active',
          planVersion: 1,
          byUserId: sam.id,
          byRole: 'practitioner',
          at: approvedAt,
        },
        {
          recordVersion: 5,
          action: 'flexible-change',
          fromStatus: 'active',
          toStatus: 'active',
          planVersion: 2,
          byUserId: joan.id,
          byRole: 'person',
          at: approvedAt,
          changes: ['Changed "PA" to £40.00 a week'],
          rulesVersion: 'support-planning-flexibility/1',
        },
      ],
    })
    expect(flexible).toMatchObject({ ok: true, value: { status: 'active', recordVersion: 5, inForceVersion: 2 } })
    expect(flexible.ok && flexible.value.transitions.at(-1)).toMatchObject({
      changes: ['Changed "PA" to £40.00 a week'],
      rulesVersion: 'support-planning-flexibility/1',
    })
  })

  it('refuses a money split that does not add up to the budget, and a second open plan for the same person', async () => {
    const handle = await engine.fresh()
    const { person, joan } = await setUp(handle)
    const again = await handle.repos.supportPlans.create({
      personId: person.id,
      firstVersion: version(1, joan.id, created),
      created: {
        recordVersion: 1,
        action: 'create',
        fromStatus: null,
        toStatus: 'draft',
        planVersion: 1,
        byUserId: joan.id,
        byRole: 'person',
        at: created,
      },
    })
    expect(again.ok).toBe(false)
    expect(!again.ok && again.errors[0]?.message).toContain(planInProgressMessage)
    const other = await createPerson(handle, 'Ray Dunn')
    const badSplit = await handle.repos.supportPlans.create({
      personId: other.id,
      firstVersion: version(1, joan.id, created, { directPaymentWeeklyPence: 1 }),
      created: {
        recordVersion: 1,
        action: 'create',
        fromStatus: null,
        toStatus: 'draft',
        planVersion: 1,
        byUserId: joan.id,
        byRole: 'person',
        at: created,
      },
    })
    expect(badSplit).toEqual({
      ok: false,
      errors: [
        {
          path: 'firstVersion.budgetWeeklyPence',
          message:
            'The direct payment, managed account and individual service fund must add up to the weekly personal budget',
        },
      ],
    })
  })

  it('refuses in the database any change or removal of versions, history, reviews and ratings', async () => {
    const handle = await engine.fresh()
    const { joan, sam, planId } = await setUp(handle)
    await handle.repos.supportPlans.saveChanges(approval(planId, sam.id))
    const rated = await handle.repos.supportPlans.recordRatings(
      [
        {
          planId,
          planVersion: 1,
          reviewId: null,
          occasion: 'baseline',
          outcomeId: 'church',
          outcomeWords: 'I want to get to church every Sunday',
          frameworkItems: ['care-act-eligibility-outcomes/community'],
          attainment: 'not-achieved',
          raterRole: 'person',
          ratedByUserId: joan.id,
        },
      ],
      approvedAt,
    )
    expect(rated.ok).toBe(true)
    const reviewing = await handle.repos.supportPlans.saveChanges(startReview(planId, sam.id))
    expect(reviewing.ok).toBe(true)
    // Hand-written SQL, as someone with the database open outside the portal might run it.
    const refused = (text: string) => refusal(engine.sql(handle, text))
    expect(await refused(`update support_plan_versions set weekly_cost_pence = 1`)).toContain(
      'a support plan version cannot be changed',
    )
    expect(await refused(`delete from support_plan_versions`)).toContain('a support plan version cannot be removed')
    expect(await refused(`update support_plan_transitions set reason = 'x'`)).toContain(
      "a support plan's history cannot be changed",
    )
    expect(await refused(`delete from support_plan_transitions`)).toContain(
      "a support plan's history cannot be removed",
    )
    expect(await refused(`update support_plan_reviews set plan_version = 2`)).toContain(
      'a support plan review cannot be changed',
    )
    expect(await refused(`delete from support_plan_reviews`)).toContain('a support plan review cannot be removed')
    expect(await refused(`update outcome_ratings set attainment = 'fully'`)).toContain(
      'an outcome rating cannot be changed',
    )
    expect(await refused(`delete from outcome_ratings`)).toContain('an outcome rating cannot be removed')
    expect(await refused(`delete from support_plans`)).toContain('a support plan cannot be removed')
    if (engine.name === 'PostgreSQL') {
      // TRUNCATE skips row triggers; it is refused on its own. (SQLite has no TRUNCATE.)
      for (const [table, message] of [
        ['support_plans', 'a support plan cannot be removed'],
        ['support_plan_versions', 'a support plan version cannot be removed'],
        ['support_plan_transitions', "a support plan's history cannot be removed"],
        ['support_plan_reviews', 'a support plan review cannot be removed'],
        ['outcome_ratings', 'an outcome rating cannot be removed'],
      ])
        expect(await refused(`truncate ${table} cascade`)).toContain(message)
    }
    expect((await handle.repos.supportPlans.findById(planId))?.versions).toHaveLength(1)
    expect(await handle.repos.supportPlans.listRatings(planId)).toHaveLength(1)
  })

  it('records review ratings against an opened review, the person first, and refuses a review of another plan', async () => {
    const handle = await engine.fresh()
    const { joan, sam, planId } = await setUp(handle)
    await handle.repos.supportPlans.saveChanges(approval(planId, sam.id))
    const reviewing = await handle.repos.supportPlans.saveChanges(startReview(planId, sam.id))
    const reviewId = reviewing.ok ? reviewing.value.openedReview?.id : undefined
    if (!reviewId) throw new Error('review not opened')
    const base = {
      planId,
      planVersion: 1,
      reviewId,
      occasion: 'review' as const,
      outcomeId: 'church',
      outcomeWords: 'I want to get to church every Sunday',
      frameworkItems: ['care-act-eligibility-outcomes/community'],
    }
    const rated = await handle.repos.supportPlans.recordRatings(
      [
        {
          ...base,
          attainment: 'fully',
          raterRole: 'person',
          ratedByUserId: joan.id,
          comment: 'I have not missed a Sunday',
        },
        { ...base, attainment: 'partly', raterRole: 'practitioner', ratedByUserId: sam.id },
      ],
      at('2025-11-01T10:00:00Z'),
    )
    expect(rated.ok).toBe(true)
    expect(
      (await handle.repos.supportPlans.listRatings(planId)).map((rating) => [
        rating.raterRole,
        rating.attainment,
        rating.comment,
      ]),
    ).toEqual([
      ['person', 'fully', 'I have not missed a Sunday'],
      ['practitioner', 'partly', null],
    ])
    const wrong = await handle.repos.supportPlans.recordRatings(
      [{ ...base, reviewId: 'not-a-review', attainment: 'fully', raterRole: 'person', ratedByUserId: joan.id }],
      approvedAt,
    )
    expect(wrong).toEqual({ ok: false, errors: [{ path: 'reviewId', message: 'No review of this plan has this id' }] })
  })

  it('answers the progress questions with plain SQL: budgets in force, direct payments, days from submission to approval', async () => {
    const handle = await engine.fresh()
    const { sam, planId } = await setUp(handle)
    await handle.repos.supportPlans.saveChanges(approval(planId, sam.id))
    // Written to run unchanged on both engines, as a council's analyst would.
    const [inForce] = await engine.sql(
      handle,
      `select count(*) as people,
              sum(case when v.direct_payment_weekly_pence > 0 then 1 else 0 end) as with_direct_payment,
              sum(case when v.managed_account_weekly_pence > 0 then 1 else 0 end) as with_managed_account
       from support_plans p join support_plan_versions v on v.plan_id = p.id and v.version = p.in_force_version`,
    )
    expect(Object.values(inForce ?? {}).map(Number)).toEqual([1, 1, 1])
    const days = await engine.sql(
      handle,
      `select (a.at - s.at) / 86400000.0 as days from support_plan_transitions s
       join support_plan_transitions a on a.plan_id = s.plan_id and a.to_status = 'approved' and a.record_version > s.record_version
       where s.to_status = 'submitted'`,
    )
    expect(days.map((row) => Number(row.days))).toEqual([(approvedAt.getTime() - submitted.getTime()) / 86_400_000])
  })
})

describe.each(testEngines())('the demo seed on $name', (engine) => {
  it('gives Joe an active plan in force, paid partly as a direct payment, with baseline ratings, and adds nothing on a second run', async () => {
    const handle = await engine.fresh()
    const now = at('2026-04-01T09:00:00Z')
    await seedDemoData(handle, { hashPassword: () => 'not-a-real-hash', now })
    await seedDemoData(handle, { hashPassword: () => 'not-a-real-hash', now })
    const joe = demoPeople.find((person) => person.key === 'joe')?.id ?? ''
    const plan = await handle.repos.supportPlans.findOpenForPerson(joe)
    expect(plan).toMatchObject({ status: 'active', inForceVersion: 1, approvedVersion: 1 })
    expect(
      plan?.versions.map((version) => [
        version.weeklyCostPence,
        version.directPaymentWeeklyPence,
        version.managedAccountWeeklyPence,
      ]),
    ).toEqual([[11_877, 12_000, 3_000]])
    expect(plan?.transitions.map((entry) => entry.toStatus)).toEqual(['draft', 'submitted', 'approved', 'active'])
    // Its review is due in two weeks, so the demo's due and overdue list shows one (issue 18); the list reads it
    // from the version agreed, with the person's name.
    expect(await handle.repos.supportPlans.listReviewDates()).toEqual([
      { planId: plan?.id, personId: joe, personName: 'Joe Whitfield', reviewDate: '2026-04-15' },
    ])
    // The navigation's count of reviews due reads the same date in one query, overdue ones included.
    expect(await handle.repos.supportPlans.countReviewsDueBy('2026-04-14')).toBe(0)
    expect(await handle.repos.supportPlans.countReviewsDueBy('2026-04-15')).toBe(1)
    expect(await handle.repos.supportPlans.countReviewsDueBy('2027-01-01')).toBe(1)
    expect(
      (await handle.repos.supportPlans.listRatings(plan?.id ?? '')).map((rating) => [
        rating.occasion,
        rating.attainment,
      ]),
    ).toEqual([
      ['baseline', 'not-achieved'],
      ['baseline', 'partly'],
    ])
    expect(await countRows(engine, handle, 'support_plans')).toBe(1)
  })
})
