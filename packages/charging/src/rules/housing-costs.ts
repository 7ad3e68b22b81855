import { formatPence } from '@open-sds/kernel'
import { step, type Step } from '../explanation.js'
import { conversionText, type Period, REGULATION_11 } from '../rounding.js'
import { weeklyHousingHelp, type Housing } from '../schemas/housing.js'

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

type AsPaid = { amountPence?: number | undefined; per?: Period | undefined }
const converted = (paid: AsPaid) => paid.amountPence !== undefined && paid.per !== undefined && paid.per !== 'week'
const asPaid = (paid: AsPaid, rounding: 'up' | 'down') =>
  converted(paid) ? conversionText(formatPence(paid.amountPence ?? 0), paid.per ?? 'week', rounding) : ''
/** A converted amount cites the rule it was rounded under. */
const sourceOf = (paid: AsPaid) => (converted(paid) ? { source: REGULATION_11 } : {})

/**
 * Housing costs the person meets themselves: the costs less housing benefit and council tax reduction, each made
 * weekly under regulation 11 in the person's favour. Explanation lines go to `steps` when given.
 */
export function housingCosts(housing: Housing, steps?: Step[]): number {
  const weekly = weeklyHousingHelp(housing)
  let total = 0
  for (const cost of housing.costs) {
    const { weeklyPence } = cost
    total += weeklyPence
    steps?.push(
      step(
        'allowance-part',
        `${cost.label ?? HOUSING_LABELS[cost.kind]}: ${formatPence(weeklyPence)} a week${asPaid(cost, 'up')}.`,
        { weeklyPence, ...sourceOf(cost) },
      ),
    )
  }
  if (weekly.housingBenefitPence > 0) {
    total -= weekly.housingBenefitPence
    steps?.push(
      step(
        'allowance-part',
        `Less housing benefit: ${formatPence(weekly.housingBenefitPence)} a week${asPaid(housing.housingBenefit ?? {}, 'down')}.`,
        { weeklyPence: -weekly.housingBenefitPence, ...sourceOf(housing.housingBenefit ?? {}) },
      ),
    )
  }
  if (weekly.councilTaxReductionPence > 0) {
    total -= weekly.councilTaxReductionPence
    steps?.push(
      step(
        'allowance-part',
        `Less council tax reduction: ${formatPence(weekly.councilTaxReductionPence)} a week${asPaid(housing.councilTaxReduction ?? {}, 'down')}.`,
        { weeklyPence: -weekly.councilTaxReductionPence, ...sourceOf(housing.councilTaxReduction ?? {}) },
      ),
    )
  }
  steps?.push(
    step('allowance', `Housing costs you pay yourself: ${formatPence(total)} a week.`, { weeklyPence: total }),
  )
  return total
}
