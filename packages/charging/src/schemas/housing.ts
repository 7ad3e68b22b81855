import { z } from 'zod'
import { oneOfField, penceField, textField } from './fields.js'

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

export const HousingCostSchema = z.strictObject({
  kind: oneOfField('Kind of housing cost', HOUSING_COST_KINDS),
  label: textField('Housing cost description').optional(),
  weeklyPence: penceField('Weekly housing cost'),
})

export const HousingSchema = z
  .strictObject({
    costs: z
      .array(HousingCostSchema, { error: 'Housing costs must be a list (an empty list if there are none)' })
      .max(50)
      .default([]),
    housingBenefitWeeklyPence: penceField('Housing benefit').default(0),
    councilTaxReductionWeeklyPence: penceField('Council tax reduction').default(0),
  })
  .superRefine((housing, ctx) => {
    const total = (kinds: readonly string[]) =>
      housing.costs.filter((c) => kinds.includes(c.kind)).reduce((sum, c) => sum + c.weeklyPence, 0)
    // Netting off more help than there are costs would hide a data error as a smaller deduction.
    if (housing.housingBenefitWeeklyPence > total(RENT_LIKE_COSTS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['housingBenefitWeeklyPence'],
        message:
          'Housing benefit is more than the rent, service charges and ground rent entered: enter the rent before housing benefit, or 0 housing benefit if the rent entered is what the person pays',
      })
    }
    if (housing.councilTaxReductionWeeklyPence > total(['council-tax'])) {
      ctx.addIssue({
        code: 'custom',
        path: ['councilTaxReductionWeeklyPence'],
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
