import { fail, formatPence, type Issue, ok, type Result } from '@open-sds/kernel'
import { step, type Step } from '../explanation.js'
import type { AssessmentSetting } from '../policy/policy-function.js'
import { percentOf } from '../rounding.js'
import { capitalLimits } from '../rules/capital-limits.js'
import { assessCapital } from '../rules/capital-rules.js'
import { disabilityRelatedExpenditure } from '../rules/disability-related-expenditure.js'
import { housingCosts } from '../rules/housing-costs.js'
import { assessableIncome, assessIncome, type IncomeSetting } from '../rules/income-rules.js'
import { minimumIncomeGuarantee } from '../rules/minimum-income-guarantee.js'
import type { FullNonResidentialInput } from '../schemas/non-residential-input.js'
import type { DraftCharge } from './charge-assessment.js'
import type { Prepared } from './prepare.js'
import { fullDraft } from './simple-drafts.js'

export const incomeOptions = (prepared: Prepared<unknown>, memberOfCouple: boolean) => ({
  date: prepared.date,
  memberOfCouple,
  disregardWarPensionsInFull: prepared.policy.disregardWarPensionsInFull,
  disregardSavingsCreditInFull: prepared.policy.disregardSavingsCreditInFull,
})

/**
 * The charge for care outside a care home (and for a short-term care home stay the council assesses as if at
 * home, reg 8): assessable income less the MIG, housing costs and disability-related expenditure, tapered, and
 * never more than the weekly cost of care. Explanation lines go to `steps` when given; the figure is the same.
 */
export function chargeAtHome(
  input: FullNonResidentialInput,
  prepared: Prepared<unknown>,
  setting: AssessmentSetting,
  weeklyCostPence: number,
  steps?: Step[],
  incomeSetting: IncomeSetting = { kind: 'home', nightCareProvided: input.nightCareProvided },
): Result<DraftCharge> {
  const { policy, rates } = prepared

  const limits = capitalLimits(rates, policy.nonResidentialCapitalLimits)
  if (!limits.ok) return limits
  const capital = assessCapital(input.capital, { kind: 'home' }, limits.value, steps)
  if (capital.aboveUpperLimit) {
    steps?.push(
      step(
        'charge',
        `As a full-cost payer your charge is the weekly cost of your care: ${formatPence(weeklyCostPence)}.`,
        { weeklyPence: weeklyCostPence },
      ),
    )
    return ok(fullDraft(setting, weeklyCostPence, weeklyCostPence, weeklyCostPence, true))
  }

  // In the order the explanation reads; every problem is collected before refusing, so all are reported at once.
  const income = assessIncome(
    input.income,
    incomeSetting,
    rates,
    incomeOptions(prepared, input.person.memberOfCouple),
    steps,
  )
  const assessable = income.ok ? assessableIncome(income.value, capital.tariffWeeklyPence, steps) : 0
  const mig = minimumIncomeGuarantee(input.person, rates, policy, steps)
  const housing = housingCosts(input.housing, steps)
  const dre = disabilityRelatedExpenditure(input.dre, policy, input.income, steps)
  if (!income.ok || !mig.ok || !dre.ok) {
    const issues: Issue[] = []
    for (const result of [income, mig, dre]) if (!result.ok) issues.push(...result.errors)
    return fail(...issues)
  }

  const allowances = mig.value + housing + dre.value
  const remainder = Math.max(0, assessable - allowances)
  steps?.push(
    step(
      'remainder',
      remainder > 0
        ? `Income left after the minimum income guarantee, housing costs and disability-related expenditure (${formatPence(allowances)}): ${formatPence(remainder)} a week.`
        : `Your assessable income (${formatPence(assessable)}) is not more than the minimum income guarantee, housing costs and disability-related expenditure (${formatPence(allowances)}), so there is nothing left to contribute.`,
      { weeklyPence: remainder },
    ),
  )

  // Rounded down: the taper exists to favour the person (reg 11).
  const maximum = percentOf(remainder, policy.taperPercent, 'down')
  steps?.push(
    step(
      'taper',
      policy.taperPercent < 100
        ? `${policy.name} takes ${policy.taperPercent}% of this (rounded down to the penny): your maximum weekly contribution is ${formatPence(maximum)}.`
        : `Your maximum weekly contribution is ${formatPence(maximum)}.`,
      { weeklyPence: maximum },
    ),
  )
  const charge = Math.min(maximum, weeklyCostPence)
  steps?.push(
    step(
      'charge',
      `Your charge is the lesser of your maximum weekly contribution (${formatPence(maximum)}) and the weekly cost of your care (${formatPence(weeklyCostPence)}): ${formatPence(charge)}.`,
      {
        weeklyPence: charge,
        source: 'Care Act 2014 s14(4)',
      },
    ),
  )
  return ok(fullDraft(setting, weeklyCostPence, charge, maximum, false))
}
