import {
  costOfCareToCapAt,
  nationalDefaultPolicy,
  planUprating,
  probeChargingPolicy,
  sharesOfBudget,
} from '@open-sds/charging'
import { describe, expect, it } from 'vitest'
import { errorsOf, policy } from './fixtures.js'

const value = <T>(result: { ok: true; value: T } | { ok: false; errors: unknown }): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

describe('the cost of care a charge is capped at', () => {
  it('is the support plan in force, up to the personal budget it spends', () => {
    const over = value(
      costOfCareToCapAt({
        supportPlanInForce: { weeklyCostPence: 32_000, budgetWeeklyPence: 30_000 },
        agreedBudgetWeeklyPence: 30_000,
        indicativeBudgetWeeklyPence: 25_000,
      }),
    )
    expect(over).toMatchObject({ weeklyPence: 30_000, basis: 'support-plan', rulesVersion: 'charging-rules-2026.2' })
    expect(over.explanation[1]).toMatch(
      /taken to be your budget, £300.00: what the plan costs above the budget is paid from other money/,
    )
    expect(
      value(costOfCareToCapAt({ supportPlanInForce: { weeklyCostPence: 28_000, budgetWeeklyPence: 30_000 } }))
        .weeklyPence,
    ).toBe(28_000)
  })

  it('is else the agreed budget, else the indicative budget, else what the person said', () => {
    expect(
      value(
        costOfCareToCapAt({
          agreedBudgetWeeklyPence: 30_000,
          indicativeBudgetWeeklyPence: 25_000,
          statedByPersonWeeklyPence: 1,
        }),
      ).basis,
    ).toBe('agreed-budget')
    expect(
      value(costOfCareToCapAt({ indicativeBudgetWeeklyPence: 25_000, statedByPersonWeeklyPence: 1 })),
    ).toMatchObject({ weeklyPence: 25_000, basis: 'indicative-budget' })
    expect(value(costOfCareToCapAt({ statedByPersonWeeklyPence: 41_000 }))).toMatchObject({
      weeklyPence: 41_000,
      basis: 'stated-by-person',
    })
  })

  it('asks the person when nothing is known, and never throws on bad input', () => {
    expect(errorsOf(costOfCareToCapAt({}))).toEqual([
      { path: 'statedByPersonWeeklyPence', message: 'Enter the weekly cost of your care and support' },
    ])
    expect(costOfCareToCapAt({ agreedBudgetWeeklyPence: -5 }).ok).toBe(false)
    expect(costOfCareToCapAt('a lot').ok).toBe(false)
  })
})

describe("the council's and the person's shares of a budget (moved from the portal's budget page)", () => {
  const charge = {
    weeklyChargePence: 5_166,
    weeklyCostOfCarePence: 30_000,
    status: 'confirmed',
    recordedOn: '2025-09-01',
    ratesYear: '2025/26',
    rulesVersion: 'charging-rules-2026.1',
  } as const

  it('the person pays the charge and the council the rest of the budget', () => {
    const shares = value(sharesOfBudget({ budgetWeeklyPence: 30_000, budgetAgreed: true, charge }))
    expect(shares).toMatchObject({ personSharePence: 5_166, councilSharePence: 24_834, confirmed: true })
    expect(shares.explanation).toEqual([
      'The cost of your care is taken to be your agreed weekly personal budget: £300.00 a week.',
      'Your financial assessment was confirmed on 1 September 2025: a weekly charge of £51.66, worked out with the 2025/26 rates.',
      'You pay £51.66 a week and the council pays the rest: £300.00 - £51.66 = £248.34 a week.',
    ])
  })

  it('never asks the person for more than the budget, and says why', () => {
    const shares = value(
      sharesOfBudget({ budgetWeeklyPence: 4_000, budgetAgreed: false, charge: { ...charge, status: 'submitted' } }),
    )
    expect(shares).toMatchObject({ personSharePence: 4_000, councilSharePence: 0, confirmed: false })
    expect(shares.explanation[1]).toMatch(/waiting for a finance officer/)
    expect(shares.explanation[2]).toBe('You never pay more than the cost of your care, so your share is £40.00.')
  })

  it('shares the cost of the plan in force when given, stating that one cost of care and no rules version (issue 19)', () => {
    const shares = value(
      sharesOfBudget({
        budgetWeeklyPence: 30_000,
        budgetAgreed: true,
        costOfCare: { weeklyPence: 28_000, source: 'what your support plan in force costs' },
        charge,
      }),
    )
    expect(shares).toMatchObject({ personSharePence: 5_166, councilSharePence: 22_834 })
    const text = shares.explanation.join(' ')
    expect(text).toContain(
      'The cost of your care is taken to be what your support plan in force costs: £280.00 a week.',
    )
    // One cost of care: neither the budget nor the cost the charge was first worked out on is stated as another.
    expect(text).not.toContain('£300.00')
    expect(text).not.toContain('charging-rules')
  })

  it('refuses a charge in pounds rather than pence, naming the field', () => {
    expect(
      errorsOf(sharesOfBudget({ budgetWeeklyPence: 300.5, budgetAgreed: true, charge })).map((found) => found.path),
    ).toEqual(['budgetWeeklyPence'])
  })
})

describe('planning the yearly uprating (moved from the portal)', () => {
  const confirmed = (weeklyChargePence: number, overrides: Record<string, unknown> = {}) => ({
    personId: 'p1',
    versionId: 'v1',
    answers: {
      'about-you': { age: 70, pensionCreditAge: true, couple: false, disabilityPremium: false },
      capital: {},
      income: { statePension: 30_000, careBenefit: 'none' },
      housing: {},
      costs: { basis: 'none' },
    },
    weeklyChargePence,
    weeklyCostOfCarePence: 30_000,
    ratesYear: '2025/26',
    ...overrides,
  })

  it('works out the new charge under the new year and reports the change: £300 less the 2026/27 pension-age MIG', () => {
    const plan = value(planUprating({ date: '2026-04-06', current: [confirmed(6_740)] }, nationalDefaultPolicy))
    // 2025/26: £300.00 - £232.60 = £67.40. 2026/27: £300.00 - £241.45 = £58.55.
    expect(plan.changes.map(({ assessment: _assessment, ...change }) => change)).toEqual([
      { personId: 'p1', versionId: 'v1', fromPence: 6_740, toPence: 5_855, fromYear: '2025/26' },
    ])
    expect(plan.totals).toMatchObject({ people: 1, up: 0, down: 1, same: 0, beforePence: 6_740, afterPence: 5_855 })
    expect(plan.changes[0]?.assessment.ratesYear).toBe('2026/27')
    expect(plan.explanation[1]).toBe('1 person: 0 up, 1 down, 0 the same; £67.40 a week in all before, £58.55 after.')
  })

  it('refuses a date outside every rate table, saying which years there are', () => {
    const planned = planUprating({ date: '2027-04-06', current: [confirmed(6_740)] }, nationalDefaultPolicy)
    expect(planned.ok ? '' : planned.errors[0]?.message).toMatch(
      /No rate table covers 6 April 2027 \(charging year 2027\/28\)\. The national tables run from 2015\/16 to 2026\/27/,
    )
    expect(errorsOf(planUprating({ date: '6 April 2026', current: [] }, nationalDefaultPolicy))).toEqual([
      { path: 'date', message: 'Enter the date the new rates take effect, like 2026-04-06' },
    ])
  })

  it('refuses 1 to 5 April, which would uprate with last year\'s rates and show no change: the rates take effect on 6 April (charging.md, "When each year\'s rates take effect")', () => {
    // 5 April 2027 is the first Monday of April 2027; the 2026/27 rates are still in force that day.
    expect(errorsOf(planUprating({ date: '2026-04-01', current: [confirmed(6_740)] }, nationalDefaultPolicy))).toEqual([
      {
        path: 'date',
        message:
          'The 2026/27 rates take effect on 6 April 2026, the date the amending regulations give: on 1 April 2026 the 2025/26 rates are still in force. Enter 6 April 2026 or later, even if the council bills from the first Monday of April',
      },
    ])
    expect(planUprating({ date: '2026-04-06', current: [confirmed(6_740)] }, nationalDefaultPolicy).ok).toBe(true)
  })

  it('names who is left out and why: a charge with no cost of care stored, answers that no longer work, and assessments awaiting review', () => {
    const plan = value(
      planUprating(
        {
          date: '2026-04-06',
          current: [
            confirmed(6_740, { personId: 'no-cost', weeklyCostOfCarePence: null }),
            confirmed(6_740, {
              personId: 'no-age',
              answers: {
                'about-you': { pensionCreditAge: true },
                capital: {},
                income: {},
                housing: {},
                costs: { basis: 'none' },
              },
            }),
          ],
          awaitingReview: [{ personId: 'waiting' }],
        },
        nationalDefaultPolicy,
      ),
    )
    expect(plan.changes).toEqual([])
    expect(plan.problems).toEqual([
      { personId: 'no-cost', message: expect.stringMatching(/no weekly charge or cost of care stored/) },
      { personId: 'no-age', message: 'Enter your age' },
    ])
    expect(plan.awaitingReview).toEqual(['waiting'])
    expect(plan.explanation.slice(2)).toEqual([
      '2 people could not be worked out again, so the uprating cannot be confirmed until they are corrected.',
      '1 person left out: their latest assessment waits for a finance officer. Confirming it before the uprating includes them.',
    ])
  })
})

describe('the start-up probe of a charging policy (moved from the portal)', () => {
  it('refuses a policy function that charges more than the cost of care, naming the rule', () => {
    const overcharging = policy({
      policyFunction: (draft) => ({ weeklyChargePence: draft.weeklyCostOfCarePence + 1_000, reason: 'A flat top-up' }),
    })
    const problems = errorsOf(probeChargingPolicy(overcharging, { now: '2025-06-01' }))
    expect(problems.map((found) => found.path)).toEqual(['policy.policyFunction.weeklyChargePence'])
    expect(problems[0]?.message).toMatch(/more than the weekly cost of care .*s14\(4\)/)
  })

  it('refuses a taper above 100%, naming the field', () => {
    expect(
      errorsOf(probeChargingPolicy(policy({ taperPercent: 120 }), { now: '2025-06-01' })).map((found) => found.path),
    ).toEqual(['policy.taperPercent'])
  })

  it('finds no problem in the national rules, or a 90% taper with a standard allowance, on any day of the rate tables', () => {
    const council = policy({
      taperPercent: 90,
      standardDre: { weeklyPence: 2_000, covers: ['extra heating'], appliesTo: 'everyone' },
      minimumChargeWeeklyPence: 200,
    })
    for (const now of ['2023-06-01', '2024-06-01', '2025-06-01', '2026-06-01']) {
      expect(value(probeChargingPolicy(nationalDefaultPolicy, { now })).peopleChecked).toBe(24)
      expect(probeChargingPolicy(council, { now }).ok).toBe(true)
    }
  })

  it('never throws, even when the policy function does', () => {
    const throwing = policy({
      policyFunction: () => {
        throw new Error('boom')
      },
    })
    expect(probeChargingPolicy(throwing, { now: '2025-06-01' }).ok).toBe(false)
  })
})
