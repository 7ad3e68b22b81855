import { z } from 'zod'
import { penceField, PeriodSchema, textField } from './fields.js'

export const DreItemSchema = z.strictObject({
  label: textField('Disability-related cost'),
  amountPence: penceField('Disability-related cost amount'),
  per: PeriodSchema,
})

/** Disability-related expenditure: the council's standard allowance, an itemised list, or none claimed. */
export const DreSchema = z.discriminatedUnion(
  'basis',
  [
    z.strictObject({ basis: z.literal('none') }),
    z.strictObject({ basis: z.literal('standard') }),
    z.strictObject({
      basis: z.literal('itemised'),
      items: z.array(DreItemSchema).min(1, { error: 'An itemised assessment needs at least one cost' }).max(100),
    }),
  ],
  { error: 'Disability-related expenditure basis must be "none", "standard" (the council\'s allowance) or "itemised"' },
)
export type Dre = z.infer<typeof DreSchema>
