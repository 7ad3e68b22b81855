import type {
  CareHomeInputInput,
  ChargeAssessment,
  CouncilPolicyInput,
  NonResidentialInputInput,
  Result,
} from '@open-sds/charging'
import { nationalDefaultPolicy } from '@open-sds/charging'

/** A working-age single person with a little income and no capital, receiving £300 a week of home care. */
export const homeInput = (
  overrides: Partial<Extract<NonResidentialInputInput, { route: 'full' }>> = {},
): NonResidentialInputInput => ({
  route: 'full',
  person: { ageYears: 40, pensionCreditAge: false },
  capital: [],
  income: [{ kind: 'employment-and-support-allowance', weeklyPence: 20_000 }],
  services: [{ kind: 'care-and-support', cost: { amountPence: 30_000, per: 'week' } }],
  ...overrides,
})

/** A permanent care home resident past the 12-week property disregard and the 4-week benefit run-on. */
export const careHomeInput = (
  overrides: Partial<Extract<CareHomeInputInput, { route: 'full' }>> = {},
): CareHomeInputInput => ({
  route: 'full',
  person: { ageYears: 80, pensionCreditAge: true },
  stay: { kind: 'permanent', weekOfStay: 20, weekOfCouncilFunding: 20 },
  capital: [],
  income: [{ kind: 'state-pension', weeklyPence: 22_000 }],
  placement: { kind: 'care-and-support', cost: { amountPence: 90_000, per: 'week' } },
  ...overrides,
})

export const policy = (overrides: Partial<CouncilPolicyInput> = {}): CouncilPolicyInput => ({
  ...nationalDefaultPolicy,
  name: 'Test council',
  version: 't1',
  ...overrides,
})

/** Dates inside each charging year. */
export const in2023 = { now: '2023-06-01' }
export const in2024 = { now: '2024-06-01' }
export const in2025 = { now: '2025-06-01' }
export const in2026 = { now: '2026-06-01' }

export function assessed(result: Result<ChargeAssessment>): ChargeAssessment {
  if (!result.ok) throw new Error(`expected an assessment, got: ${JSON.stringify(result.errors)}`)
  return result.value
}

export function errorsOf<T>(result: Result<T>): { path: string; message: string }[] {
  if (result.ok) throw new Error('expected errors, got a result')
  return result.errors
}

export const explanationText = (assessment: ChargeAssessment): string =>
  assessment.explanation.map((s) => s.text).join('\n')
