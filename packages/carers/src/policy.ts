import {
  QuestionnaireDefinitionSchema,
  validateDefinition,
  type QuestionnaireDefinition,
} from '@open-sds/questionnaire'
import { z } from 'zod'
import { CarersAllocationSchema, DEFAULT_CARERS_ALLOCATION, type CarersAllocation } from './allocation.js'
import { CarersChargingSchema, DEFAULT_CARERS_CHARGING, type CarersCharging } from './charging.js'
import { DEFAULT_CARER_SELF_ASSESSMENT } from './self-assessment.js'

/**
 * A council's carers' policy: its carer's self-assessment questionnaire (the national default if left out), its carers'
 * allocation tables (each from its effective date; the default if left out) and whether it charges carers (by default
 * not). Checked when the plugin is validated, so a bad one stops the start naming the field.
 */
export const CarersPolicySchema = z
  .strictObject({
    selfAssessment: QuestionnaireDefinitionSchema.default(DEFAULT_CARER_SELF_ASSESSMENT),
    allocations: z
      .array(CarersAllocationSchema)
      .min(1, { error: 'Give at least one carers’ allocation table' })
      .default([DEFAULT_CARERS_ALLOCATION]),
    charging: CarersChargingSchema.default(DEFAULT_CARERS_CHARGING),
  })
  .superRefine((policy, context) => {
    const checked = validateDefinition(policy.selfAssessment)
    if (!checked.ok)
      for (const issue of checked.errors)
        context.addIssue({
          code: 'custom',
          path: ['selfAssessment', ...issue.path.split('.').filter((part) => part !== '')],
          message: issue.message,
        })
    const dates = new Set<string>()
    policy.allocations.forEach((table, index) => {
      if (dates.has(table.effectiveFrom))
        context.addIssue({
          code: 'custom',
          path: ['allocations', index, 'effectiveFrom'],
          message: 'Two allocation tables take effect on the same day',
        })
      dates.add(table.effectiveFrom)
    })
  })
export type CarersPolicy = {
  selfAssessment: QuestionnaireDefinition
  allocations: CarersAllocation[]
  charging: CarersCharging
}
export type CarersPolicyInput = z.input<typeof CarersPolicySchema>

export const DEFAULT_CARERS_POLICY: CarersPolicy = {
  selfAssessment: DEFAULT_CARER_SELF_ASSESSMENT,
  allocations: [DEFAULT_CARERS_ALLOCATION],
  charging: DEFAULT_CARERS_CHARGING,
}
