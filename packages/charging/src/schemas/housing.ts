import { z } from 'zod'
import { weeklyFrom } from '../rounding.js'
import { oneOfField, penceField, PeriodSchema, textField, weeklyOrPaidIssues } from './fields.js'

/** Costs met by housing benefit (rent-like) and by council tax reduction. */
export const RENT_LIKE_COSTS = ['rent', 'service-charges', 'ground-rent'] as const
export const HOUSING_COST_KINDS = [
  ...RENT_LIKE_COSTS,
  'mortgage-interest',
  'council-tax',
  'buildings-insurance',
  'contents-insurance',
  'other',
] as const

export const HousingCostSchema = z
  .strictObject({
    kind: oneOfField('Kind of housing cost', HOUSING_COST_KINDS),
    label: textField('Housing cost description').optional(),
    /** A weekly amount; or give `amountPence` and `per` for a cost paid every 4 weeks, every month or every year. */
    weeklyPence: penceField('Weekly housing cost').optional(),
    /** The amount as it is paid, with `per`: a council tax bill of 10 monthly instalments is given as its yearly total. */
    amountPence: penceField('Housing cost amount').optional(),
    per: PeriodSchema.optional(),
  })
  .superRefine((cost, ctx) => weeklyOrPaidIssues(cost, ctx, 'housing cost'))
  // A cost is taken off the person's income, so a fraction of a penny rounds up, in their favour (regulation 11).
  .transform((cost) => ({
    ...cost,
    weeklyPence: cost.weeklyPence ?? weeklyFrom(cost.amountPence ?? 0, cost.per ?? 'week', 'up'),
  }))

/** Help with housing costs as it is paid, when not given weekly. */
const PaidSchema = (label: string) =>
  z.strictObject({ amountPence: penceField(label), per: PeriodSchema }, { error: `${label} needs amountPence and per` })

export const HousingSchema = z
  .strictObject({
    costs: z
      .array(HousingCostSchema, { error: 'Housing costs must be a list (an empty list if there are none)' })
      .max(50)
      .default([]),
    housingBenefitWeeklyPence: penceField('Housing benefit').default(0),
    /** Housing benefit as it is paid (every 2 or 4 weeks, say), instead of `housingBenefitWeeklyPence`. */
    housingBenefit: PaidSchema('Housing benefit').optional(),
    councilTaxReductionWeeklyPence: penceField('Council tax reduction').default(0),
    /** Council tax reduction as the bill gives it (a year, say), instead of `councilTaxReductionWeeklyPence`. */
    councilTaxReduction: PaidSchema('Council tax reduction').optional(),
  })
  .superRefine((housing, ctx) => {
    for (const [paid, weekly] of [
      ['housingBenefit', 'housingBenefitWeeklyPence'],
      ['councilTaxReduction', 'councilTaxReductionWeeklyPence'],
    ] as const) {
      if (housing[paid] !== undefined && housing[weekly] > 0)
        ctx.addIssue({
          code: 'custom',
          path: [paid],
          message: `Give either ${weekly} or ${paid} (the amount and how often it is paid), not both`,
        })
    }
    const weekly = weeklyHousingHelp(housing)
    const total = (kinds: readonly string[]) =>
      housing.costs.filter((c) => kinds.includes(c.kind)).reduce((sum, c) => sum + c.weeklyPence, 0)
    // Netting off more help than there are costs would hide a data error as a smaller deduction.
    if (weekly.housingBenefitPence > total(RENT_LIKE_COSTS)) {
      ctx.addIssue({
        code: 'custom',
        path: [housing.housingBenefit ? 'housingBenefit' : 'housingBenefitWeeklyPence'],
        message:
          'Housing benefit is more than the rent, service charges and ground rent entered: enter the rent before housing benefit, or 0 housing benefit if the rent entered is what the person pays',
      })
    }
    if (weekly.councilTaxReductionPence > total(['council-tax'])) {
      ctx.addIssue({
        code: 'custom',
        path: [housing.councilTaxReduction ? 'councilTaxReduction' : 'councilTaxReductionWeeklyPence'],
        message:
          'Council tax reduction is more than the council tax entered: enter council tax before the reduction, or 0 reduction if the council tax entered is what the person pays',
      })
    }
    housing.costs.forEach((cost, index) => {
      if (cost.kind === 'other' && cost.label === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['costs', index, 'label'],
          message: 'Describe other housing costs (label), so the explanation can name them',
        })
      }
    })
  })
export type Housing = z.infer<typeof HousingSchema>

type Paid = { amountPence: number; per: z.infer<typeof PeriodSchema> }

/**
 * Housing benefit and council tax reduction as weekly amounts under regulation 11: help reduces what is taken off the
 * person's income, so its fraction of a penny is left out, in their favour. (Each cost is made weekly as it is
 * parsed, rounded up, by `HousingCostSchema`.)
 */
export function weeklyHousingHelp(housing: {
  housingBenefitWeeklyPence: number
  housingBenefit?: Paid | undefined
  councilTaxReductionWeeklyPence: number
  councilTaxReduction?: Paid | undefined
}) {
  const helpOf = (weekly: number, paid: Paid | undefined) =>
    paid ? weeklyFrom(paid.amountPence, paid.per, 'down') : weekly
  return {
    housingBenefitPence: helpOf(housing.housingBenefitWeeklyPence, housing.housingBenefit),
    councilTaxReductionPence: helpOf(housing.councilTaxReductionWeeklyPence, housing.councilTaxReduction),
  }
}
