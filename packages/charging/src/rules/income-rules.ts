import { type CalendarDate, fail, formatPence, issue, type Issue, ok, type Result } from '@open-sds/kernel'
import { step, type Step } from '../explanation.js'
import type { RateTable } from '../rates/rate-schema.js'
import { requireRate } from '../rates/rates-for.js'
import { conversionText, divide, REGULATION_11 } from '../rounding.js'
import {
  CARE_BENEFITS,
  IGNORED_INCOME,
  WAR_PENSION_SCHEME,
  WAR_PENSIONS_PARTLY_IGNORED,
  type IncomeItem,
} from '../schemas/income.js'
import { INCOME_LABELS } from './income-labels.js'

export type IncomeSetting =
  | { kind: 'home'; nightCareProvided: boolean | undefined }
  /** A care home: the 4-week run-on of care benefits counts only for a permanent resident. */
  | { kind: 'care-home'; weekOfCouncilFunding: number | undefined }

export type IncomeOptions = {
  date: CalendarDate
  memberOfCouple: boolean
  disregardWarPensionsInFull: boolean
  disregardSavingsCreditInFull: boolean
}

const annexC = 'Care and Support Statutory Guidance annex C; SI 2014/2672 schedule 1'
// Sets, because the figure-only calculator runs this for a whole county at once.
const IGNORED: ReadonlySet<string> = new Set(IGNORED_INCOME)
const SCHEME: ReadonlySet<string> = new Set(WAR_PENSION_SCHEME)
const PARTLY: ReadonlySet<string> = new Set(WAR_PENSIONS_PARTLY_IGNORED)
const CARE: ReadonlySet<string> = new Set(CARE_BENEFITS)

/**
 * War Pension Scheme payments other than Constant Attendance Allowance are ignored in full from April 2017; before,
 * only the first £10 (charging.md: the date is not yet confirmed against the amending regulations).
 */
export const WAR_PENSION_SCHEME_FULLY_IGNORED_FROM: CalendarDate = '2017-04-06'

/**
 * The person's weekly income that counts, item by item: fully ignored income, War Pension Scheme payments, the
 * £10 war widow's pension disregard, the Savings Credit disregard (in every setting), half of a pension paid to a
 * spouse at home, the night-care element, and care benefits that stop in a care home. Explanation lines go to
 * `steps` when given; the figure is the same either way.
 */
export function assessIncome(
  items: readonly IncomeItem[],
  setting: IncomeSetting,
  rates: RateTable,
  options: IncomeOptions,
  steps?: Step[],
): Result<number> {
  const issues: Issue[] = []
  // One £10 disregard across every war pension that has one, not one per payment.
  const war: WarDisregard = { left: undefined, rates, issues, steps }
  let counted = 0
  // A plain loop with no closures made per person: the figure-only calculator runs this for a whole county at once.
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!
    const name = item.label ?? INCOME_LABELS[item.kind]
    if (steps && item.per !== undefined && item.per !== 'week')
      steps.push(
        step(
          'note',
          `${name}: ${formatPence(item.weeklyPence)} a week${conversionText(formatPence(item.amountPence ?? 0), item.per, 'down')}.`,
          { source: REGULATION_11 },
        ),
      )
    // Joint income is presumed shared equally, so only half is the person's (a fraction of a penny left out, reg 11).
    const own = item.jointlyHeld ? divide(item.weeklyPence, 2, 'down') : item.weeklyPence
    const ownText = item.jointlyHeld && steps ? ` (your half of ${formatPence(item.weeklyPence)} held jointly)` : ''

    if (IGNORED.has(item.kind)) {
      steps?.push(
        step('income-ignored', `${name}: ${formatPence(own)} a week${ownText} is ignored in full.`, {
          weeklyPence: own,
          source: annexC,
        }),
      )
      continue
    }

    if (item.halfPaidToSpouse === true) {
      if (setting.kind === 'home') {
        issues.push(
          issue(
            `income.${index}.halfPaidToSpouse`,
            'Half of a pension paid to a spouse is ignored only for a care home resident whose spouse or civil partner lives elsewhere; at home, leave halfPaidToSpouse out',
          ),
        )
        continue
      }
      // Half is ignored; the fraction of a penny goes to the person (the ignored half is rounded up).
      const ignored = divide(own, 2, 'up')
      steps?.push(
        step(
          'income-partly-ignored',
          `${name}: half (${formatPence(ignored)} a week) is ignored because at least half is paid to your spouse or civil partner, who does not live in the care home.`,
          { weeklyPence: ignored, source: annexC },
        ),
      )
      counted += countedLine(steps, name, own - ignored, ownText)
      continue
    }

    if (item.kind === 'savings-credit') {
      if (options.disregardSavingsCreditInFull) {
        steps?.push(
          step(
            'income-ignored',
            `${name}: ${formatPence(own)} a week${ownText} is ignored in full under the council's policy.`,
            { weeklyPence: own },
          ),
        )
        continue
      }
      // The LAC 2024-25: the disregard applies in a care home, at home or in another setting (charging.md correction).
      const key = options.memberOfCouple ? 'savingsCreditDisregardCouple' : 'savingsCreditDisregard'
      const disregard = requireRate(
        rates,
        key,
        'to work out how much Savings Credit counts (the disregard applies in every setting)',
      )
      if (!disregard.ok) {
        issues.push(...disregard.errors)
        continue
      }
      const ignored = Math.min(own, disregard.value.pence)
      steps?.push(
        step(
          'income-partly-ignored',
          `${name}: up to ${formatPence(disregard.value.pence)} a week is ignored (${options.memberOfCouple ? 'couple' : 'single person'}), so ${formatPence(ignored)} is ignored.`,
          { weeklyPence: ignored, source: disregard.value.source },
        ),
      )
      counted += countedLine(steps, name, own - ignored, ownText)
      continue
    }

    if (SCHEME.has(item.kind)) {
      if (options.date >= WAR_PENSION_SCHEME_FULLY_IGNORED_FROM || options.disregardWarPensionsInFull) {
        const why =
          options.date >= WAR_PENSION_SCHEME_FULLY_IGNORED_FROM
            ? 'War Pension Scheme payments other than Constant Attendance Allowance are ignored in full'
            : "under the council's policy"
        steps?.push(
          step('income-ignored', `${name}: ${formatPence(own)} a week${ownText} is ignored in full (${why}).`, {
            weeklyPence: own,
            source: annexC,
          }),
        )
        continue
      }
      counted += tenPoundDisregard(war, own, name, ownText, SCHEME_BEFORE_2017)
      continue
    }

    if (PARTLY.has(item.kind)) {
      if (options.disregardWarPensionsInFull) {
        steps?.push(
          step(
            'income-ignored',
            `${name}: ${formatPence(own)} a week${ownText} is ignored in full under the council's policy.`,
            { weeklyPence: own },
          ),
        )
        continue
      }
      counted += tenPoundDisregard(war, own, name, ownText, WIDOWS_PENSION)
      continue
    }

    if (CARE.has(item.kind)) {
      if (
        setting.kind === 'care-home' &&
        setting.weekOfCouncilFunding !== undefined &&
        setting.weekOfCouncilFunding > 4
      ) {
        steps?.push(
          step(
            'income-ignored',
            `${name}: not counted. It stops after 4 weeks of council-funded care in a care home (this is week ${setting.weekOfCouncilFunding}); tell the DWP if it is still being paid.`,
            { weeklyPence: own },
          ),
        )
        continue
      }
      if (setting.kind === 'home' && item.higherRate === true) {
        if (setting.nightCareProvided === undefined) {
          issues.push(
            issue(
              'nightCareProvided',
              `Say whether night care is provided (nightCareProvided): ${name} is paid at the higher (night) rate, and without night care the difference from the lower rate is ignored`,
            ),
          )
          continue
        }
        if (!setting.nightCareProvided) {
          const lower = item.lowerRateWeeklyPence
          if (lower === undefined) {
            issues.push(
              issue(
                `income.${index}.lowerRateWeeklyPence`,
                `Give the lower rate of ${name} (lowerRateWeeklyPence): no night care is provided, so the difference between the higher and lower rates is ignored`,
              ),
            )
            continue
          }
          const nightElement = own - lower
          steps?.push(
            step(
              'income-partly-ignored',
              `${name}: the night-care element of ${formatPence(nightElement)} a week (the higher rate less the lower rate) is ignored because no night care is provided.`,
              { weeklyPence: nightElement, source: annexC },
            ),
          )
          counted += countedLine(steps, name, lower, ' (the lower rate)')
          continue
        }
      }
    }

    counted += countedLine(steps, name, own, ownText)
  }

  if (issues.length > 0) return fail(...issues)
  return ok(counted)
}

/** Income that counts, with its line in the explanation when one is being written. */
function countedLine(steps: Step[] | undefined, name: string, pence: number, suffix: string): number {
  steps?.push(step('income', `${name}: ${formatPence(pence)} a week counted${suffix}.`, { weeklyPence: pence }))
  return pence
}

const SCHEME_BEFORE_2017 = 'to ignore the first £10 of a War Pension Scheme payment before April 2017'
const WIDOWS_PENSION = "to ignore the first £10 of a war widow's or widower's pension"

type WarDisregard = { left: number | undefined; rates: RateTable; issues: Issue[]; steps: Step[] | undefined }

/** The £10 war pension disregard, shared by every payment that has one; returns the part of `own` that counts. */
function tenPoundDisregard(war: WarDisregard, own: number, name: string, ownText: string, why: string): number {
  const { rates, issues, steps } = war
  const disregard = requireRate(rates, 'warPensionDisregard', why)
  if (!disregard.ok) {
    issues.push(...disregard.errors)
    return 0
  }
  war.left ??= disregard.value.pence
  const ignored = Math.min(own, war.left)
  war.left -= ignored
  steps?.push(
    step(
      'income-partly-ignored',
      `${name}: ${formatPence(ignored)} a week is ignored (the first ${formatPence(disregard.value.pence)} a week of war pensions).`,
      { weeklyPence: ignored, source: disregard.value.source },
    ),
  )
  return countedLine(steps, name, own - ignored, ownText)
}

/** Assessable income is the income that counts plus tariff income from capital. */
export function assessableIncome(countedWeeklyPence: number, tariffWeeklyPence: number, steps?: Step[]): number {
  const weeklyPence = countedWeeklyPence + tariffWeeklyPence
  steps?.push(
    step(
      'assessable-income',
      `Assessable income: ${formatPence(weeklyPence)} a week (income counted ${formatPence(countedWeeklyPence)} plus tariff income ${formatPence(tariffWeeklyPence)}).`,
      { weeklyPence },
    ),
  )
  return weeklyPence
}
