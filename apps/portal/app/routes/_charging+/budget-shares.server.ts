import { sharesOfBudget as shareWithRules } from '@open-sds/charging'
import { formatPence } from '@open-sds/kernel'
import type { CostOfCareBasis } from '@open-sds/charging'
import type { FinancialAssessment } from '@open-sds/db'

export type BudgetSharesView =
  | { known: false }
  | { known: true; confirmed: boolean; budget: string; personShare: string; councilShare: string; steps: string[] }

/** Who pays what of the weekly personal budget, by @open-sds/charging's `sharesOfBudget`, as the budget page shows it. */
export function sharesOfBudget(
  budgetWeeklyPence: number,
  agreed: boolean,
  charge: FinancialAssessment | undefined,
  costOfCare?: Pick<CostOfCareBasis, 'weeklyPence' | 'source'>,
): BudgetSharesView {
  if (!charge || charge.weeklyChargePence === null || charge.status === 'draft') return { known: false }
  const shares = shareWithRules({
    budgetWeeklyPence,
    budgetAgreed: agreed,
    ...(costOfCare ? { costOfCare: { weeklyPence: costOfCare.weeklyPence, source: costOfCare.source } } : {}),
    charge: {
      weeklyChargePence: charge.weeklyChargePence,
      weeklyCostOfCarePence: charge.weeklyCostOfCarePence,
      status: charge.status,
      recordedOn: charge.recordedAt.toLocaleDateString('en-CA', { timeZone: 'Europe/London' }),
      ratesYear: charge.ratesYear ?? '',
      rulesVersion: charge.rulesVersion ?? '',
    },
  })
  if (!shares.ok)
    throw new Error(
      `A stored charge could not be shared with the budget: ${shares.errors.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
    )
  const { confirmed, personSharePence, councilSharePence, explanation } = shares.value
  return {
    known: true,
    confirmed,
    budget: formatPence(budgetWeeklyPence),
    personShare: formatPence(personSharePence),
    councilShare: formatPence(councilSharePence),
    steps: explanation,
  }
}
