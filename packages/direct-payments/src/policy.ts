import { parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { dateSchema, penceSchema, textSchema } from './amounts.js'

const wholeWeeks = (label: string, min: number, max: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be a number`) })
    .int({ error: `${label} must be a whole number of weeks` })
    .min(min, { error: `${label} must be from ${String(min)} to ${String(max)} weeks` })
    .max(max, { error: `${label} must be from ${String(min)} to ${String(max)} weeks` })

/**
 * A sum a council adds to every direct payment (or only to those of people who employ personal assistants), such as
 * Shropshire's £61 a year for employer's liability insurance. A weekly allowance is added to each week's payment; a
 * yearly one is paid as a one-off on the first day of the agreement and on each anniversary.
 */
export const AllowanceSchema = z.strictObject({
  id: textSchema('Allowance id', 100),
  label: textSchema('Allowance name'),
  pence: penceSchema('Allowance amount'),
  per: z.enum(['week', 'year']),
  onlyForPersonalAssistantEmployers: z.boolean().default(true),
})
export type Allowance = z.infer<typeof AllowanceSchema>

/** How the council's prepaid-card provider writes a statement file: which columns hold what, and how dates look. */
export const CardStatementFormatSchema = z.strictObject({
  name: textSchema('Statement format name'),
  dateColumn: textSchema('Date column'),
  dateFormat: z.enum(['YYYY-MM-DD', 'DD/MM/YYYY']),
  descriptionColumn: textSchema('Description column'),
  /** One signed column (spend negative), or money in and money out in two columns. */
  amount: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('signed'), column: textSchema('Amount column') }),
    z.strictObject({
      kind: z.literal('in-and-out'),
      inColumn: textSchema('Money in column'),
      outColumn: textSchema('Money out column'),
    }),
  ]),
  balanceColumn: textSchema('Balance column').optional(),
})
export type CardStatementFormat = z.infer<typeof CardStatementFormatSchema>

/** The default statement format: an ISO date, a description, one signed amount and the balance after it. */
export const DEFAULT_CARD_STATEMENT_FORMAT: CardStatementFormat = {
  name: 'Open SDS card statement',
  dateColumn: 'Date',
  dateFormat: 'YYYY-MM-DD',
  descriptionColumn: 'Description',
  amount: { kind: 'signed', column: 'Amount' },
  balanceColumn: 'Balance',
}

/**
 * A council's direct-payment policy. Every field has a default, so `{}` is the default policy:
 * - paid four-weekly in advance (common council practice, though not a national rule), on a cycle counted from
 *   `cycleStart` (a Monday), so every agreement is paid on the same run;
 * - a contingency of 4 weeks of the payment may be held (Haringey and Sefton expect 4 to 8 weeks in credit), and a
 *   balance above 8 weeks is a surplus to act on (St Helens reclaims a surplus over 8 weeks);
 * - returns every quarter (Haringey, Sefton, St Helens for own bank accounts), due within 28 days of the period's end
 *   (Haringey asks for paperwork within 28 days);
 * - no allowances; the default prepaid-card statement format.
 */
export const DirectPaymentPolicySchema = z
  .strictObject({
    frequency: z.enum(['weekly', 'four-weekly', 'monthly']).default('four-weekly'),
    timing: z.enum(['in-advance', 'in-arrears']).default('in-advance'),
    cycleStart: dateSchema('The first day of the payment cycle').default('2024-04-01'),
    contingencyWeeks: wholeWeeks('The contingency', 0, 26).default(4),
    surplusThresholdWeeks: wholeWeeks('The surplus threshold', 1, 52).default(8),
    returnFrequency: z.enum(['monthly', 'quarterly', 'six-monthly', 'yearly']).default('quarterly'),
    returnDueWithinDays: z
      .number({
        error: (issue) =>
          issue.input === undefined ? 'Days to send a return is required' : 'Days to send a return must be a number',
      })
      .int({ error: 'Days to send a return must be a whole number from 1 to 90' })
      .min(1, { error: 'Days to send a return must be a whole number from 1 to 90' })
      .max(90, { error: 'Days to send a return must be a whole number from 1 to 90' })
      .default(28),
    allowances: z.array(AllowanceSchema).default([]),
    cardStatementFormat: CardStatementFormatSchema.default(DEFAULT_CARD_STATEMENT_FORMAT),
  })
  .refine((policy) => policy.surplusThresholdWeeks >= policy.contingencyWeeks, {
    path: ['surplusThresholdWeeks'],
    error:
      'The surplus threshold must be at least the contingency: a balance within the contingency is never a surplus',
  })
export type DirectPaymentPolicy = z.infer<typeof DirectPaymentPolicySchema>
export type DirectPaymentPolicyInput = z.input<typeof DirectPaymentPolicySchema>

/** A council's policy checked, with every field it leaves out taken from the default. */
export const directPaymentPolicy = (input: unknown = {}): Result<DirectPaymentPolicy> =>
  parse(DirectPaymentPolicySchema, input)

/** The default policy (four-weekly in advance, 4 weeks' contingency, surplus above 8 weeks, quarterly returns). */
export const DEFAULT_DIRECT_PAYMENT_POLICY: DirectPaymentPolicy = DirectPaymentPolicySchema.parse({})

/** Words for the policy's codes. */
export const frequencyWords: Record<DirectPaymentPolicy['frequency'], string> = {
  weekly: 'every week',
  'four-weekly': 'every four weeks',
  monthly: 'every calendar month',
}
