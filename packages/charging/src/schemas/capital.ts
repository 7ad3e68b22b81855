import { z } from 'zod'
import { MAX_CAPITAL_PENCE, oneOfField, penceField, percentField, textField } from './fields.js'

export const CAPITAL_KINDS = ['savings', 'investments', 'property', 'main-home', 'other'] as const

export const HOME_OCCUPANTS = ['partner', 'relative-aged-60-or-over', 'disabled-relative'] as const

export const CapitalItemSchema = z.strictObject({
  kind: oneOfField('Kind of capital', CAPITAL_KINDS),
  label: textField('Capital description').optional(),
  /** The value that counts: for property, after anything secured on it and the costs of selling. */
  valuePence: penceField('Capital value', MAX_CAPITAL_PENCE),
  /** The person's share of jointly held capital; equal shares are the usual assumption (reg 24). */
  sharePercent: percentField('Share of the capital', 0, 100, "the person's share of jointly held capital").default(100),
  /** Who else lives in the main home; it stays ignored in a care home while any of them do. */
  occupiedBy: z.array(oneOfField('Who lives in the home', HOME_OCCUPANTS)).default([]),
})
export type CapitalItem = z.infer<typeof CapitalItemSchema>

export const CapitalSchema = z.array(CapitalItemSchema, { error: 'Capital must be a list of items (an empty list if there is none)' }).max(200, {
  error: 'Capital can have at most 200 items',
})
