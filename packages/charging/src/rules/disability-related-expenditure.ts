import { fail, formatPence, issue, ok, type Result } from '@open-sds/kernel'
import { step, type Step } from '../explanation.js'
import { conversionText, REGULATION_11, weeklyFrom } from '../rounding.js'
import type { CouncilPolicy } from '../policy/policy-schema.js'
import type { Dre } from '../schemas/dre.js'
import type { IncomeItem } from '../schemas/income.js'

const DISABILITY_BENEFITS: ReadonlySet<string> = new Set([
  'attendance-allowance',
  'dla-care',
  'dla-mobility',
  'pip-daily-living',
  'pip-mobility',
])

function receivesDisabilityBenefit(income: readonly IncomeItem[]): boolean {
  for (const item of income) if (DISABILITY_BENEFITS.has(item.kind)) return true
  return false
}

const itemisedAvailable = 'You can ask for an itemised assessment of your disability-related costs instead.'

/** Disability-related expenditure: costs caused by disability that the person must be allowed to keep money for. Explanation lines go to `steps` when given. */
export function disabilityRelatedExpenditure(
  dre: Dre,
  policy: CouncilPolicy,
  income: readonly IncomeItem[],
  steps?: Step[],
): Result<number> {
  if (dre.basis === 'none') {
    steps?.push(
      step('allowance', `Disability-related expenditure: none claimed. ${itemisedAvailable}`, { weeklyPence: 0 }),
    )
    return ok(0)
  }
  if (dre.basis === 'standard') {
    const standard = policy.standardDre
    if (!standard) {
      return fail(
        issue(
          'dre.basis',
          `${policy.name} has no standard allowance for disability-related expenditure: list the costs (basis "itemised") or give basis "none"`,
        ),
      )
    }
    if (standard.appliesTo === 'people-receiving-disability-benefits' && !receivesDisabilityBenefit(income)) {
      steps?.push(
        step(
          'allowance',
          `Disability-related expenditure: ${policy.name}'s standard allowance is only for people receiving Attendance Allowance, DLA or PIP, so none is allowed. ${itemisedAvailable}`,
          { weeklyPence: 0 },
        ),
      )
      return ok(0)
    }
    steps?.push(
      step(
        'allowance',
        `Disability-related expenditure: ${policy.name}'s standard allowance of ${formatPence(standard.weeklyPence)} a week. It covers ${standard.covers.join(', ')}. ${itemisedAvailable}`,
        { weeklyPence: standard.weeklyPence },
      ),
    )
    return ok(standard.weeklyPence)
  }
  let total = 0
  for (const item of dre.items) {
    // An allowance: a fraction of a penny is rounded up, in the person's favour (reg 11).
    const weekly = weeklyFrom(item.amountPence, item.per, 'up')
    total += weekly
    steps?.push(
      step(
        'allowance-part',
        `${item.label}: ${formatPence(weekly)} a week${conversionText(formatPence(item.amountPence), item.per, 'up')}.`,
        { weeklyPence: weekly, ...(item.per === 'week' ? {} : { source: REGULATION_11 }) },
      ),
    )
  }
  steps?.push(
    step('allowance', `Disability-related expenditure, itemised: ${formatPence(total)} a week.`, {
      weeklyPence: total,
    }),
  )
  return ok(total)
}
