import { step, type Step } from '../explanation.js'
import { formatPounds } from '../money.js'
import type { RateTable } from '../rates/rate-schema.js'
import { requireRate } from '../rates/rates-for.js'
import { fail, issue, ok, type Issue, type Result } from '../result.js'
import { CARE_BENEFITS, IGNORED_INCOME, WAR_PENSIONS_PARTLY_IGNORED, type IncomeItem } from '../schemas/income.js'
import { INCOME_LABELS } from './income-labels.js'

export type IncomeSetting =
  | { kind: 'home'; nightCareProvided: boolean | undefined }
  | { kind: 'care-home'; weekOfCouncilFunding: number }

export type IncomeAssessment = { countedWeeklyPence: number; steps: Step[] }

const annexC = 'Care and Support Statutory Guidance annex C; SI 2014/2672 schedule 1'
const isOneOf = (kinds: readonly string[], kind: string): boolean => kinds.includes(kind)

/**
 * The person's weekly income that counts, item by item: fully ignored income, the £10 war pension disregard,
 * Savings Credit, the night-care element, and care benefits that stop in a care home.
 */
export function assessIncome(
  items: readonly IncomeItem[],
  setting: IncomeSetting,
  rates: RateTable,
  options: { disregardWarPensionsInFull: boolean },
): Result<IncomeAssessment> {
  const steps: Step[] = []
  const issues: Issue[] = []
  let counted = 0
  let warDisregardLeft: number | undefined

  const count = (pence: number, text: string) => {
    counted += pence
    steps.push(step('income', text, { weeklyPence: pence }))
  }

  items.forEach((item, index) => {
    const name = item.label ?? INCOME_LABELS[item.kind]
    // Joint income is presumed shared equally, so only half is the person's (rounded down, in their favour).
    const own = item.jointlyHeld ? Math.floor(item.weeklyPence / 2) : item.weeklyPence
    const ownText = item.jointlyHeld ? ` (your half of ${formatPounds(item.weeklyPence)} held jointly)` : ''

    if (isOneOf(IGNORED_INCOME, item.kind)) {
      steps.push(step('income-ignored', `${name}: ${formatPounds(own)} a week${ownText} is ignored in full.`, { weeklyPence: own, source: annexC }))
      return
    }

    if (item.kind === 'savings-credit') {
      if (setting.kind === 'home') {
        steps.push(step('income-ignored', `${name}: ${formatPounds(own)} a week${ownText} is ignored in full outside a care home.`, { weeklyPence: own, source: annexC }))
        return
      }
      const disregard = requireRate(rates, 'savingsCreditDisregard', 'to work out how much Savings Credit counts in a care home')
      if (!disregard.ok) {
        issues.push(...disregard.errors)
        return
      }
      const ignored = Math.min(own, disregard.value.pence)
      steps.push(step('income-partly-ignored', `${name}: the first ${formatPounds(disregard.value.pence)} a week is ignored in a care home, so ${formatPounds(ignored)} is ignored.`, { weeklyPence: ignored, source: disregard.value.source }))
      count(own - ignored, `${name}: ${formatPounds(own - ignored)} a week counted${ownText}.`)
      return
    }

    if (isOneOf(WAR_PENSIONS_PARTLY_IGNORED, item.kind)) {
      if (options.disregardWarPensionsInFull) {
        steps.push(step('income-ignored', `${name}: ${formatPounds(own)} a week${ownText} is ignored in full under the council's policy.`, { weeklyPence: own }))
        return
      }
      const disregard = requireRate(rates, 'warPensionDisregard', "to ignore the first £10 of a war widow's or war disablement pension")
      if (!disregard.ok) {
        issues.push(...disregard.errors)
        return
      }
      // One £10 disregard across all such pensions, not one per payment.
      warDisregardLeft ??= disregard.value.pence
      const ignored = Math.min(own, warDisregardLeft)
      warDisregardLeft -= ignored
      steps.push(step('income-partly-ignored', `${name}: ${formatPounds(ignored)} a week is ignored (the first ${formatPounds(disregard.value.pence)} a week of war pensions).`, { weeklyPence: ignored, source: disregard.value.source }))
      count(own - ignored, `${name}: ${formatPounds(own - ignored)} a week counted${ownText}.`)
      return
    }

    if (isOneOf(CARE_BENEFITS, item.kind)) {
      if (setting.kind === 'care-home' && setting.weekOfCouncilFunding > 4) {
        steps.push(
          step('income-ignored', `${name}: not counted. It stops after 4 weeks of council-funded care in a care home (this is week ${setting.weekOfCouncilFunding}); tell the DWP if it is still being paid.`, { weeklyPence: own }),
        )
        return
      }
      if (setting.kind === 'home' && item.higherRate === true) {
        if (setting.nightCareProvided === undefined) {
          issues.push(issue('nightCareProvided', `Say whether night care is provided (nightCareProvided): ${name} is paid at the higher (night) rate, and without night care the difference from the lower rate is ignored`))
          return
        }
        if (!setting.nightCareProvided) {
          if (item.lowerRateWeeklyPence === undefined) {
            issues.push(issue(`income.${index}.lowerRateWeeklyPence`, `Give the lower rate of ${name} (lowerRateWeeklyPence): no night care is provided, so the difference between the higher and lower rates is ignored`))
            return
          }
          const nightElement = own - item.lowerRateWeeklyPence
          steps.push(step('income-partly-ignored', `${name}: the night-care element of ${formatPounds(nightElement)} a week (the higher rate less the lower rate) is ignored because no night care is provided.`, { weeklyPence: nightElement, source: annexC }))
          count(item.lowerRateWeeklyPence, `${name}: ${formatPounds(item.lowerRateWeeklyPence)} a week counted (the lower rate).`)
          return
        }
      }
    }

    count(own, `${name}: ${formatPounds(own)} a week counted${ownText}.`)
  })

  if (issues.length > 0) return fail(issues)
  return ok({ countedWeeklyPence: counted, steps })
}

/** Assessable income is the income that counts plus tariff income from capital. */
export function assessableIncome(countedWeeklyPence: number, tariffWeeklyPence: number): { weeklyPence: number; step: Step } {
  const weeklyPence = countedWeeklyPence + tariffWeeklyPence
  const text = `Assessable income: ${formatPounds(weeklyPence)} a week (income counted ${formatPounds(countedWeeklyPence)} plus tariff income ${formatPounds(tariffWeeklyPence)}).`
  return { weeklyPence, step: step('assessable-income', text, { weeklyPence }) }
}
