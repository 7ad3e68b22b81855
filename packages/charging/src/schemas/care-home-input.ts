import { z } from 'zod'
import { CapitalSchema } from './capital.js'
import { DreSchema } from './dre.js'
import { flagField, oneOfField, penceField, textField, wholeNumberField } from './fields.js'
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
      /** The week of the permanent stay the charge is for: the main home is disregarded in weeks 1 to 12. */
      weekOfStay: wholeNumberField('Week of the permanent stay', 1, 5200),
      /** The week of council-funded care (0 if the council is not funding): care benefits stop after week 4. */
      weekOfCouncilFunding: wholeNumberField('Week of council-funded care', 0, 5200),
      /**
       * An earlier permanent stay that ended: if it ended less than 52 weeks before this one began, only the unused
       * balance of the 12-week property disregard applies (Sch 2 para 2(2)); after a longer gap, a new 12 weeks (para 2(3)).
       */
      earlierStay: z
        .strictObject({
          disregardWeeksUsed: wholeNumberField(
            'Weeks of the 12-week property disregard used in the earlier stay',
            0,
            12,
          ),
          weeksBetweenStays: wholeNumberField(
            'Weeks between the end of the earlier stay and the start of this one',
            0,
            5200,
          ),
        })
        .optional(),
    }),
    z.strictObject({
      kind: z.literal('short-term'),
      plannedWeeks: wholeNumberField(
        'Planned length of the short-term stay in weeks',
        1,
        8,
        'a short-term stay is up to 8 weeks; assess a longer one as temporary or permanent',
      ),
    }),
    z.strictObject({
      kind: z.literal('temporary'),
      /** Why the home is kept (Sch 2 para 1): the person intends to return to it, or is selling it to buy another. */
      homeKeptBecause: oneOfField('Why the home is kept', ['intends-to-return', 'selling-to-buy-another']),
    }),
  ],
  { error: 'Kind of stay must be "permanent", "short-term" (up to 8 weeks) or "temporary"' },
)
export type Stay = z.infer<typeof StaySchema>

/** NHS-funded nursing care: paid by the integrated care board straight to the home, so it is not part of the fee the council charges for. */
export const NursingCareSchema = z.strictObject({
  band: oneOfField('NHS-funded nursing care band', ['standard', 'higher']),
  /** The weekly amount the NHS pays, if the council has it; otherwise the year's national rate is used. */
  weeklyPence: penceField('NHS-funded nursing care a week').optional(),
})

/** Who may pay a top-up for accommodation costing more than the personal budget allows (Choice of Accommodation Regulations 2014). */
export const TopUpSchema = z.strictObject({
  weeklyPence: penceField('Top-up a week'),
  paidBy: oneOfField('Who pays the top-up', ['third-party', 'resident']),
  /** Who pays it: a relative, a friend or a charity for a third-party top-up; the resident for a first-party one. */
  payer: textField('Who pays the top-up'),
  /** The council arranges every top-up under a written agreement (amount, frequency, review, what happens if payments stop). */
  writtenAgreement: z.literal(true, {
    error:
      'A top-up needs a written agreement with the council (writtenAgreement: true): the Choice of Accommodation Regulations 2014 require one',
  }),
})

const careHomeExtras = {
  /** The placement; its cost is the weekly fee the council pays (including any NHS-funded nursing care, which is taken off). */
  placement: ServiceSchema,
  nursingCare: NursingCareSchema.optional(),
  topUp: TopUpSchema.optional(),
  /** Whether the resident has a deferred payment agreement in force (a first-party top-up is then added to the deferred amount). */
  deferredPaymentAgreement: flagField('Whether the resident has a deferred payment agreement').default(false),
}

export const FullCareHomeInputSchema = z
  .strictObject({
    route: z.literal('full'),
    person: PersonSchema,
    stay: StaySchema,
    capital: CapitalSchema.default([]),
    income: IncomeSchema,
    /** For a short-term stay assessed as if at home, and the costs of keeping the home for a temporary resident. */
    housing: HousingSchema.optional(),
    /** Only for a short-term stay assessed as if at home (reg 8). */
    dre: DreSchema.optional(),
    ...careHomeExtras,
  })
  .superRefine((input, ctx) => {
    // Silently dropping costs someone entered would hide a misunderstanding, so say why they do not apply.
    if (input.stay.kind === 'permanent') {
      for (const field of ['housing', 'dre'] as const) {
        if (input[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message:
              'Housing costs and disability-related expenditure are allowed only for a short-term or temporary stay; a permanent resident keeps the personal expenses allowance instead',
          })
        }
      }
    }
    if (input.stay.kind === 'temporary' && input.dre !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['dre'],
        message:
          'Disability-related expenditure applies only to a short-term stay assessed as if at home; a temporary resident keeps the personal expenses allowance and the costs of keeping their home',
      })
    }
  })

export const LightTouchCareHomeInputSchema = z.strictObject({
  route: z.literal('light-touch'),
  lightTouch: LightTouchSchema,
  stay: StaySchema,
  ...careHomeExtras,
})

export const CareHomeInputSchema = z.discriminatedUnion(
  'route',
  [FullCareHomeInputSchema, LightTouchCareHomeInputSchema],
  {
    error: 'Route must be "full" (a full financial assessment) or "light-touch" (regulation 10)',
  },
)
export type CareHomeInput = z.infer<typeof CareHomeInputSchema>
export type CareHomeInputInput = z.input<typeof CareHomeInputSchema>
export type FullCareHomeInput = z.infer<typeof FullCareHomeInputSchema>
