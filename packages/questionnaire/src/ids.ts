import { isCalendarDate } from '@open-sds/kernel'
import { z } from 'zod'

// Ids become form field names, HTML ids and segments of dotted error paths, so no dots, spaces or punctuation.
const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/
const OPTION_VALUE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

export const IdSchema = z.string().regex(ID_PATTERN, {
  error:
    'Id must start with a letter and use only letters, digits, hyphens and underscores, for example "help-with-meals"',
})

export const OptionValueSchema = z.string().regex(OPTION_VALUE_PATTERN, {
  error: 'Option value must use only letters, digits, hyphens and underscores, for example "every-day"',
})

/** A calendar date written as YYYY-MM-DD (a real date: 2023-02-29 is refused). */
export const IsoDateSchema = z.iso.date({
  error: 'Date must be a real date written as YYYY-MM-DD, for example 2025-04-01',
})

/** Whether text is a real date written YYYY-MM-DD. */
export const isIsoDate = (value: string): boolean => isCalendarDate(value)
