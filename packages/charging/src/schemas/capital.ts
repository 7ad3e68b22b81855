import { z } from 'zod'
import { MAX_CAPITAL_PENCE, oneOfField, penceField, percentField, textField, wholeNumberField } from './fields.js'

export const CAPITAL_KINDS = ['savings', 'investments', 'property', 'main-home', 'other'] as const

/**
 * People whose living in the main home keeps it disregarded for a care home resident (Sch 2 para 4): a partner; a
 * former partner, unless estranged or divorced; an estranged or divorced partner who is a lone parent; a relative or member of the family aged 60 or over, or
 * incapacitated; a child of the resident under 18. `disabled-relative` is the earlier name for an incapacitated relative.
 */
export const HOME_OCCUPANTS = [
  'partner',
  'former-partner-not-estranged',
  'estranged-or-divorced-partner-who-is-a-lone-parent',
  'relative-aged-60-or-over',
  'incapacitated-relative',
  'disabled-relative',
  'child-under-18',
] as const

export const CapitalItemSchema = z
  .strictObject({
    kind: oneOfField('Kind of capital', CAPITAL_KINDS),
    label: textField('Capital description').optional(),
    /** The value that counts: for property, after anything secured on it and the costs of selling. */
    valuePence: penceField('Capital value', MAX_CAPITAL_PENCE),
    /** The person's share of jointly held capital; equal shares are the usual assumption (reg 24). */
    sharePercent: percentField('Share of the capital', 0, 100, "the person's share of jointly held capital").default(
      100,
    ),
    /** Who else lives in the main home as their main or only home; it stays disregarded in a care home while any of them do. */
    occupiedBy: z.array(oneOfField('Who lives in the home', HOME_OCCUPANTS)).max(10).default([]),
    /** The council uses its discretion to disregard the home for someone else living there (Sch 2 para 4), with its reason. */
    councilDiscretion: z
      .strictObject({
        occupant: textField('Who lives in the home (council discretion)'),
        reason: textField("The council's reason for disregarding the home", 1000),
      })
      .optional(),
    /**
     * A qualifying occupant left unexpectedly (died or moved into a care home) and nobody else keeps the home
     * disregarded: it is disregarded for a further 12 weeks. The week count starts at 1 in the week they left.
     */
    occupantLeftUnexpectedly: z
      .strictObject({ weekSinceLeaving: wholeNumberField('Week since the occupant left', 1, 5200) })
      .optional(),
  })
  .superRefine((item, ctx) => {
    if (item.kind === 'main-home') return
    for (const field of ['councilDiscretion', 'occupantLeftUnexpectedly'] as const) {
      if (item[field] !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'This applies only to the main home (kind "main-home")',
        })
    }
    if (item.occupiedBy.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['occupiedBy'],
        message: 'Who lives in the home applies only to the main home (kind "main-home")',
      })
  })
export type CapitalItem = z.infer<typeof CapitalItemSchema>

export const CapitalSchema = z
  .array(CapitalItemSchema, { error: 'Capital must be a list of items (an empty list if there is none)' })
  .max(200, {
    error: 'Capital can have at most 200 items',
  })
