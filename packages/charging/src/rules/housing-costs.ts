import { formatPence } from '@open-sds/kernel'
import { step, type Step } from '../explanation.js'
import type { Housing } from '../schemas/housing.js'

const HOUSING_LABELS: Record<Housing['costs'][number]['kind'], string> = {
  rent: 'Rent',
  'service-charges': 'Service charges',
  'ground-rent': 'Ground rent',
  'mortgage-interest': 'Mortgage interest',
  'council-tax': 'Council tax',
  'buildings-insurance': 'Buildings insurance',
  'contents-insurance': 'Contents insurance',
  other: 'Other housing cost',
}

/** Housing costs the person meets themselves: the costs less housing benefit and council tax reduction. Explanation lines go to `steps` when given. */
export function housingCosts(housing: Housing, steps?: Step[]): number {
  let total = 0
  for (const cost of housing.costs) {
    total += cost.weeklyPence
    steps?.push(
      step('allowance-part', `${cost.label ?? HOUSING_LABELS[cost.kind]}: ${formatPence(cost.weeklyPence)} a week.`, {
        weeklyPence: cost.weeklyPence,
      }),
    )
  }
  if (housing.housingBenefitWeeklyPence > 0) {
    total -= housing.housingBenefitWeeklyPence
    steps?.push(
      step('allowance-part', `Less housing benefit: ${formatPence(housing.housingBenefitWeeklyPence)} a week.`, {
        weeklyPence: -housing.housingBenefitWeeklyPence,
      }),
    )
  }
  if (housing.councilTaxReductionWeeklyPence > 0) {
    total -= housing.councilTaxReductionWeeklyPence
    steps?.push(
      step(
        'allowance-part',
        `Less council tax reduction: ${formatPence(housing.councilTaxReductionWeeklyPence)} a week.`,
        { weeklyPence: -housing.councilTaxReductionWeeklyPence },
      ),
    )
  }
  steps?.push(
    step('allowance', `Housing costs you pay yourself: ${formatPence(total)} a week.`, { weeklyPence: total }),
  )
  return total
}
