import { describe, expect, it } from 'vitest'
import { PlanSchema, startingPlan, validatePlan } from '../src/index.js'

describe('startingPlan', () => {
  const budget = {
    weeklyPence: 30_000,
    assessedContributionWeeklyPence: 0,
    directPaymentWeeklyPence: 15_000,
    managedAccountWeeklyPence: 15_000,
    individualServiceFundWeeklyPence: 0,
  }

  it('is a whole plan the schema accepts, with the person planning alone and managing the money', () => {
    const plan = startingPlan('Joan Smith', budget, '2026-03-03')
    expect(PlanSchema.safeParse(plan).success).toBe(true)
    expect(validatePlan(plan).ok).toBe(true)
    expect(plan.people.plannedWith).toEqual([{ name: 'Joan Smith', role: 'the-person' }])
    expect(plan.people.moneyManagedBy).toEqual({ name: 'Joan Smith', role: 'the-person' })
    expect(plan.funding.personalBudget).toEqual(budget)
  })

  it('puts the first review a year away, and from 29 February on 28 February', () => {
    expect(startingPlan('Joan Smith', budget, '2026-03-03').reviewDate).toBe('2027-03-03')
    expect(startingPlan('Joan Smith', budget, '2028-02-29').reviewDate).toBe('2029-02-28')
  })
})
