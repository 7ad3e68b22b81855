import { assessFinancialAnswers, type FinancialAnswersInput } from '@open-sds/charging'
import { demoAccounts, demoPeople, financialOutcomeOf as outcomeOf, type DatabaseHandle } from '@open-sds/db'
import type { ComposedConfiguration } from '@open-sds/plugin-sdk'
import { chargingPolicyOf } from './charging.server.js'

/*
 * Demo financial assessments (fictional), confirmed under the 2025/26 rates so that the yearly uprating has charges
 * to recalculate: Priya, 88, in her own home, and Joe, 32, in a rented flat.
 */
const DEMO_CHARGES: { person: string; costOfCarePence: number; answers: FinancialAnswersInput }[] = [
  {
    person: 'priya',
    costOfCarePence: 28_000,
    answers: {
      'about-you': { age: 88, pensionCreditAge: true, couple: false, disabilityPremium: false },
      capital: { savings: 1_600_000, savingsJoint: false, otherProperty: 0 },
      income: {
        statePension: 23_025,
        privatePension: 6_000,
        careBenefit: 'attendance-allowance',
        careBenefitAmount: 11_040,
        careBenefitHigherRate: true,
        nightCare: true,
      },
      housing: { councilTax: 2_500 },
      costs: { basis: 'itemised', heating: 700, laundry: 400 },
    },
  },
  {
    person: 'joe',
    costOfCarePence: 35_000,
    answers: {
      'about-you': { age: 32, pensionCreditAge: false, couple: false, disabilityPremium: false },
      capital: { savings: 250_000, savingsJoint: false },
      income: {
        esa: 14_000,
        careBenefit: 'pip-daily-living',
        careBenefitAmount: 11_040,
        careBenefitHigherRate: true,
        nightCare: false,
        careBenefitLowerRate: 7_390,
        mobility: 2_905,
      },
      housing: { rent: 12_000, housingBenefit: 10_000, councilTax: 2_000, councilTaxReduction: 1_500 },
      costs: { basis: 'itemised', laundry: 500, heating: 700 },
    },
  },
]

const ASSESSED_FOR = '2025-09-01'

/** Adds the demo charges once: a person who already has a financial assessment is left alone. */
export async function seedDemoCharges(
  database: Pick<DatabaseHandle, 'repos'>,
  site: Pick<ComposedConfiguration, 'slots' | 'provenance'>,
  now: Date,
): Promise<number> {
  const repo = database.repos.financialAssessments
  const finance = await database.repos.users.findByEmail(
    demoAccounts.find((account) => account.key === 'finance')?.email ?? '',
  )
  if (!finance) return 0
  let added = 0
  for (const demo of DEMO_CHARGES) {
    const personId = demoPeople.find((person) => person.key === demo.person)?.id
    if (!personId || (await repo.current(personId)) || (await repo.findDraft(personId))) continue
    const result = assessFinancialAnswers(
      { answers: demo.answers, costOfCareWeeklyPence: demo.costOfCarePence },
      chargingPolicyOf(site),
      { now: ASSESSED_FOR },
    )
    if (!result.ok)
      throw new Error(`Demo charge for ${demo.person}: ${result.errors.map((issue) => issue.message).join('; ')}`)
    const draft = await repo.startDraft({ personId, userId: finance.id }, now)
    if (!draft.ok) throw new Error(`Demo charge for ${demo.person}: ${draft.errors[0]?.message ?? ''}`)
    await repo.saveDraft(draft.value.id, demo.answers, finance.id, now)
    const sent = await repo.submitDraft(draft.value.id, outcomeOf(result.value), finance.id, now)
    if (!sent.ok) throw new Error(`Demo charge for ${demo.person}: ${sent.errors[0]?.message ?? ''}`)
    const confirmed = await repo.recordVersion(
      {
        supersedesId: sent.value.id,
        kind: 'confirmation',
        status: 'confirmed',
        answers: demo.answers,
        outcome: outcomeOf(result.value),
        recordedByUserId: finance.id,
      },
      now,
    )
    if (!confirmed.ok) throw new Error(`Demo charge for ${demo.person}: ${confirmed.errors[0]?.message ?? ''}`)
    added += 1
  }
  return added
}
