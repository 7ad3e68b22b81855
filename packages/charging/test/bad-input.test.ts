import { describe, expect, it } from 'vitest'
import { assessCareHome, assessNonResidential, type NonResidentialInputInput } from '@open-sds/charging'
import { careHomeInput, errorsOf, homeInput, in2025, policy } from './fixtures.js'

const assess = (input: unknown, when: unknown = in2025, pol = policy()) =>
  assessNonResidential(input as NonResidentialInputInput, pol, when as never)

describe('bad input is refused with a message naming the field, never thrown', () => {
  it('negative income', () => {
    const errors = errorsOf(assess(homeInput({ income: [{ kind: 'state-pension', weeklyPence: -100 }] })))
    expect(errors).toEqual([{ path: 'income.0.weeklyPence', message: 'Weekly income must be 0 or more, in pence' }])
  })

  it('capital given as text', () => {
    const errors = errorsOf(assess(homeInput({ capital: [{ kind: 'savings', valuePence: '£5,000' as never }] })))
    expect(errors).toEqual([
      {
        path: 'capital.0.valuePence',
        message: 'Capital value must be a number of pence (for example 2690 for £26.90), not the text "£5,000"',
      },
    ])
  })

  it('pounds with pence as a fraction', () => {
    expect(
      errorsOf(assess(homeInput({ income: [{ kind: 'state-pension', weeklyPence: 221.2 }] })))[0]?.message,
    ).toContain('whole number of pence')
  })

  it('a date outside any rate table', () => {
    const [error] = errorsOf(assess(homeInput(), { now: '2031-01-01' }))
    expect(error?.path).toBe('now')
    expect(error?.message).toContain('No rate table covers 1 January 2031 (charging year 2030/31)')
  })

  it('a missing or invalid date', () => {
    expect(errorsOf(assessNonResidential(homeInput(), policy(), undefined as never))[0]?.path).toBe('now')
    expect(errorsOf(assess(homeInput(), { now: new Date('not a date') }))[0]).toEqual({
      path: 'now',
      message: 'The assessment date is not a valid date',
    })
  })

  it('a policy function returning more than the cost of care', () => {
    const pol = policy({
      name: 'Greedy',
      policyFunction: (() => ({ weeklyChargePence: 1_000_000, reason: 'x' })) as never,
    })
    const [error] = errorsOf(assess(homeInput(), in2025, pol))
    expect(error?.path).toBe('policy.policyFunction.weeklyChargePence')
    expect(error?.message).toMatch(/^Council policy "Greedy".*more than the weekly cost of care/)
  })

  it('a misspelt field is named rather than silently dropped', () => {
    const input = { ...homeInput(), captial: [] }
    expect(errorsOf(assess(input))).toEqual([
      {
        path: 'captial',
        message:
          '"captial" is not a field we recognise (did you mean capital?). Fields allowed here: route, person, capital, income, housing, dre, nightCareProvided, services',
      },
    ])
  })

  it('an unknown kind of income lists the accepted kinds', () => {
    const [error] = errorsOf(assess(homeInput({ income: [{ kind: 'lottery' as never, weeklyPence: 1 }] })))
    expect(error?.path).toBe('income.0.kind')
    expect(error?.message).toMatch(/^Kind of income must be one of "state-pension", .* or "savings-credit"$/)
  })

  it('a missing required section and a wrong route', () => {
    const { income: _income, ...noIncome } = homeInput() as Extract<NonResidentialInputInput, { route: 'full' }>
    expect(errorsOf(assess(noIncome))[0]?.path).toBe('income')
    expect(errorsOf(assess({ ...homeInput(), route: 'quick' }))[0]).toEqual({
      path: 'route',
      message: 'Route must be "full" (a full financial assessment) or "light-touch" (regulation 10)',
    })
    expect(errorsOf(assess(null))[0]?.message).toContain('Route must be')
  })

  it('reports every problem at once, across input, policy and date', () => {
    const errors = errorsOf(
      assess(
        homeInput({ income: [{ kind: 'state-pension', weeklyPence: -1 }] }),
        { now: 'soon' },
        policy({ taperPercent: 200 }),
      ),
    )
    expect(errors.map((e) => e.path).sort()).toEqual(['income.0.weeklyPence', 'now', 'policy.taperPercent'])
  })

  it('a disability premium claimed at pension age', () => {
    const [error] = errorsOf(
      assess(homeInput({ person: { ageYears: 70, pensionCreditAge: true, disabilityPremium: true } })),
    )
    expect(error?.path).toBe('person.disabilityPremium')
  })

  it('care home input with a week of 0', () => {
    const [error] = errorsOf(
      assessCareHome(
        careHomeInput({ stay: { kind: 'permanent', weekOfStay: 0, weekOfCouncilFunding: 0 } }),
        policy(),
        in2025,
      ),
    )
    expect(error).toEqual({
      path: 'stay.weekOfStay',
      message: 'Week of the permanent stay must be a whole number from 1 to 5200',
    })
  })
})
