import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CARERS_ALLOCATION,
  CarersAllocationSchema,
  allocateCarersBudget,
  checkCarersBudget,
  type CarersAllocation,
} from '@open-sds/carers'

const towerHamletsLike: CarersAllocation = {
  version: 'test-2026',
  effectiveFrom: '2026-04-01',
  bands: [
    { kind: 'one-off', label: 'Lower', fromScore: 1, amountPence: 30_000 },
    { kind: 'recurring', label: 'Higher', fromScore: 3, amountPence: 60_000, per: 'year' },
  ],
  maximumOneOffPence: 50_000,
  maximumAnnualPence: 120_000,
  wellbeingPaymentPence: 25_000,
}
const eligible = {
  eligible: true,
  healthAtRisk: false,
  outcomesUnableToAchieve: 1,
  wellbeingImpact: true,
  on: '2026-05-01',
}

describe('allocateCarersBudget', () => {
  it('gives the default one-off £200.00 to an eligible carer (Nottinghamshire, carers.md §4)', () => {
    const result = allocateCarersBudget([DEFAULT_CARERS_ALLOCATION], eligible)
    expect(result.ok && result.value.budget).toEqual({ kind: 'one-off', amountPence: 20_000 })
    expect(result.ok && result.value.explanation.join(' ')).toContain('£200.00 once')
  })

  it('chooses the band by impact score, health at risk counting one', () => {
    const low = allocateCarersBudget([towerHamletsLike], { ...eligible, outcomesUnableToAchieve: 2 })
    const high = allocateCarersBudget([towerHamletsLike], {
      ...eligible,
      outcomesUnableToAchieve: 2,
      healthAtRisk: true,
    })
    expect(low.ok && low.value).toMatchObject({ score: 2, band: 'Lower', budget: { amountPence: 30_000 } })
    expect(high.ok && high.value).toMatchObject({
      score: 3,
      band: 'Higher',
      budget: { kind: 'recurring', per: 'year' },
    })
  })

  it('offers the wellbeing payment below the threshold where there is a significant impact (Tower Hamlets £250, carers.md §3), else nothing', () => {
    const notEligible = { ...eligible, eligible: false }
    const payment = allocateCarersBudget([towerHamletsLike], notEligible)
    const none = allocateCarersBudget([towerHamletsLike], { ...notEligible, wellbeingImpact: false })
    expect(payment.ok && payment.value.budget).toEqual({ kind: 'one-off', amountPence: 25_000 })
    expect(none.ok && none.value.budget.amountPence).toBe(0)
  })

  it('uses the table in force on the day, and says when none is', () => {
    const later = {
      ...towerHamletsLike,
      version: 'test-2027',
      effectiveFrom: '2027-04-01',
      bands: [{ kind: 'one-off' as const, label: 'All', fromScore: 1, amountPence: 40_000 }],
    }
    const before = allocateCarersBudget([towerHamletsLike, later], eligible)
    const after = allocateCarersBudget([towerHamletsLike, later], { ...eligible, on: '2027-05-01' })
    expect(before.ok && before.value.allocationVersion).toBe('test-2026')
    expect(after.ok && after.value).toMatchObject({ allocationVersion: 'test-2027', budget: { amountPence: 40_000 } })
    const none = allocateCarersBudget([towerHamletsLike], { ...eligible, on: '2025-01-01' })
    expect(none.ok ? '' : none.errors[0]?.message).toContain('No carers’ allocation is in force')
  })
})

describe('checkCarersBudget', () => {
  it('refuses a one-off budget above the maximum, naming it', () => {
    const result = checkCarersBudget([towerHamletsLike], { kind: 'one-off', amountPence: 50_001 }, '2026-05-01')
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors[0]).toEqual({
        path: 'budget.amountPence',
        message: 'The budget must be no more than £500.00, the council’s most for a one-off carer’s budget',
      })
  })

  it('checks a recurring budget over a year: £25.00 a week is £1,300.00, above £1,200.00', () => {
    const over = checkCarersBudget(
      [towerHamletsLike],
      { kind: 'recurring', amountPence: 2_500, per: 'week' },
      '2026-05-01',
    )
    const within = checkCarersBudget(
      [towerHamletsLike],
      { kind: 'recurring', amountPence: 9_000, per: 'four-weeks' },
      '2026-05-01',
    )
    expect(over.ok ? '' : over.errors[0]?.message).toContain('£1,300.00 a year')
    expect(within.ok && within.value.annualPence).toBe(117_000)
  })
})

describe('CarersAllocationSchema', () => {
  it('refuses a band above the maximum and two bands from the same score', () => {
    const result = CarersAllocationSchema.safeParse({
      ...towerHamletsLike,
      bands: [
        { kind: 'one-off', label: 'A', fromScore: 1, amountPence: 60_000 },
        { kind: 'one-off', label: 'B', fromScore: 1, amountPence: 10_000 },
      ],
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'A band must not give more than the maximum budget',
      'Two bands start at the same score',
    ])
  })
})
