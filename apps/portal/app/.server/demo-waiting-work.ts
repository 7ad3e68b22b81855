import { assessFinancialAnswers, type FinancialAnswersInput } from '@open-sds/charging'
import { demoAccounts, financialOutcomeOf, type DatabaseHandle } from '@open-sds/db'
import type { ComposedConfiguration } from '@open-sds/plugin-sdk'
import { PlanSchema, costPlan } from '@open-sds/support-planning'
import { chargingPolicyOf } from '../routes/_charging+/charging.server.js'

const day = 86_400_000
const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/**
 * A fictional woman, 79, whose plan was agreed thirteen months ago and whose review is now overdue; she sent her
 * financial assessment again three days ago, with her social worker, and waits for it to be checked.
 */
const demoWaitingPerson = {
  id: '0b7e4f7c-1a2b-4c3d-8e4f-5a6b7c8d9e04',
  displayName: 'Margaret Quinn',
  dateOfBirth: '1947-06-18',
} as const

const MARGARET_ANSWERS: FinancialAnswersInput = {
  'about-you': { age: 79, pensionCreditAge: true, couple: false, disabilityPremium: false },
  capital: { savings: 900_000, savingsJoint: false, otherProperty: 0 },
  income: {
    statePension: 23_025,
    privatePension: 4_500,
    careBenefit: 'attendance-allowance',
    careBenefitAmount: 7_390,
    careBenefitHigherRate: false,
    nightCare: false,
  },
  housing: { rent: 9_500, housingBenefit: 0, councilTax: 2_200, councilTaxReduction: 0 },
  costs: { basis: 'itemised', heating: 600 },
}

/**
 * Work waiting for the demo's staff, so that "Due and overdue" and the finance officer's list show what a council's
 * morning looks like (issue 18): Margaret Quinn's plan review, now overdue, and her financial assessment, sent three
 * days ago and not yet checked. Demo only (with the sample history): the tests' figures come from what each test
 * writes. Adds nothing the second time.
 */
export async function seedDemoWaitingWork(
  handle: Pick<DatabaseHandle, 'repos'>,
  site: Pick<ComposedConfiguration, 'slots' | 'provenance'>,
  now: Date,
): Promise<{ overdueReviews: number; assessmentsWaiting: number }> {
  const practitioner = await handle.repos.users.findByEmail(
    demoAccounts.find((account) => account.key === 'practitioner')?.email ?? '',
  )
  if (!practitioner || (await handle.repos.people.findById(demoWaitingPerson.id)))
    return { overdueReviews: 0, assessmentsWaiting: 0 }
  const person = await handle.repos.people.create({ ...demoWaitingPerson }, now)
  if (!person.ok) throw new Error(`Could not seed Margaret Quinn: ${person.errors[0]?.message ?? ''}`)
  const granted = await handle.repos.people.grantAccess(practitioner.id, demoWaitingPerson.id, 'practitioner', now)
  if (!granted.ok) throw new Error(`Could not seed Margaret Quinn: ${granted.errors[0]?.message ?? ''}`)
  await seedOverduePlan(handle, practitioner.id, now)
  await seedWaitingAssessment(handle, site, practitioner.id, now)
  return { overdueReviews: 1, assessmentsWaiting: 1 }
}

async function seedOverduePlan(handle: Pick<DatabaseHandle, 'repos'>, practitionerId: string, now: Date) {
  const personId = demoWaitingPerson.id
  const { supportPlans } = handle.repos
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day)
  const agreedDaysAgo = 400
  const plan = PlanSchema.parse({
    people: {
      person: { name: 'Margaret Quinn' },
      plannedWith: [
        { name: 'Margaret Quinn', role: 'the-person' },
        { name: 'Dana Ellis', role: 'practitioner' },
      ],
      moneyManagedBy: { name: 'Margaret Quinn', role: 'the-person' },
    },
    outcomes: [
      {
        id: 'mornings',
        words: 'I want to get up, washed and dressed in the morning without rushing',
        linkedItems: [{ frameworkId: 'care-act-eligibility-outcomes', itemId: 'hygiene' }],
      },
      {
        id: 'church',
        words: 'I want to get to church on Sundays and see my friends there',
        linkedItems: [{ frameworkId: 'care-act-eligibility-outcomes', itemId: 'community' }],
      },
    ],
    supports: [
      {
        id: 'morning-care',
        outcomeId: 'mornings',
        providerType: 'agency',
        description: 'Care worker each morning, 45 minutes',
        frequency: { per: 'week', count: 7 },
        unitCostPence: 1_800,
      },
      {
        id: 'church-pa',
        outcomeId: 'church',
        providerType: 'personal-assistant',
        description: 'PA to come with me to church',
        frequency: { per: 'week', count: 1 },
        unitCostPence: 4_350,
      },
    ],
    funding: {
      personalBudget: {
        weeklyPence: 17_500,
        assessedContributionWeeklyPence: 0,
        directPaymentWeeklyPence: 4_350,
        managedAccountWeeklyPence: 13_150,
        individualServiceFundWeeklyPence: 0,
      },
      otherStreams: [],
    },
    risksIChooseToTake: [],
    contingencyPlan: 'If the care worker does not come by nine, I ring my neighbour Pat; she rings the agency.',
    // Twelve months after agreement, the longest the council allows without a recorded reason: so it is overdue now.
    reviewDate: isoDay(new Date(at(agreedDaysAgo).getTime() + 365 * day)),
  })
  const costs = costPlan(plan)
  const by = { byUserId: practitionerId, byRole: 'practitioner' as const }
  const created = await supportPlans.create({
    personId,
    firstVersion: {
      version: 1,
      status: 'draft',
      change: 'created',
      plan,
      weeklyCostPence: costs.weeklyPence,
      oneOffCostPence: costs.oneOffPence,
      budgetWeeklyPence: 17_500,
      directPaymentWeeklyPence: 4_350,
      managedAccountWeeklyPence: 13_150,
      individualServiceFundWeeklyPence: 0,
      createdByUserId: practitionerId,
      createdByRole: 'practitioner',
      createdAt: at(agreedDaysAgo + 10),
    },
    created: {
      recordVersion: 1,
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
      planVersion: 1,
      ...by,
      at: at(agreedDaysAgo + 10),
    },
  })
  if (!created.ok) throw new Error(`Could not seed Margaret Quinn's support plan: ${created.errors[0]?.message ?? ''}`)
  const steps = [
    ['submit', 'draft', 'submitted', agreedDaysAgo + 6],
    ['approve', 'submitted', 'approved', agreedDaysAgo],
    ['activate', 'approved', 'active', agreedDaysAgo - 1],
  ] as const
  const moved = await supportPlans.saveChanges({
    planId: created.value.id,
    expectedRecordVersion: 1,
    status: 'active',
    currentVersion: 1,
    approvedVersion: 1,
    inForceVersion: 1,
    versions: [],
    transitions: steps.map(([action, fromStatus, toStatus, daysAgo], index) => ({
      recordVersion: index + 2,
      action,
      fromStatus,
      toStatus,
      planVersion: 1,
      ...by,
      at: at(daysAgo),
    })),
  })
  if (!moved.ok) throw new Error(`Could not seed Margaret Quinn's support plan: ${moved.errors[0]?.message ?? ''}`)
}

async function seedWaitingAssessment(
  handle: Pick<DatabaseHandle, 'repos'>,
  site: Pick<ComposedConfiguration, 'slots' | 'provenance'>,
  practitionerId: string,
  now: Date,
) {
  const { financialAssessments } = handle.repos
  const sentAt = new Date(now.getTime() - 3 * day)
  const worked = assessFinancialAnswers(
    { answers: MARGARET_ANSWERS, costOfCareWeeklyPence: 21_000 },
    chargingPolicyOf(site),
    { now: isoDay(sentAt) },
  )
  if (!worked.ok) throw new Error(`Could not seed Margaret Quinn's charge: ${worked.errors[0]?.message ?? ''}`)
  const draft = await financialAssessments.startDraft(
    { personId: demoWaitingPerson.id, userId: practitionerId },
    sentAt,
  )
  if (!draft.ok) throw new Error(`Could not seed Margaret Quinn's charge: ${draft.errors[0]?.message ?? ''}`)
  await financialAssessments.saveDraft(draft.value.id, MARGARET_ANSWERS, practitionerId, sentAt)
  const sent = await financialAssessments.submitDraft(
    draft.value.id,
    financialOutcomeOf(worked.value),
    practitionerId,
    sentAt,
  )
  if (!sent.ok) throw new Error(`Could not seed Margaret Quinn's charge: ${sent.errors[0]?.message ?? ''}`)
}
