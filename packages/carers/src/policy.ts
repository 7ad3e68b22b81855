import {
  QuestionnaireDefinitionSchema,
  validateDefinition,
  type QuestionnaireDefinition,
} from '@open-sds/questionnaire'
import { z } from 'zod'
import { CarersAllocationSchema, DEFAULT_CARERS_ALLOCATION, type CarersAllocation } from './allocation.js'
import { CarersChargingSchema, DEFAULT_CARERS_CHARGING, type CarersCharging } from './charging.js'
import { DEFAULT_CARER_SELF_ASSESSMENT } from './self-assessment.js'

/** The Client Level Data bands of hours caring a week (Total_Hrs_Caring_per_week). */
export const HOURS_CARING_BANDS = ['0-19', '20-34', '35-49', '50-plus'] as const
export type HoursCaringBandCode = (typeof HOURS_CARING_BANDS)[number]

/**
 * Where the council's own self-assessment asks how many hours the carer cares a week, for the statutory returns: the
 * question's id and, when it offers choices rather than a number, the band each choice's value falls in. The default
 * is the national questionnaire's number question `hours-caring`.
 */
export const HoursCaringMappingSchema = z.strictObject({
  questionId: z.string().trim().min(1, { error: 'Give the id of the question that asks the hours caring a week' }),
  answers: z
    .record(
      z.string(),
      z.enum(HOURS_CARING_BANDS, { error: `Each answer's band must be one of ${HOURS_CARING_BANDS.join(', ')}` }),
    )
    .default({}),
})
export type HoursCaringMapping = z.infer<typeof HoursCaringMappingSchema>
export const DEFAULT_HOURS_CARING: HoursCaringMapping = { questionId: 'hours-caring', answers: {} }

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
    hoursCaring: HoursCaringMappingSchema.optional(),
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
    // A mapping given must name a question the self-assessment asks; left out, the national `hours-caring` is read.
    const mapping = policy.hoursCaring
    if (
      mapping !== undefined &&
      !policy.selfAssessment.sections.some((section) => section.questions.some((q) => q.id === mapping.questionId))
    )
      context.addIssue({
        code: 'custom',
        path: ['hoursCaring', 'questionId'],
        message: `The self-assessment has no question "${mapping.questionId}" for the hours caring a week`,
      })
  })
export type CarersPolicy = {
  selfAssessment: QuestionnaireDefinition
  allocations: CarersAllocation[]
  charging: CarersCharging
  /** Where the self-assessment asks the hours caring a week; left out, the national question `hours-caring`. */
  hoursCaring?: HoursCaringMapping
}
export type CarersPolicyInput = z.input<typeof CarersPolicySchema>

export const DEFAULT_CARERS_POLICY: CarersPolicy = {
  selfAssessment: DEFAULT_CARER_SELF_ASSESSMENT,
  allocations: [DEFAULT_CARERS_ALLOCATION],
  charging: DEFAULT_CARERS_CHARGING,
}
