import { isCalendarDate } from '@open-sds/kernel'
import { z } from 'zod'

/** Ten thousand pounds: above any carer's budget we have seen (most are one-off sums of £200 to £1,000). */
const MAX_CARER_PENCE = 1_000_000

/** Whole pence, 0 or more, refused in plain English naming the field. */
export const penceOf = (label: string) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `${label} is required`
          : `${label} must be an amount in pence, such as 25000 for £250.00`,
    })
    .int({ error: `${label} must be a whole number of pence, such as 25000 for £250.00` })
    .min(0, { error: `${label} must be 0 or more` })
    .max(MAX_CARER_PENCE, { error: `${label} must be no more than £10,000.00` })

/** Words a person or practitioner wrote: required, trimmed, and no longer than `max`. */
export const wordsOf = (label: string, max = 4_000) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`) })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be ${max.toLocaleString('en-GB')} characters or fewer` })

export const dayOf = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .refine(isCalendarDate, { error: `${label} must be a real date written YYYY-MM-DD, such as 2026-04-06` })
