import { fail, formatLongDate, formatPence, ok, type Issue, type Result } from '@open-sds/kernel'
import type { IndicativeBudget } from './calculate.js'
import { INDICATIVE_NOTICE } from './explanation.js'

/** The `configId` of a budget a practitioner worked out by hand: no resource allocation system produced it. */
export const SET_BY_HAND_CONFIG_ID = 'set-by-hand'

/** When the council has not said how long it takes to work out a budget by hand. */
export const DEFAULT_BUDGET_BY_HAND_WORKING_DAYS = 10

export type BudgetSetByHandInput = {
  /** The weekly amount the practitioner worked out, in pence. */
  weeklyPence: number
  /** How they worked it out, in plain words: the person reads this. */
  how: string
  /** Who worked it out: the practitioner's name as the person knows them. */
  setBy: string
  /** The day it was worked out, YYYY-MM-DD. */
  on: string
}

/**
 * A budget a practitioner worked out by hand when the council's RAS could not (none in force, or one that cannot price
 * the answers), shaped as any indicative budget so that the pages and packages that read one need no special case. It
 * carries no points; its explanation says who worked it out, when and how, and `configId` is `set-by-hand` with the day
 * as its version, so the record says no RAS produced it.
 */
export function budgetSetByHand(input: BudgetSetByHandInput): Result<IndicativeBudget> {
  const how = input.how.trim()
  const issues: Issue[] = []
  if (!Number.isSafeInteger(input.weeklyPence) || input.weeklyPence <= 0)
    issues.push({ path: 'weeklyPence', message: 'The weekly budget must be a whole number of pence above nothing' })
  if (how === '') issues.push({ path: 'how', message: 'Say how the budget was worked out' })
  if (input.setBy.trim() === '') issues.push({ path: 'setBy', message: 'Say who worked out the budget' })
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.on)) issues.push({ path: 'on', message: 'The day must be a date, YYYY-MM-DD' })
  if (issues.length > 0) return fail(...issues)
  const weekly = formatPence(input.weeklyPence)
  return ok({
    weeklyPence: input.weeklyPence,
    annualPence: input.weeklyPence * 52,
    points: { byDomain: {}, raw: 0, afterAdjustment: 0 },
    additions: [],
    explanation: [
      {
        kind: 'by-hand',
        text: `Worked out by a practitioner, ${input.setBy.trim()}, on ${formatLongDate(input.on)}: ${how}`,
        weeklyPence: input.weeklyPence,
      },
      {
        kind: 'result',
        text: `Your indicative budget is ${weekly} a week (${formatPence(input.weeklyPence * 52)} a year, over 52 weeks)`,
        weeklyPence: input.weeklyPence,
      },
      { kind: 'notice', text: INDICATIVE_NOTICE },
    ],
    configId: SET_BY_HAND_CONFIG_ID,
    configVersion: input.on,
    illustrative: false,
  })
}

/** What the person is told about when a budget worked out by hand will be ready: "within 10 working days". */
export function budgetByHandWithin(workingDays: number = DEFAULT_BUDGET_BY_HAND_WORKING_DAYS): string {
  return `within ${workingDays} working ${workingDays === 1 ? 'day' : 'days'}`
}
