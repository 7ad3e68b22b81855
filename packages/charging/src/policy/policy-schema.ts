import { z } from 'zod'
import { RateOverridesSchema } from '../rates/rate-overrides.js'
import {
  flagField,
  MAX_CAPITAL_PENCE,
  oneOfField,
  penceField,
  percentField,
  textField,
  wholeNumberField,
} from '../schemas/fields.js'
import { RULES_VERSION } from '../version.js'
import type { PolicyFunction } from './policy-function.js'

export const StandardDreSchema = z.strictObject({
  weeklyPence: penceField('Standard disability-related expenditure allowance'),
  /** What the allowance is meant to cover, shown to the person so they can judge whether to ask for an itemised assessment. */
  covers: z
    .array(textField('What the standard allowance covers'))
    .min(1, { error: 'Say what the standard allowance covers' })
    .max(30),
  appliesTo: oneOfField('Who gets the standard allowance', ['everyone', 'people-receiving-disability-benefits']),
})
export type StandardDre = z.infer<typeof StandardDreSchema>

const generous = 'a council may be more generous than the national rules, never less'

/** The data part of a council's charging policy: what a plugin supplies, and what JSON Schema describes. */
export const CouncilPolicyDataSchema = z
  .strictObject({
    name: textField('Policy name'),
    version: textField('Policy version', 50),
    /** The share of the remainder (income above the allowances) the council takes, e.g. Liverpool 90. */
    taperPercent: percentField('Taper', 0, 100, `the share of the remainder the council takes; ${generous}`).default(
      100,
    ),
    standardDre: StandardDreSchema.nullable().default(null),
    migUplift: z
      .strictObject({
        percent: percentField(
          'MIG uplift percent',
          0,
          1000,
          `a council may set a higher minimum income guarantee, never a lower one`,
        ).default(0),
        weeklyPence: penceField('MIG uplift per week').default(0),
      })
      .default({ percent: 0, weeklyPence: 0 }),
    /** Higher capital limits for care outside a care home; never lower than the national ones for the year. */
    nonResidentialCapitalLimits: z
      .strictObject({
        upperPence: penceField('Non-residential upper capital limit', MAX_CAPITAL_PENCE).optional(),
        lowerPence: penceField('Non-residential lower capital limit', MAX_CAPITAL_PENCE).optional(),
      })
      .default({}),
    /** Non-residential charges below this are not collected (Reading: £1.25 a week). */
    minimumChargeWeeklyPence: penceField('Minimum charge').default(0),
    /** Ignore war widow's and widower's pensions in full rather than only their first £10 (War Pension Scheme payments are ignored in full anyway). */
    disregardWarPensionsInFull: flagField('Whether war pensions are ignored in full').default(false),
    /** Ignore Savings Credit in full rather than only up to the year's disregard (which applies in every setting). */
    disregardSavingsCreditInFull: flagField('Whether Savings Credit is ignored in full').default(false),
    /**
     * Regulation 8: how a short-term care home resident (up to 8 weeks) is charged. The council may assess them as
     * if they were receiving care at home (the MIG and housing costs), or as a temporary resident (the personal
     * expenses allowance, with the home disregarded and the costs of keeping it allowed).
     */
    shortTermResidents: oneOfField('How short-term residents are charged', [
      'as-if-at-home',
      'as-temporary-resident',
    ]).default('as-if-at-home'),
    rateOverrides: RateOverridesSchema,
    /**
     * How many working days the council takes to work a charge out by hand when the engine cannot (a rate not yet
     * published, no cost of care): the person is told this when their answers are sent. Ten when not set.
     */
    chargeByHandWorkingDays: wholeNumberField('Working days to work out a charge by hand', 1, 60).optional(),
  })
  .superRefine((policy, ctx) => {
    const { upperPence, lowerPence } = policy.nonResidentialCapitalLimits
    if (upperPence !== undefined && lowerPence !== undefined && upperPence < lowerPence) {
      ctx.addIssue({
        code: 'custom',
        path: ['nonResidentialCapitalLimits', 'upperPence'],
        message: 'The non-residential upper capital limit is below the lower capital limit',
      })
    }
  })

export const CouncilPolicySchema = CouncilPolicyDataSchema.safeExtend({
  policyFunction: z
    .custom<PolicyFunction>((value) => typeof value === 'function', { error: 'policyFunction must be a function' })
    .optional(),
})
export type CouncilPolicy = z.infer<typeof CouncilPolicySchema>
export type CouncilPolicyInput = z.input<typeof CouncilPolicySchema>

/** What the person is told about when a charge worked out by hand will be ready: "within 10 working days". */
export function chargeByHandWithin(policy: Pick<CouncilPolicy, 'chargeByHandWorkingDays'>): string {
  const days = policy.chargeByHandWorkingDays ?? 10
  return `within ${days} working ${days === 1 ? 'day' : 'days'}`
}

/** The charging rules with no council choices: take all of the remainder, no standard DRE, no minimum charge. */
export const nationalDefaultPolicy: CouncilPolicy = {
  name: 'National charging rules (no council policy)',
  version: RULES_VERSION,
  taperPercent: 100,
  standardDre: null,
  migUplift: { percent: 0, weeklyPence: 0 },
  nonResidentialCapitalLimits: {},
  minimumChargeWeeklyPence: 0,
  disregardWarPensionsInFull: false,
  disregardSavingsCreditInFull: false,
  shortTermResidents: 'as-if-at-home',
  rateOverrides: {},
}
