import { z } from 'zod'
import { oneOfField, penceField, PeriodSchema, textField, wholeNumberField } from './fields.js'

export const CostSchema = z.strictObject({
  amountPence: penceField('Cost of the service'),
  per: PeriodSchema,
})

const label = textField('Service description').optional()
/** Care Act s14(3): a carer cannot be charged for support provided to the person they care for. */
const providedTo = oneOfField('Who the service is provided to', ['this-person', 'the-person-they-care-for']).default(
  'this-person',
)
const weekOfService = wholeNumberField('Week of the service', 1, 5200)

export const ALWAYS_FREE_KINDS = [
  'mental-health-aftercare-s117',
  'variant-cjd',
  'assessment',
  'support-planning',
  'review',
  'advocacy',
] as const

export const SERVICE_KINDS = [
  'care-and-support',
  'reablement',
  'intermediate-care',
  'aids-and-minor-adaptations',
  ...ALWAYS_FREE_KINDS,
] as const

export const ServiceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('care-and-support'), label, cost: CostSchema, providedTo }),
    z.strictObject({ kind: z.literal('reablement'), label, cost: CostSchema, providedTo, weekOfService }),
    z.strictObject({ kind: z.literal('intermediate-care'), label, cost: CostSchema, providedTo, weekOfService }),
    // An aid or adaptation is a one-off, so it has a one-off cost rather than a weekly one.
    z.strictObject({
      kind: z.literal('aids-and-minor-adaptations'),
      label,
      oneOffCostPence: penceField('Cost of the aid or adaptation'),
      providedTo,
    }),
    z.strictObject({
      kind: z.enum(ALWAYS_FREE_KINDS),
      label,
      cost: CostSchema.default({ amountPence: 0, per: 'week' }),
      providedTo,
    }),
  ],
  { error: `Kind of service must be one of: ${SERVICE_KINDS.map((kind) => `"${kind}"`).join(', ')}` },
)
export type Service = z.infer<typeof ServiceSchema>
export type ServiceInput = z.input<typeof ServiceSchema>
