import { describe, expect, it } from 'vitest'
import { assessCareHome } from '@open-sds/charging'
import { assessed, careHomeInput, errorsOf, explanationText, in2024, in2025, policy } from './fixtures.js'

const assess = (overrides: Parameters<typeof careHomeInput>[0] = {}, when = in2025, pol = policy()) =>
  assessCareHome(careHomeInput(overrides), pol, when)

const home = { kind: 'main-home' as const, valuePence: 20_000_000 }

describe('assessCareHome: permanent residents', () => {
  it('charges assessable income less the personal expenses allowance (2025/26: £220.00 - £30.65)', () => {
    const result = assessed(assess())
    expect(result.setting).toBe('care-home-permanent')
    expect(result.weeklyChargePence).toBe(22_000 - 3_065)
  })

  it('never charges more than the weekly fee', () => {
    expect(
      assessed(assess({ placement: { kind: 'care-and-support', cost: { amountPence: 10_000, per: 'week' } } }))
        .weeklyChargePence,
    ).toBe(10_000)
  })

  it('ignores the main home for the first 12 weeks and says it will count from week 13', () => {
    const week12 = assessed(
      assess({ capital: [home], stay: { kind: 'permanent', weekOfStay: 12, weekOfCouncilFunding: 12 } }),
    )
    expect(week12.fullCostPayer).toBe(false)
    expect(explanationText(week12)).toContain(
      'disregarded for the first 12 weeks of permanent care (this is week 12) (schedule 2 paragraph 2)',
    )
    expect(explanationText(week12)).toContain('Your home will count as capital from week 13 of your stay')
    const week13 = assessed(
      assess({ capital: [home], stay: { kind: 'permanent', weekOfStay: 13, weekOfCouncilFunding: 13 } }),
    )
    expect(week13.fullCostPayer).toBe(true)
    expect(week13.weeklyChargePence).toBe(90_000)
    expect(explanationText(week13)).toContain('must offer you a deferred payment agreement')
  })

  it('ignores the main home indefinitely while a partner or a qualifying relative lives there', () => {
    for (const occupant of ['partner', 'relative-aged-60-or-over', 'disabled-relative'] as const) {
      const result = assessed(
        assess({
          capital: [{ ...home, occupiedBy: [occupant] }],
          stay: { kind: 'permanent', weekOfStay: 200, weekOfCouncilFunding: 200 },
        }),
      )
      expect(result.fullCostPayer, occupant).toBe(false)
      expect(explanationText(result)).not.toContain('deferred payment')
    }
  })

  it('ignores the Savings Credit disregard (2024/25: £6.95) and counts the rest', () => {
    const result = assessed(
      assess(
        {
          income: [
            { kind: 'state-pension', weeklyPence: 22_000 },
            { kind: 'savings-credit', weeklyPence: 1_000 },
          ],
        },
        in2024,
      ),
    )
    expect(result.weeklyChargePence).toBe(22_000 + 1_000 - 695 - 3_015)
  })

  it('refuses Savings Credit in 2025/26, when the disregard has not been gathered', () => {
    const [error] = errorsOf(assess({ income: [{ kind: 'savings-credit', weeklyPence: 1_000 }] }))
    expect(error?.path).toBe('policy.rateOverrides.2025/26.savingsCreditDisregard')
    expect(error?.message).toContain('Savings Credit disregard (single person) for 2025/26 is not in the rate table')
  })

  it('counts Attendance Allowance in the first 4 weeks of council funding and not from week 5', () => {
    const income = [
      { kind: 'state-pension' as const, weeklyPence: 22_000 },
      { kind: 'attendance-allowance' as const, weeklyPence: 7_390, higherRate: false },
    ]
    const week4 = assessed(assess({ income, stay: { kind: 'permanent', weekOfStay: 4, weekOfCouncilFunding: 4 } }))
    expect(week4.weeklyChargePence).toBe(22_000 + 7_390 - 3_065)
    expect(explanationText(week4)).toContain('assessed again from week 5')
    const week5 = assessed(assess({ income, stay: { kind: 'permanent', weekOfStay: 5, weekOfCouncilFunding: 5 } }))
    expect(week5.weeklyChargePence).toBe(22_000 - 3_065)
    // A self-funder moving to council funding: the run-on counts from the council's first week, not the stay's.
    expect(
      assessed(assess({ income, stay: { kind: 'permanent', weekOfStay: 40, weekOfCouncilFunding: 2 } }))
        .weeklyChargePence,
    ).toBe(22_000 + 7_390 - 3_065)
  })

  it('refuses housing costs for a permanent resident, saying why', () => {
    const [error] = errorsOf(assess({ housing: { costs: [{ kind: 'rent', weeklyPence: 1_000 }] } }))
    expect(error?.path).toBe('housing')
    expect(error?.message).toContain('only for a short-term or temporary stay')
  })
})

describe('assessCareHome: short-term residents (regulation 8)', () => {
  it('assesses a stay of up to 8 weeks as if at home: MIG and housing, main home ignored', () => {
    const result = assessed(
      assess({
        person: { ageYears: 80, pensionCreditAge: true },
        stay: { kind: 'short-term', plannedWeeks: 2 },
        capital: [home],
        income: [{ kind: 'state-pension', weeklyPence: 30_000 }],
        housing: { costs: [{ kind: 'council-tax', weeklyPence: 2_000 }] },
      }),
    )
    expect(result.setting).toBe('care-home-short-term')
    expect(result.fullCostPayer).toBe(false)
    expect(result.weeklyChargePence).toBe(30_000 - 23_260 - 2_000)
    expect(explanationText(result)).toContain('charged as if you were living at home')
  })

  it('refuses a "short-term" stay longer than 8 weeks', () => {
    const [error] = errorsOf(assess({ stay: { kind: 'short-term', plannedWeeks: 9 } }))
    expect(error?.path).toBe('stay.plannedWeeks')
    expect(error?.message).toContain('a short-term stay is up to 8 weeks')
  })
})
