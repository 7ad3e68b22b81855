import { step, type Step } from '../explanation.js'
import { formatPounds, formatWholePounds, shareOf } from '../money.js'
import type { CapitalItem } from '../schemas/capital.js'

export type CapitalLimits = { upperPence: number; lowerPence: number; stepPence: number; perStepWeeklyPence: number }

/** Where the person lives decides how their main home is treated. */
export type CapitalSetting = { kind: 'home' } | { kind: 'care-home'; weekOfStay: number }

export type CapitalAssessment = {
  countedPence: number
  /** Counted capital other than the main home, for the deferred payment test. */
  otherThanHomePence: number
  homeCounted: boolean
  /** The main home is ignored only for the first 12 weeks and will count from week 13. */
  homeCountsFromWeek13: boolean
  aboveUpperLimit: boolean
  tariffWeeklyPence: number
  steps: Step[]
}

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

const homeOccupants: Record<string, string> = {
  partner: 'your partner',
  'relative-aged-60-or-over': 'a relative aged 60 or over',
  'disabled-relative': 'a disabled relative',
}

function mainHomeIgnoredBecause(item: CapitalItem, setting: CapitalSetting): string | undefined {
  if (setting.kind === 'home') return 'the home you live in is never counted while you live there'
  if (item.occupiedBy.length > 0) {
    return `it is ignored for as long as ${item.occupiedBy.map((who) => homeOccupants[who]).join(' or ')} lives there`
  }
  if (setting.weekOfStay <= 12) return `it is ignored for the first 12 weeks of permanent care (this is week ${setting.weekOfStay}); it will count from week 13`
  return undefined
}

export function assessCapital(items: readonly CapitalItem[], setting: CapitalSetting, limits: CapitalLimits): CapitalAssessment {
  const steps: Step[] = []
  let countedPence = 0
  let otherThanHomePence = 0
  let homeCounted = false
  let homeCountsFromWeek13 = false
  for (const item of items) {
    const name = item.label ?? CAPITAL_LABELS[item.kind]
    const share = shareOf(item.valuePence, item.sharePercent)
    const shareText = item.sharePercent < 100 ? `, your ${item.sharePercent}% share of ${formatPounds(item.valuePence)}` : ''
    if (item.kind === 'main-home') {
      const ignoredBecause = mainHomeIgnoredBecause(item, setting)
      if (ignoredBecause) {
        homeCountsFromWeek13 ||= setting.kind === 'care-home' && item.occupiedBy.length === 0
        steps.push(step('capital-ignored', `Main home (${formatPounds(share)}${shareText}) is not counted: ${ignoredBecause}.`, { capitalPence: share }))
        continue
      }
      homeCounted = true
    } else {
      otherThanHomePence += share
    }
    countedPence += share
    steps.push(step('capital', `${name}: ${formatPounds(share)} counted${shareText}.`, { capitalPence: share }))
  }
  steps.push(step('capital', `Capital counted in total: ${formatPounds(countedPence)}.`, { capitalPence: countedPence }))
  const aboveUpperLimit = countedPence > limits.upperPence
  const tariffWeeklyPence = aboveUpperLimit ? 0 : tariffIncome(countedPence, limits)
  if (aboveUpperLimit) {
    steps.push(step('full-cost', `This is above the upper capital limit of ${formatWholePounds(limits.upperPence)}, so you pay the full cost of your care.`, { capitalPence: countedPence }))
  } else if (tariffWeeklyPence === 0) {
    steps.push(step('tariff', `This is not above the lower capital limit of ${formatWholePounds(limits.lowerPence)}, so your capital is ignored: no tariff income.`, { weeklyPence: 0 }))
  } else {
    const excess = countedPence - limits.lowerPence
    steps.push(
      step(
        'tariff',
        `${formatPounds(excess)} is above the lower capital limit of ${formatWholePounds(limits.lowerPence)}. Tariff income is ${formatPounds(limits.perStepWeeklyPence)} a week for every ${formatWholePounds(limits.stepPence)}, or part of ${formatWholePounds(limits.stepPence)}: ${formatPounds(tariffWeeklyPence)} a week, counted as income.`,
        { weeklyPence: tariffWeeklyPence, source: 'Care and Support (Charging and Assessment of Resources) Regulations 2014, regulation 25' },
      ),
    )
  }
  return { countedPence, otherThanHomePence, homeCounted, homeCountsFromWeek13, aboveUpperLimit, tariffWeeklyPence, steps }
}
