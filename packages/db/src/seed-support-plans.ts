import type { DatabaseHandle } from './open-database.js'

const day = 86_400_000

/**
 * Joe Whitfield's active support plan, agreed by Dana Ellis, with her baseline ratings of his outcomes: so a fresh demo
 * has a plan to open, and the progress figures have a budget in force to count. The plan is written out by hand in
 * the shape of @open-sds/support-planning's PlanSchema (the portal reads it back through that schema), and the pence
 * columns are what the package's costPlan gives for it. Adds nothing if Joe already has a plan.
 */
export async function seedDemoSupportPlan(
  handle: Pick<DatabaseHandle, 'repos'>,
  { now, personId, practitionerId }: { now: Date; personId: string; practitionerId: string },
): Promise<boolean> {
  const { supportPlans } = handle.repos
  if (await supportPlans.findOpenForPerson(personId)) return false
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day)
  const plan = {
    people: {
      person: { name: 'Joe Whitfield' },
      plannedWith: [
        { name: 'Joe Whitfield', role: 'the-person' },
        { name: 'Dana Ellis', role: 'practitioner' },
      ],
      moneyManagedBy: { name: 'Joe Whitfield', role: 'the-person' },
    },
    outcomes: [
      {
        id: 'football',
        words: 'I want to play five-a-side with my mates on Thursdays',
        linkedItems: [
          { frameworkId: 'care-act-eligibility-outcomes', itemId: 'relationships' },
          { frameworkId: 'putting-people-first', itemId: 'active-equal-citizens' },
        ],
      },
      {
        id: 'own-flat',
        words: 'I want to keep my own flat and cook for myself',
        linkedItems: [
          { frameworkId: 'care-act-eligibility-outcomes', itemId: 'nutrition' },
          { frameworkId: 'putting-people-first', itemId: 'live-independently' },
        ],
      },
    ],
    supports: [
      {
        id: 'pa-football',
        outcomeId: 'football',
        providerType: 'personal-assistant',
        description: 'PA to come to football with me',
        frequency: { per: 'week', count: 2 },
        unitCostPence: 1450,
      },
      {
        id: 'club',
        outcomeId: 'football',
        providerType: 'community-group',
        description: 'Inclusive football club subs',
        frequency: { per: 'month', count: 1 },
        unitCostPence: 1200,
      },
      {
        id: 'pa-cooking',
        outcomeId: 'own-flat',
        providerType: 'personal-assistant',
        description: 'PA to help me shop and cook',
        frequency: { per: 'week', count: 6 },
        unitCostPence: 1450,
      },
      {
        id: 'mum',
        outcomeId: 'own-flat',
        providerType: 'family-and-friends',
        description: 'Mum checks in on Sundays',
        frequency: { per: 'week', count: 1 },
        unitCostPence: 0,
      },
    ],
    funding: {
      personalBudget: {
        weeklyPence: 15000,
        assessedContributionWeeklyPence: 0,
        directPaymentWeeklyPence: 12000,
        managedAccountWeeklyPence: 3000,
        individualServiceFundWeeklyPence: 0,
      },
      otherStreams: [],
    },
    risksIChooseToTake: [{ id: 'bus', description: 'I take the bus to football on my own' }],
    contingencyPlan:
      'If my PA cannot come, my mum or my brother Sam comes to football with me. If nobody can, I ring the club to say.',
    // Due in two weeks, so the demo's due and overdue list has a review coming up (issue 18).
    reviewDate: new Date(now.getTime() + 14 * day).toISOString().slice(0, 10),
  }
  const by = { byUserId: practitionerId, byRole: 'practitioner' as const }
  const created = await supportPlans.create({
    personId,
    firstVersion: {
      version: 1,
      status: 'draft',
      change: 'created',
      plan,
      // PA 2 × £14.50 + club £12 a month (£144 a year ÷ 52 = £2.77) + PA 6 × £14.50 + £0.
      weeklyCostPence: 11_877,
      oneOffCostPence: 0,
      budgetWeeklyPence: 15_000,
      directPaymentWeeklyPence: 12_000,
      managedAccountWeeklyPence: 3_000,
      individualServiceFundWeeklyPence: 0,
      createdByUserId: practitionerId,
      createdByRole: 'practitioner',
      createdAt: at(14),
    },
    created: {
      recordVersion: 1,
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
      planVersion: 1,
      ...by,
      at: at(14),
    },
  })
  if (!created.ok)
    throw new Error(
      `Could not seed Joe Whitfield's support plan: ${created.errors.map((issue) => issue.message).join('; ')}`,
    )
  const moved = await supportPlans.saveChanges({
    planId: created.value.id,
    expectedRecordVersion: 1,
    status: 'active',
    currentVersion: 1,
    approvedVersion: 1,
    inForceVersion: 1,
    versions: [],
    transitions: [
      {
        recordVersion: 2,
        action: 'submit',
        fromStatus: 'draft',
        toStatus: 'submitted',
        planVersion: 1,
        ...by,
        at: at(12),
      },
      {
        recordVersion: 3,
        action: 'approve',
        fromStatus: 'submitted',
        toStatus: 'approved',
        planVersion: 1,
        ...by,
        at: at(5),
      },
      {
        recordVersion: 4,
        action: 'activate',
        fromStatus: 'approved',
        toStatus: 'active',
        planVersion: 1,
        ...by,
        at: at(4),
      },
    ],
  })
  if (!moved.ok)
    throw new Error(
      `Could not seed Joe Whitfield's support plan: ${moved.errors.map((issue) => issue.message).join('; ')}`,
    )
  const baseline = [
    {
      outcome: plan.outcomes[0],
      attainment: 'not-achieved' as const,
      comment: 'Has not played since his old support stopped',
    },
    {
      outcome: plan.outcomes[1],
      attainment: 'partly' as const,
      comment: 'Cooks with prompting; shopping is the hard part',
    },
  ]
  const rated = await supportPlans.recordRatings(
    baseline.map(({ outcome, attainment, comment }) => ({
      planId: created.value.id,
      planVersion: 1,
      reviewId: null,
      occasion: 'baseline',
      outcomeId: outcome?.id ?? '',
      outcomeWords: outcome?.words ?? '',
      frameworkItems: (outcome?.linkedItems ?? []).map((ref) => `${ref.frameworkId}/${ref.itemId}`),
      attainment,
      raterRole: 'practitioner',
      ratedByUserId: practitionerId,
      comment,
    })),
    at(4),
  )
  if (!rated.ok)
    throw new Error(
      `Could not seed Joe Whitfield's baseline ratings: ${rated.errors.map((issue) => issue.message).join('; ')}`,
    )
  return true
}
