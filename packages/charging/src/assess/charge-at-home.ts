import { step, type Step } from '../explanation.js'
import { formatPounds } from '../money.js'
import type { AssessmentSetting } from '../policy/policy-function.js'
import { fail, ok, type Issue, type Result } from '../result.js'
import { capitalLimits } from '../rules/capital-limits.js'
import { assessCapital } from '../rules/capital-rules.js'
import { disabilityRelatedExpenditure } from '../rules/disability-related-expenditure.js'
import { housingCosts } from '../rules/housing-costs.js'
import { assessableIncome, assessIncome } from '../rules/income-rules.js'
import { minimumIncomeGuarantee } from '../rules/minimum-income-guarantee.js'
import type { FullNonResidentialInput } from '../schemas/non-residential-input.js'
import type { DraftCharge } from './charge-assessment.js'
import type { Prepared } from './prepare.js'
import { fullDraft } from './simple-drafts.js'

/**
 * The charge for care outside a care home (and for a short-term care home stay, assessed as if at home):
 * assessable income less the MIG, housing costs and disability-related expenditure, tapered, and never more
 * than the weekly cost of care.
 */
export function chargeAtHome(input: FullNonResidentialInput, prepared: Prepared<unknown>, setting: AssessmentSetting, cost: { weeklyPence: number; steps: Step[] }): Result<DraftCharge> {
  const { policy, rates } = prepared
  const steps: Step[] = [...cost.steps]
  const draft = fullDraft(setting, cost.weeklyPence, steps)

  const limits = capitalLimits(rates, policy.nonResidentialCapitalLimits)
  if (!limits.ok) return limits
  const capital = assessCapital(input.capital, { kind: 'home' }, limits.value)
  steps.push(...capital.steps)
  if (capital.aboveUpperLimit) {
    steps.push(step('charge', `As a full-cost payer your charge is the weekly cost of your care: ${formatPounds(cost.weeklyPence)}.`, { weeklyPence: cost.weeklyPence }))
    return ok(draft(cost.weeklyPence, cost.weeklyPence, true))
  }

  const issues: Issue[] = []
  const income = assessIncome(input.income, { kind: 'home', nightCareProvided: input.nightCareProvided }, rates, policy)
  const mig = minimumIncomeGuarantee(input.person, rates, policy)
  const dre = disabilityRelatedExpenditure(input.dre, policy, input.income)
  for (const result of [income, mig, dre]) if (!result.ok) issues.push(...result.errors)
  if (!income.ok || !mig.ok || !dre.ok) return fail(issues)
  const housing = housingCosts(input.housing)

  const { weeklyPence: assessable, step: assessableStep } = assessableIncome(income.value.countedWeeklyPence, capital.tariffWeeklyPence)
  steps.push(...income.value.steps)
  steps.push(assessableStep)
  steps.push(...mig.value.steps, ...housing.steps, ...dre.value.steps)

  const allowances = mig.value.weeklyPence + housing.weeklyPence + dre.value.weeklyPence
  const remainder = Math.max(0, assessable - allowances)
  steps.push(
    step(
      'remainder',
      remainder > 0
        ? `Income left after the minimum income guarantee, housing costs and disability-related expenditure (${formatPounds(allowances)}): ${formatPounds(remainder)} a week.`
        : `Your assessable income (${formatPounds(assessable)}) is not more than the minimum income guarantee, housing costs and disability-related expenditure (${formatPounds(allowances)}), so there is nothing left to contribute.`,
      { weeklyPence: remainder },
    ),
  )

  // Rounded down: the taper exists to favour the person.
  const maximum = Math.floor((remainder * policy.taperPercent) / 100 + 1e-9)
  steps.push(
    step(
      'taper',
      policy.taperPercent < 100
        ? `${policy.name} takes ${policy.taperPercent}% of this (rounded down to the penny): your maximum weekly contribution is ${formatPounds(maximum)}.`
        : `Your maximum weekly contribution is ${formatPounds(maximum)}.`,
      { weeklyPence: maximum },
    ),
  )
  const charge = Math.min(maximum, cost.weeklyPence)
  steps.push(
    step('charge', `Your charge is the lesser of your maximum weekly contribution (${formatPounds(maximum)}) and the weekly cost of your care (${formatPounds(cost.weeklyPence)}): ${formatPounds(charge)}.`, {
      weeklyPence: charge,
      source: 'Care Act 2014 s14(4)',
    }),
  )
  return ok(draft(charge, maximum, false))
}
