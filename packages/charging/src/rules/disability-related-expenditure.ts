import { step, type Step } from '../explanation.js'
import { formatPounds, periodWords, weeklyFrom } from '../money.js'
import type { CouncilPolicy } from '../policy/policy-schema.js'
import { fail, issue, ok, type Result } from '../result.js'
import type { Dre } from '../schemas/dre.js'
import type { IncomeItem } from '../schemas/income.js'

const DISABILITY_BENEFITS: ReadonlySet<string> = new Set(['attendance-allowance', 'dla-care', 'dla-mobility', 'pip-daily-living', 'pip-mobility'])

const itemisedAvailable = 'You can ask for an itemised assessment of your disability-related costs instead.'

/** Disability-related expenditure: costs caused by disability that the person must be allowed to keep money for. */
export function disabilityRelatedExpenditure(dre: Dre, policy: CouncilPolicy, income: readonly IncomeItem[]): Result<{ weeklyPence: number; steps: Step[] }> {
  if (dre.basis === 'none') {
    return ok({ weeklyPence: 0, steps: [step('allowance', `Disability-related expenditure: none claimed. ${itemisedAvailable}`, { weeklyPence: 0 })] })
  }
  if (dre.basis === 'standard') {
    const standard = policy.standardDre
    if (!standard) {
      return fail([issue('dre.basis', `${policy.name} has no standard allowance for disability-related expenditure: list the costs (basis "itemised") or give basis "none"`)])
    }
    const covers = `It covers ${standard.covers.join(', ')}.`
    if (standard.appliesTo === 'people-receiving-disability-benefits' && !income.some((item) => DISABILITY_BENEFITS.has(item.kind))) {
      return ok({
        weeklyPence: 0,
        steps: [step('allowance', `Disability-related expenditure: ${policy.name}'s standard allowance is only for people receiving Attendance Allowance, DLA or PIP, so none is allowed. ${itemisedAvailable}`, { weeklyPence: 0 })],
      })
    }
    return ok({
      weeklyPence: standard.weeklyPence,
      steps: [step('allowance', `Disability-related expenditure: ${policy.name}'s standard allowance of ${formatPounds(standard.weeklyPence)} a week. ${covers} ${itemisedAvailable}`, { weeklyPence: standard.weeklyPence })],
    })
  }
  const steps: Step[] = []
  let total = 0
  for (const item of dre.items) {
    const weekly = weeklyFrom(item.amountPence, item.per)
    total += weekly
    const converted = item.per === 'week' ? '' : ` (${formatPounds(item.amountPence)} ${periodWords[item.per]}${item.per === 'month' ? ' x 12 / 52' : ' / 52'}, to the nearest penny)`
    steps.push(step('allowance-part', `${item.label}: ${formatPounds(weekly)} a week${converted}.`, { weeklyPence: weekly }))
  }
  steps.push(step('allowance', `Disability-related expenditure, itemised: ${formatPounds(total)} a week.`, { weeklyPence: total }))
  return ok({ weeklyPence: total, steps })
}
