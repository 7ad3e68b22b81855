import { describe, expect, it } from 'vitest'
import {
  assessCareHome,
  assessNonResidential,
  CouncilPolicySchema,
  nationalDefaultPolicy,
  type PolicyDraft,
} from '@open-sds/charging'
import { assessed, careHomeInput, errorsOf, explanationText, homeInput, in2025, policy } from './fixtures.js'

// homeInput in 2025/26: income £200.00, MIG £112.50, cost of care £300.00, so the rules charge £87.50.
const withFunction = (policyFunction: (draft: PolicyDraft) => unknown) =>
  policy({ name: 'Example County', version: '2025.2', policyFunction: policyFunction as never })

describe('CouncilPolicySchema', () => {
  it('accepts the national default policy and fills defaults for a partial one', () => {
    expect(CouncilPolicySchema.safeParse(nationalDefaultPolicy).success).toBe(true)
    const parsed = CouncilPolicySchema.parse({ name: 'Partial', version: '1' })
    expect(parsed).toMatchObject({
      taperPercent: 100,
      minimumChargeWeeklyPence: 0,
      standardDre: null,
      migUplift: { percent: 0, weeklyPence: 0 },
    })
  })

  it.each([
    [{ taperPercent: 110 }, 'policy.taperPercent', /never more|0 to 100 percent/],
    [{ migUplift: { percent: -5, weeklyPence: 0 } }, 'policy.migUplift.percent', /never a lower one/],
    [{ migUplift: { percent: 0, weeklyPence: -100 } }, 'policy.migUplift.weeklyPence', /0 or more/],
    [{ minimumChargeWeeklyPence: -1 }, 'policy.minimumChargeWeeklyPence', /0 or more/],
  ])('refuses a policy less generous than the rules: %j', (change, path, message) => {
    const [error] = errorsOf(assessNonResidential(homeInput(), policy(change), in2025))
    expect(error?.path).toBe(path)
    expect(error?.message).toMatch(message)
  })

  it('refuses capital limits below the national ones for the year, naming the field', () => {
    const [error] = errorsOf(
      assessNonResidential(homeInput(), policy({ nonResidentialCapitalLimits: { upperPence: 2_000_000 } }), in2025),
    )
    expect(error?.path).toBe('policy.nonResidentialCapitalLimits.upperPence')
    expect(error?.message).toContain('(£20,000) is below the upper limit for 2025/26 (£23,250)')
  })

  it('refuses a rate override below a confirmed national rate', () => {
    const [error] = errorsOf(
      assessNonResidential(
        homeInput(),
        policy({ rateOverrides: { '2025/26': { personalExpensesAllowance: { pence: 2_000, source: 'council' } } } }),
        in2025,
      ),
    )
    expect(error?.path).toBe('policy.rateOverrides.2025/26.personalExpensesAllowance.pence')
  })
})

describe('policy function: a hook for a council rule the engine lacks', () => {
  it('may lower the charge, and its reason is shown', () => {
    const result = assessed(
      assessNonResidential(
        homeInput(),
        withFunction(() => ({
          weeklyChargePence: 5_000,
          reason: 'Charges are capped at £50 a week for day services.',
        })),
        in2025,
      ),
    )
    expect(result.weeklyChargePence).toBe(5_000)
    expect(result.maximumAssessedChargePence).toBe(8_750)
    expect(explanationText(result)).toContain(
      'Example County: the charge is reduced from £87.50 to £50.00 a week. Charges are capped at £50 a week for day services.',
    )
  })

  it('sees the draft charge and the rates year, and returning nothing changes nothing', () => {
    const seen: PolicyDraft[] = []
    const result = assessed(
      assessNonResidential(
        homeInput(),
        withFunction((draft) => void seen.push(draft)),
        in2025,
      ),
    )
    expect(result.weeklyChargePence).toBe(8_750)
    expect(seen[0]).toMatchObject({
      setting: 'non-residential',
      ratesYear: '2025/26',
      weeklyChargePence: 8_750,
      weeklyCostOfCarePence: 30_000,
      fullCostPayer: false,
    })
  })

  it('cannot change the assessment by mutating what it is given', () => {
    const result = assessed(
      assessNonResidential(
        homeInput(),
        withFunction((draft) => {
          ;(draft as { weeklyChargePence: number }).weeklyChargePence = 1
          ;(draft.explanation as unknown[]).length = 0
        }),
        in2025,
      ),
    )
    expect(result.weeklyChargePence).toBe(8_750)
    expect(result.explanation.length).toBeGreaterThan(5)
  })

  it('is refused when it returns a charge above the cost of care, with a message naming the policy', () => {
    const [error] = errorsOf(
      assessNonResidential(
        homeInput(),
        withFunction(() => ({ weeklyChargePence: 30_001, reason: 'x' })),
        in2025,
      ),
    )
    expect(error?.path).toBe('policy.policyFunction.weeklyChargePence')
    expect(error?.message).toBe(
      'Council policy "Example County" (version 2025.2): its policy function returned a weekly charge of £300.01, more than the weekly cost of care (£300.00); a charge can never exceed the cost of care (Care Act 2014 s14(4))',
    )
  })

  it('is refused when it returns a charge below zero', () => {
    const [error] = errorsOf(
      assessNonResidential(
        homeInput(),
        withFunction(() => ({ weeklyChargePence: -1, reason: 'x' })),
        in2025,
      ),
    )
    expect(error?.message).toContain('a charge can never be below £0')
  })

  it('is refused when it raises the charge above what the rules allow', () => {
    const [error] = errorsOf(
      assessNonResidential(
        homeInput(),
        withFunction(() => ({ weeklyChargePence: 9_000, reason: 'x' })),
        in2025,
      ),
    )
    expect(error?.message).toContain('more than the £87.50 the charging rules allow')
  })

  it('is refused when it throws, returns a fraction, or gives no reason', () => {
    const thrown = errorsOf(
      assessNonResidential(
        homeInput(),
        withFunction(() => {
          throw new Error('lookup failed')
        }),
        in2025,
      ),
    )
    expect(thrown[0]?.message).toContain('its policy function failed (lookup failed)')
    expect(
      errorsOf(
        assessNonResidential(
          homeInput(),
          withFunction(() => ({ weeklyChargePence: 10.5, reason: 'x' })),
          in2025,
        ),
      )[0]?.message,
    ).toContain('not a whole number of pence')
    expect(
      errorsOf(
        assessNonResidential(
          homeInput(),
          withFunction(() => ({ weeklyChargePence: 100, reason: '' })),
          in2025,
        ),
      )[0]?.path,
    ).toBe('policy.policyFunction.reason')
  })

  it('applies to care home assessments too', () => {
    const result = assessed(
      assessCareHome(
        careHomeInput(),
        withFunction((draft) => ({ weeklyChargePence: draft.weeklyChargePence - 100, reason: 'Local top-up.' })),
        in2025,
      ),
    )
    expect(result.weeklyChargePence).toBe(22_000 - 3_065 - 100)
  })

  it('is refused if it is not a function', () => {
    expect(
      errorsOf(assessNonResidential(homeInput(), policy({ policyFunction: 'charge less' as never }), in2025))[0],
    ).toEqual({ path: 'policy.policyFunction', message: 'policyFunction must be a function' })
  })
})
