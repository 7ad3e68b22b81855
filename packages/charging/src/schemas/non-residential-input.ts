import { z } from 'zod'
import { CapitalSchema } from './capital.js'
import { DreSchema } from './dre.js'
import { flagField } from './fields.js'
import { HousingSchema } from './housing.js'
import { IncomeSchema } from './income.js'
import { LightTouchSchema } from './light-touch.js'
import { PersonSchema } from './person.js'
import { ServiceSchema } from './service.js'

export const ServicesSchema = z
  .array(ServiceSchema, { error: 'Services must be a list of the care and support being charged for' })
  .min(1, { error: 'Give at least one service: the charge can never exceed the cost of care, so the cost is needed' })
  .max(50, { error: 'At most 50 services can be assessed together' })

/** Everything a full non-residential assessment needs (home care, day services, direct payments, supported living). */
export const FullNonResidentialInputSchema = z.strictObject({
  route: z.literal('full'),
  person: PersonSchema,
  capital: CapitalSchema.default([]),
  income: IncomeSchema,
  housing: HousingSchema.default({ costs: [], housingBenefitWeeklyPence: 0, councilTaxReductionWeeklyPence: 0 }),
  dre: DreSchema.default({ basis: 'none' }),
  /** Needed when a care benefit is paid at the night rate: without night care, the night-care element is ignored. */
  nightCareProvided: flagField('Whether night care is provided').optional(),
  services: ServicesSchema,
})

export const LightTouchNonResidentialInputSchema = z.strictObject({
  route: z.literal('light-touch'),
  lightTouch: LightTouchSchema,
  services: ServicesSchema,
})

export const NonResidentialInputSchema = z.discriminatedUnion(
  'route',
  [FullNonResidentialInputSchema, LightTouchNonResidentialInputSchema],
  {
    error: 'Route must be "full" (a full financial assessment) or "light-touch" (regulation 10)',
  },
)
export type NonResidentialInput = z.infer<typeof NonResidentialInputSchema>
export type NonResidentialInputInput = z.input<typeof NonResidentialInputSchema>
export type FullNonResidentialInput = z.infer<typeof FullNonResidentialInputSchema>
