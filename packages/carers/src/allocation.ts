import { fail, formatPence, ok, parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { dayOf, penceOf, wordsOf } from './fields.js'
import { CARERS_RULES_VERSION } from './version.js'

const score = z
  .number({ error: 'From score must be a whole number from 1 to 9' })
  .int({ error: 'From score must be a whole number from 1 to 9' })
  .min(1, { error: 'From score must be a whole number from 1 to 9' })
  .max(9, { error: 'From score must be a whole number from 1 to 9' })

const per = z.enum(['week', 'four-weeks', 'year'], { error: 'Per must be "week", "four-weeks" or "year"' })
export type BudgetPeriod = z.infer<typeof per>

/**
 * One band of a council's carers' allocation: from the carer's impact score up (each outcome they cannot achieve
 * counts one, and health deteriorating or at risk counts one), a one-off sum or a recurring one.
 */
export const AllocationBandSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('one-off'),
    label: wordsOf('Band name', 100),
    fromScore: score,
    amountPence: penceOf('Band amount'),
  }),
  z.strictObject({
    kind: z.literal('recurring'),
    label: wordsOf('Band name', 100),
    fromScore: score,
    amountPence: penceOf('Band amount'),
    per,
  }),
])
export type AllocationBand = z.infer<typeof AllocationBandSchema>

/**
 * A council's carers' allocation table from the day it takes effect: its bands, the most a carer's budget may be (as a
 * one-off sum, and as a recurring sum over a year), and an optional one-off wellbeing payment for carers who are not
 * eligible but show a significant impact on wellbeing (prevention under Care Act s2, as Tower Hamlets' £250).
 */
export const CarersAllocationSchema = z
  .strictObject({
    version: wordsOf('Allocation version', 100),
    effectiveFrom: dayOf('Effective from'),
    bands: z.array(AllocationBandSchema).min(1, { error: 'An allocation needs at least one band' }),
    maximumOneOffPence: penceOf('Maximum one-off budget'),
    maximumAnnualPence: penceOf('Maximum recurring budget over a year'),
    wellbeingPaymentPence: penceOf('Wellbeing payment').default(0),
  })
  .superRefine((table, context) => {
    const seen = new Set<number>()
    table.bands.forEach((band, index) => {
      if (seen.has(band.fromScore))
        context.addIssue({
          code: 'custom',
          path: ['bands', index, 'fromScore'],
          message: 'Two bands start at the same score',
        })
      seen.add(band.fromScore)
      const over =
        band.kind === 'one-off'
          ? band.amountPence > table.maximumOneOffPence
          : annualPence(band.amountPence, band.per) > table.maximumAnnualPence
      if (over)
        context.addIssue({
          code: 'custom',
          path: ['bands', index, 'amountPence'],
          message: 'A band must not give more than the maximum budget',
        })
    })
  })
export type CarersAllocation = z.infer<typeof CarersAllocationSchema>
export type CarersAllocationInput = z.input<typeof CarersAllocationSchema>

/**
 * The default table: a one-off £200.00 for a carer with eligible needs, as Nottinghamshire's carer's personal budget
 * for their own health and wellbeing, and at most £1,000.00 (one-off or over a year). A council sets its own.
 */
export const DEFAULT_CARERS_ALLOCATION: CarersAllocation = {
  version: 'national-default-2026',
  effectiveFrom: '2015-04-01',
  bands: [{ kind: 'one-off', label: 'Carer’s personal budget', fromScore: 1, amountPence: 20_000 }],
  maximumOneOffPence: 100_000,
  maximumAnnualPence: 100_000,
  wellbeingPaymentPence: 0,
}

const perYear: Record<BudgetPeriod, number> = { week: 52, 'four-weeks': 13, year: 1 }
const perWords: Record<BudgetPeriod, string> = { week: 'a week', 'four-weeks': 'every four weeks', year: 'a year' }

/** A recurring sum over a year: 52 weeks, 13 four-week periods. */
export const annualPence = (amountPence: number, period: BudgetPeriod): number => amountPence * perYear[period]

/** The table in force on a day: the one with the latest effective date on or before it. */
export function allocationInForce(tables: readonly CarersAllocation[], on: string): CarersAllocation | undefined {
  return tables
    .filter((table) => table.effectiveFrom <= on)
    .reduce<CarersAllocation | undefined>(
      (best, table) => (best === undefined || table.effectiveFrom > best.effectiveFrom ? table : best),
      undefined,
    )
}

export type CarersBudget =
  { kind: 'one-off'; amountPence: number } | { kind: 'recurring'; amountPence: number; per: BudgetPeriod }

export type CarersAllocationResult = {
  /** The indicative budget, or none (amount 0, one-off) when the carer is neither eligible nor owed a wellbeing payment. */
  budget: CarersBudget
  band: string | undefined
  score: number
  explanation: string[]
  allocationVersion: string
  rulesVersion: string
}

export const describeBudget = (budget: CarersBudget): string =>
  budget.kind === 'one-off'
    ? `${formatPence(budget.amountPence)} once`
    : `${formatPence(budget.amountPence)} ${perWords[budget.per]}`

const OutcomeOfDeterminationSchema = z.strictObject({
  eligible: z.boolean({ error: 'Say whether the carer has eligible needs' }),
  healthAtRisk: z.boolean({ error: 'Say whether the carer’s health is at risk' }),
  outcomesUnableToAchieve: z
    .number({ error: 'Outcomes unable to achieve must be a number' })
    .int()
    .min(0)
    .max(8, { error: 'There are eight outcomes' }),
  wellbeingImpact: z.boolean({ error: 'Say whether there is a significant impact on wellbeing' }),
  on: dayOf('The day of the allocation'),
})

/**
 * The carer's indicative budget from the council's allocation table in force on the day: the band for their impact
 * score if they have eligible needs; else the table's wellbeing payment if there is a significant impact on wellbeing;
 * else nothing. Explained step by step with the table's version. Never throws.
 */
export function allocateCarersBudget(
  tables: readonly CarersAllocation[],
  given: unknown,
): Result<CarersAllocationResult> {
  const parsed = parse(OutcomeOfDeterminationSchema, given)
  if (!parsed.ok) return parsed
  const { eligible, healthAtRisk, outcomesUnableToAchieve, wellbeingImpact, on } = parsed.value
  const table = allocationInForce(tables, on)
  if (table === undefined) return fail({ path: 'on', message: `No carers’ allocation is in force on ${on}` })
  const score = outcomesUnableToAchieve + (healthAtRisk ? 1 : 0)
  const scoreLine = `Impact score ${String(score)}: ${String(outcomesUnableToAchieve)} outcome${outcomesUnableToAchieve === 1 ? '' : 's'} the carer cannot achieve${healthAtRisk ? ', and 1 because their health is at risk' : ''}.`
  const result = (budget: CarersBudget, band: string | undefined, lines: string[]): Result<CarersAllocationResult> =>
    ok({
      budget,
      band,
      score,
      explanation: [scoreLine, ...lines],
      allocationVersion: table.version,
      rulesVersion: CARERS_RULES_VERSION,
    })
  if (!eligible) {
    if (wellbeingImpact && table.wellbeingPaymentPence > 0)
      return result({ kind: 'one-off', amountPence: table.wellbeingPaymentPence }, undefined, [
        `The carer does not have eligible needs but there is a significant impact on their wellbeing, so the council offers its one-off wellbeing payment of ${formatPence(table.wellbeingPaymentPence)} (allocation ${table.version}).`,
      ])
    return result({ kind: 'one-off', amountPence: 0 }, undefined, [
      'The carer does not have eligible needs, so there is no carer’s personal budget; information and advice still apply.',
    ])
  }
  const band = [...table.bands].sort((a, b) => b.fromScore - a.fromScore).find((each) => each.fromScore <= score)
  // An eligible carer always scores at least 1; a table whose bands start higher gives its lowest band.
  const chosen = band ?? [...table.bands].sort((a, b) => a.fromScore - b.fromScore)[0]
  if (chosen === undefined) return fail({ path: 'bands', message: 'The allocation has no bands' })
  const budget: CarersBudget =
    chosen.kind === 'one-off'
      ? { kind: 'one-off', amountPence: chosen.amountPence }
      : { kind: 'recurring', amountPence: chosen.amountPence, per: chosen.per }
  return result(budget, chosen.label, [
    `The carer has eligible needs; band "${chosen.label}" applies from score ${String(chosen.fromScore)}: ${describeBudget(budget)} (allocation ${table.version}, in force from ${table.effectiveFrom}).`,
  ])
}

/**
 * Checks a carer's budget as agreed in their plan against the maximum of the table in force: a one-off sum against the
 * one-off maximum, a recurring one over a year against the yearly maximum. Above it is refused, naming the maximum.
 */
export function checkCarersBudget(
  tables: readonly CarersAllocation[],
  budget: CarersBudget,
  on: string,
): Result<{ budget: CarersBudget; annualPence: number; explanation: string[]; allocationVersion: string }> {
  const table = allocationInForce(tables, on)
  if (table === undefined) return fail({ path: 'on', message: `No carers’ allocation is in force on ${on}` })
  if (!Number.isInteger(budget.amountPence) || budget.amountPence <= 0)
    return fail({ path: 'budget.amountPence', message: 'Enter the budget as an amount more than £0' })
  if (budget.kind === 'one-off') {
    if (budget.amountPence > table.maximumOneOffPence)
      return fail({
        path: 'budget.amountPence',
        message: `The budget must be no more than ${formatPence(table.maximumOneOffPence)}, the council’s most for a one-off carer’s budget`,
      })
    return ok({
      budget,
      annualPence: budget.amountPence,
      explanation: [
        `${describeBudget(budget)}, within the one-off maximum of ${formatPence(table.maximumOneOffPence)}.`,
      ],
      allocationVersion: table.version,
    })
  }
  const yearly = annualPence(budget.amountPence, budget.per)
  if (yearly > table.maximumAnnualPence)
    return fail({
      path: 'budget.amountPence',
      message: `The budget must be no more than ${formatPence(table.maximumAnnualPence)} over a year, the council’s most for a carer’s budget; ${describeBudget(budget)} is ${formatPence(yearly)} a year`,
    })
  return ok({
    budget,
    annualPence: yearly,
    explanation: [
      `${describeBudget(budget)} is ${formatPence(yearly)} a year, within the maximum of ${formatPence(table.maximumAnnualPence)}.`,
    ],
    allocationVersion: table.version,
  })
}
