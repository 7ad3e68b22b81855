import { formatPence } from '@open-sds/kernel'
import { step, type Step } from '../explanation.js'
import { percentOf } from '../rounding.js'
import type { CapitalItem } from '../schemas/capital.js'

export type CapitalLimits = { upperPence: number; lowerPence: number; stepPence: number; perStepWeeklyPence: number }

/**
 * Where the person lives decides how their main home is treated. A permanent resident has `disregardWeeks` of the
 * first 12-week disregard (12, or what is left of it after an earlier stay ended less than 52 weeks ago, Sch 2 para 2).
 */
export type CapitalSetting =
  | { kind: 'home' }
  | { kind: 'care-home-permanent'; weekOfStay: number; disregardWeeks: number }
  | { kind: 'care-home-temporary' }

export type CapitalAssessment = {
  countedPence: number
  /** Counted capital other than the main home, for the deferred payment test. */
  otherThanHomePence: number
  /** The person's share of the main home, whether counted or not. */
  homePence: number
  homeCounted: boolean
  /** The home is disregarded only for a while (12 weeks, or the further 12 weeks after an occupant left): when it will count. */
  homeCountsFrom: string | undefined
  /** The home is disregarded now under the first 12-week disregard (a first-party top-up is allowed then). */
  inTwelveWeekDisregard: boolean
  aboveUpperLimit: boolean
  tariffWeeklyPence: number
}

const SCHEDULE_2 = 'Care and Support (Charging and Assessment of Resources) Regulations 2014, schedule 2'

/**
 * Tariff income: £1 a week for every £250, or part of £250, above the lower limit (reg 25). "Or part" rounds up,
 * so £18,450 gives 16.8 steps -> £17, and exactly £23,250 gives 36 steps -> £36 (Care Aware).
 */
export function tariffIncome(capitalPence: number, limits: Omit<CapitalLimits, 'upperPence'>): number {
  const excess = capitalPence - limits.lowerPence
  if (excess <= 0) return 0
  const steps = Math.floor((excess + limits.stepPence - 1) / limits.stepPence)
  return steps * limits.perStepWeeklyPence
}

const CAPITAL_LABELS: Record<CapitalItem['kind'], string> = {
  savings: 'Savings',
  investments: 'Investments',
  property: 'Property other than the main home',
  'main-home': 'Main home',
  other: 'Other capital',
}

const OCCUPANTS: Record<CapitalItem['occupiedBy'][number], string> = {
  partner: 'your partner',
  'former-partner-not-estranged': 'your former partner (not estranged or divorced from you)',
  'estranged-or-divorced-partner-who-is-a-lone-parent': 'your former partner, who is a lone parent',
  'relative-aged-60-or-over': 'a relative aged 60 or over',
  'incapacitated-relative': 'an incapacitated relative',
  'disabled-relative': 'an incapacitated relative',
  'child-under-18': 'your child under 18',
}

const shareText = (item: CapitalItem): string =>
  item.sharePercent < 100 ? `, your ${item.sharePercent}% share of ${formatPence(item.valuePence)}` : ''

type HomeDecision = { ignoredBecause: string; countsFrom?: string; twelveWeeks?: boolean } | undefined

/** Whether the main home is disregarded, and why, in the order schedule 2 gives. */
function mainHomeDecision(item: CapitalItem, setting: CapitalSetting): HomeDecision {
  if (setting.kind === 'home') return { ignoredBecause: 'the home you live in is never counted while you live there' }
  if (item.occupiedBy.length > 0) {
    return {
      ignoredBecause: `it is disregarded for as long as ${[...new Set(item.occupiedBy.map((who) => OCCUPANTS[who]))].join(' or ')} lives there as their main or only home (schedule 2 paragraph 4)`,
    }
  }
  if (item.councilDiscretion) {
    return {
      ignoredBecause: `the council has used its discretion to disregard it while ${item.councilDiscretion.occupant} lives there: ${item.councilDiscretion.reason}`,
    }
  }
  if (setting.kind === 'care-home-temporary') {
    return {
      ignoredBecause:
        'you are a temporary resident who intends to return home, or is selling it to buy another (schedule 2 paragraph 1)',
    }
  }
  if (setting.weekOfStay <= setting.disregardWeeks) {
    const which =
      setting.disregardWeeks === 12
        ? 'the first 12 weeks'
        : `the ${setting.disregardWeeks} weeks left of the 12-week disregard from your earlier stay, which ended less than 52 weeks ago`
    return {
      ignoredBecause: `it is disregarded for ${which} of permanent care (this is week ${setting.weekOfStay}) (schedule 2 paragraph 2)`,
      countsFrom: `week ${setting.disregardWeeks + 1} of your stay`,
      twelveWeeks: true,
    }
  }
  const left = item.occupantLeftUnexpectedly
  if (left && left.weekSinceLeaving <= 12) {
    return {
      ignoredBecause: `the person whose living there kept it disregarded left unexpectedly, so it is disregarded for a further 12 weeks (this is week ${left.weekSinceLeaving}) [paragraph number not yet confirmed]`,
      countsFrom: `week 13 after they left`,
    }
  }
  return undefined
}

/** Capital that counts, tariff income, and how the main home is treated. Explanation lines go to `steps` when given. */
export function assessCapital(
  items: readonly CapitalItem[],
  setting: CapitalSetting,
  limits: CapitalLimits,
  steps?: Step[],
): CapitalAssessment {
  let countedPence = 0
  let otherThanHomePence = 0
  let homePence = 0
  let homeCounted = false
  let homeCountsFrom: string | undefined
  let inTwelveWeekDisregard = false
  for (const item of items) {
    // A share of capital counts against the person, so a fraction of a penny is left out (reg 11).
    const share = item.sharePercent === 100 ? item.valuePence : percentOf(item.valuePence, item.sharePercent, 'down')
    if (item.kind === 'main-home') {
      homePence += share
      const decision = mainHomeDecision(item, setting)
      if (decision) {
        homeCountsFrom ??= decision.countsFrom
        inTwelveWeekDisregard ||= decision.twelveWeeks === true
        steps?.push(
          step(
            'capital-ignored',
            `Main home (${formatPence(share)}${shareText(item)}) is not counted: ${decision.ignoredBecause}.`,
            { capitalPence: share, ...(setting.kind === 'home' ? {} : { source: SCHEDULE_2 }) },
          ),
        )
        continue
      }
      homeCounted = true
    } else {
      otherThanHomePence += share
    }
    countedPence += share
    steps?.push(
      step('capital', `${item.label ?? CAPITAL_LABELS[item.kind]}: ${formatPence(share)} counted${shareText(item)}.`, {
        capitalPence: share,
      }),
    )
  }
  steps?.push(
    step('capital', `Capital counted in total: ${formatPence(countedPence)}.`, { capitalPence: countedPence }),
  )
  const aboveUpperLimit = countedPence > limits.upperPence
  const tariffWeeklyPence = aboveUpperLimit ? 0 : tariffIncome(countedPence, limits)
  if (steps) {
    if (aboveUpperLimit) {
      steps.push(
        step(
          'full-cost',
          `This is above the upper capital limit of ${formatPence(limits.upperPence, { omitZeroPence: true })}, so you pay the full cost of your care.`,
          { capitalPence: countedPence },
        ),
      )
    } else if (tariffWeeklyPence === 0) {
      steps.push(
        step(
          'tariff',
          `This is not above the lower capital limit of ${formatPence(limits.lowerPence, { omitZeroPence: true })}, so your capital is ignored: no tariff income.`,
          { weeklyPence: 0 },
        ),
      )
    } else {
      const excess = countedPence - limits.lowerPence
      steps.push(
        step(
          'tariff',
          `${formatPence(excess)} is above the lower capital limit of ${formatPence(limits.lowerPence, { omitZeroPence: true })}. Tariff income is ${formatPence(limits.perStepWeeklyPence)} a week for every ${formatPence(limits.stepPence, { omitZeroPence: true })}, or part of ${formatPence(limits.stepPence, { omitZeroPence: true })}: ${formatPence(tariffWeeklyPence)} a week, counted as income.`,
          {
            weeklyPence: tariffWeeklyPence,
            source: 'Care and Support (Charging and Assessment of Resources) Regulations 2014, regulation 25',
          },
        ),
      )
    }
  }
  return {
    countedPence,
    otherThanHomePence,
    homePence,
    homeCounted,
    homeCountsFrom,
    inTwelveWeekDisregard,
    aboveUpperLimit,
    tariffWeeklyPence,
  }
}
