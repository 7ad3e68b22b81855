import { PlanRecordSchema } from '@open-sds/support-planning'
import { z } from 'zod'
import { dateSchema, penceSchema, textSchema } from './amounts.js'

/**
 * Who receives the payments (Care Act 2014 ss31 and 32): the adult; a person the adult (with capacity) nominates, who
 * must agree; or, for an adult who lacks capacity to ask, an authorised person: an attorney, a deputy or someone the
 * council approves, with the agreement of any attorney or deputy.
 */
export const RecipientSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('the-person'), name: textSchema('The name of the person receiving the payments') }),
  z.strictObject({
    role: z.literal('nominated-person'),
    name: textSchema('The nominated person’s name'),
    agreedToReceive: z.literal(true, {
      error: 'The nominated person must agree to receive the payments (Care Act 2014, section 31)',
    }),
  }),
  z.strictObject({
    role: z.literal('authorised-person'),
    name: textSchema('The authorised person’s name'),
    authority: z.enum(['lasting-power-of-attorney', 'court-appointed-deputy', 'approved-by-the-council']),
  }),
])
export type Recipient = z.infer<typeof RecipientSchema>

/** How the money is held: each type takes its share of the plan's personal budget (support-planning's funding). */
export const AccountSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('own-bank-account') }),
  z.strictObject({ type: z.literal('prepaid-card') }),
  z.strictObject({ type: z.literal('managed-account'), provider: textSchema('The managed-account provider') }),
  z.strictObject({ type: z.literal('individual-service-fund'), provider: textSchema('The provider holding the fund') }),
])
export type Account = z.infer<typeof AccountSchema>

export const OneOffPaymentSchema = z.strictObject({
  date: dateSchema('The date of the one-off payment'),
  pence: penceSchema('The one-off payment'),
  description: textSchema('What the one-off payment is for', 500),
})
export type OneOffPayment = z.infer<typeof OneOffPaymentSchema>

export const AgreementInputSchema = z.strictObject({
  id: textSchema('The agreement id', 100),
  planRecord: PlanRecordSchema,
  recipient: RecipientSchema,
  account: AccountSchema,
  /** Net: the assessed charge is taken off and the person pays it into the account; gross: paid in full, charge invoiced. */
  basis: z.enum(['net', 'gross']),
  assessedWeeklyChargePence: penceSchema('The assessed weekly charge'),
  startDate: dateSchema('The start date'),
  endDate: dateSchema('The end date').optional(),
  employsPersonalAssistants: z.boolean().default(false),
  oneOffPayments: z.array(OneOffPaymentSchema).default([]),
  /** Today, when the caller knows it: the start date may then be no more than six months ahead (date-bounds.ts). */
  today: dateSchema('Today').optional(),
})
export type AgreementInput = z.input<typeof AgreementInputSchema>
