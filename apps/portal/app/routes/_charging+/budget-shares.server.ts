import { formatPounds } from '@open-sds/charging'
import type { FinancialAssessment } from '@open-sds/db'
import { formatDate } from '~/components/dates'

export type BudgetSharesView =
  | { known: false }
  | { known: true; confirmed: boolean; budget: string; personShare: string; councilShare: string; steps: string[] }

/**
 * Who pays what of the weekly personal budget. The cost of care is the weekly personal budget (the agreed one when a
 * practitioner has agreed it): the person pays their weekly charge, never more than the budget, and the council pays
 * the rest.
 */
export function sharesOfBudget(budgetWeeklyPence: number, agreed: boolean, charge: FinancialAssessment | undefined): BudgetSharesView {
  if (!charge || charge.weeklyChargePence === null) return { known: false }
  const personShare = Math.min(charge.weeklyChargePence, budgetWeeklyPence)
  const councilShare = budgetWeeklyPence - personShare
  const confirmed = charge.status === 'confirmed'
  const steps = [
    `The cost of your care is taken to be your ${agreed ? 'agreed' : 'indicative'} weekly personal budget: ${formatPounds(budgetWeeklyPence)}.`,
    `Your financial assessment ${confirmed ? `was confirmed on ${formatDate(charge.recordedAt.toISOString())}` : 'has been sent and is waiting for a finance officer to confirm it'}: a weekly charge of ${formatPounds(charge.weeklyChargePence)}, worked out with ${charge.ratesYear} rates (${charge.rulesVersion}).`,
  ]
  if (charge.weeklyCostOfCarePence !== null && charge.weeklyCostOfCarePence !== budgetWeeklyPence) {
    steps.push(`The charge was worked out on a weekly cost of care of ${formatPounds(charge.weeklyCostOfCarePence)}. You never pay more than your budget, so your share is at most ${formatPounds(budgetWeeklyPence)}.`)
  }
  steps.push(`You pay ${formatPounds(personShare)} a week and the council pays the rest of your budget: ${formatPounds(budgetWeeklyPence)} - ${formatPounds(personShare)} = ${formatPounds(councilShare)} a week.`)
  return { known: true, confirmed, budget: formatPounds(budgetWeeklyPence), personShare: formatPounds(personShare), councilShare: formatPounds(councilShare), steps }
}
