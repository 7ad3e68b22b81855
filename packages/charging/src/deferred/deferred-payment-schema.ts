import { z } from 'zod'
import { MAX_CAPITAL_PENCE, penceField, textField } from '../schemas/fields.js'

const isoDate = (label: string) =>
  z
    .string({ error: `${label} must be a date written YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} must be a date written YYYY-MM-DD` })

/** A percentage to three decimal places (gilt rates are published as, for example, 4.265%). */
const ratePercent = (label: string) =>
  z
    .number({ error: `${label} must be a number (a percentage, for example 4.27)` })
    .min(0, { error: `${label} must be 0 or more` })
    .max(25, { error: `${label} must be 25 percent or less: check it is a percentage` })
    .refine((value) => Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-6, {
      error: `${label} can have at most three decimal places`,
    })

/**
 * The interest rate for one half-year (from 1 January or 1 July): the relevant rate is the weighted average interest
 * rate on conventional gilts in the most recent OBR Economic and Fiscal Outlook published before the half-year; the
 * council may charge up to that plus 0.15% (Deferred Payment Regulations 2014, reg 9).
 */
export const InterestPeriodSchema = z.strictObject({
  from: isoDate('The first day of the interest period'),
  giltRatePercent: ratePercent('The weighted average interest rate on conventional gilts'),
  /** What the council charges; the national maximum (gilt rate + 0.15%) when not given. */
  councilRatePercent: ratePercent("The council's interest rate").optional(),
  source: textField('Where the gilt rate comes from (for example "OBR EFO March 2026, table 4.1")', 300),
})

/** A one-off administration cost the council charges, at no more than its cost (set-up, legal, Land Registry, valuation, ending). */
export const AdminCostSchema = z.strictObject({
  label: textField('Administration cost'),
  pence: penceField('Administration cost amount', MAX_CAPITAL_PENCE),
  on: isoDate('The date the administration cost is charged'),
})

export const DeferredPaymentInputSchema = z.strictObject({
  /** The value of the person's interest in the home: after anything secured on it ahead of the council's charge. */
  propertyValuePence: penceField('Value of the home', MAX_CAPITAL_PENCE),
  /** Capital other than the home, as counted in the financial assessment: an agreement must be offered at or below the upper limit. */
  otherCapitalPence: penceField('Capital other than the home', MAX_CAPITAL_PENCE),
  /** The weekly fee the council pays the home (its usual rate for the care), less any NHS-funded nursing care. */
  weeklyFeePence: penceField('Weekly care home fee'),
  /** Assessable weekly income from the financial assessment (income counted plus tariff income from other capital). */
  weeklyIncomePence: penceField('Assessable weekly income'),
  /** How much of their income the person chooses to keep, up to the disposable income allowance; all of it when not given. */
  disposableIncomeKeptPence: penceField('Income the person keeps').optional(),
  /** A first-party top-up, which under an agreement is added to the amount deferred. */
  topUpWeeklyPence: penceField('Top-up a week').default(0),
  agreementStart: isoDate('The date the agreement started'),
  interestPeriods: z.array(InterestPeriodSchema).max(400).default([]),
  /** Whether the person pays the interest as it falls due instead of adding it to the amount deferred. */
  paysInterestSeparately: z
    .boolean({ error: 'Whether the interest is paid separately must be true or false' })
    .default(false),
  adminCosts: z.array(AdminCostSchema).max(400).default([]),
  /** A yearly administration charge, added on each anniversary of the agreement (Reading 2024-25: £281.90). */
  annualAdminPence: penceField('Yearly administration charge').default(0),
})
export type DeferredPaymentInput = z.infer<typeof DeferredPaymentInputSchema>
export type DeferredPaymentInputInput = z.input<typeof DeferredPaymentInputSchema>
