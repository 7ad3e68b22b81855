import { z } from 'zod'
import { CapitalSchema } from './capital.js'
import { DreSchema } from './dre.js'
import { wholeNumberField } from './fields.js'
import { HousingSchema } from './housing.js'
import { IncomeSchema } from './income.js'
import { LightTouchSchema } from './light-touch.js'
import { PersonSchema } from './person.js'
import { ServiceSchema } from './service.js'

export const StaySchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('permanent'),
      /** The week of the permanent stay the charge is for: the main home is ignored in weeks 1 to 12. */
      weekOfStay: wholeNumberField('Week of the permanent stay', 1, 5200),
      /** The week of council-funded care (0 if the council is not funding): care benefits stop after week 4. */
      weekOfCouncilFunding: wholeNumberField('Week of council-funded care', 0, 5200),
    }),
    z.strictObject({
      kind: z.literal('short-term'),
      plannedWeeks: wholeNumberField('Planned length of the short-term stay in weeks', 1, 8, 'a short-term stay is up to 8 weeks; assess a longer stay as permanent'),
    }),
  ],
  { error: 'Kind of stay must be "permanent" or "short-term" (up to 8 weeks)' },
)
export type Stay = z.infer<typeof StaySchema>

export const FullCareHomeInputSchema = z.strictObject({
  route: z.literal('full'),
  person: PersonSchema,
  stay: StaySchema,
  capital: CapitalSchema.default([]),
  income: IncomeSchema,
  /** Used only for a short-term stay, which is assessed as if the person were at home (reg 8). */
  housing: HousingSchema.optional(),
  dre: DreSchema.optional(),
  /** The care home placement; its cost is the weekly fee the council pays. */
  placement: ServiceSchema,
}).superRefine((input, ctx) => {
  // Silently dropping costs someone entered would hide a misunderstanding, so say why they do not apply.
  if (input.stay.kind !== 'permanent') return
  for (const field of ['housing', 'dre'] as const) {
    if (input[field] !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: 'Housing costs and disability-related expenditure are allowed only for a short-term stay (assessed as if at home); a permanent resident keeps the personal expenses allowance instead',
      })
    }
  }
})

export const LightTouchCareHomeInputSchema = z.strictObject({
  route: z.literal('light-touch'),
  lightTouch: LightTouchSchema,
  stay: StaySchema,
  placement: ServiceSchema,
})

export const CareHomeInputSchema = z.discriminatedUnion('route', [FullCareHomeInputSchema, LightTouchCareHomeInputSchema], {
  error: 'Route must be "full" (a full financial assessment) or "light-touch" (regulation 10)',
})
export type CareHomeInput = z.infer<typeof CareHomeInputSchema>
export type CareHomeInputInput = z.input<typeof CareHomeInputSchema>
export type FullCareHomeInput = z.infer<typeof FullCareHomeInputSchema>
