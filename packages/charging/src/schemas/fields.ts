import { describeValue as describe, formatPence, orList, scaledInteger } from '@open-sds/kernel'
import { z } from 'zod'
import { PERIODS } from '../rounding.js'

/** Upper bounds keep arithmetic exact (far inside Number.MAX_SAFE_INTEGER) and catch figures entered in pounds twice over. */
export const MAX_WEEKLY_PENCE = 10_000_000_00 // £10 million a week
export const MAX_CAPITAL_PENCE = 100_000_000_000_00 // £100 billion

/** An amount of money in whole pence, never negative, with messages that name the field. */
export function penceField(label: string, max = MAX_WEEKLY_PENCE) {
  return z
    .number({
      error: (iss) =>
        iss.input === undefined
          ? `${label} is required, in pence (for example 2690 for £26.90)`
          : `${label} must be a number of pence (for example 2690 for £26.90), not ${describe(iss.input)}`,
    })
    .int({ error: `${label} must be a whole number of pence (for example 2690 for £26.90), not a fraction` })
    .min(0, { error: `${label} must be 0 or more, in pence` })
    .max(max, { error: `${label} is more than ${formatPence(max, { omitZeroPence: true })}: check it is in pence` })
}

export function wholeNumberField(label: string, min: number, max: number, why = '') {
  const range = `${label} must be a whole number from ${min} to ${max}${why ? ` (${why})` : ''}`
  return z
    .number({
      error: (iss) =>
        iss.input === undefined ? `${label} is required` : `${label} must be a number, not ${describe(iss.input)}`,
    })
    .int({ error: range })
    .min(min, { error: range })
    .max(max, { error: range })
}

export function percentField(label: string, min: number, max: number, why: string) {
  const range = `${label} must be from ${min} to ${max} percent: ${why}`
  return (
    z
      .number({
        error: (iss) =>
          iss.input === undefined ? `${label} is required` : `${label} must be a number, not ${describe(iss.input)}`,
      })
      .min(min, { error: range })
      .max(max, { error: range })
      // Two decimal places keep percentage arithmetic exact in whole pence (see rounding.ts).
      .refine((value) => scaledInteger(value, 2) !== undefined, {
        error: `${label} can have at most two decimal places`,
      })
  )
}

export function flagField(label: string) {
  return z.boolean({
    error: (iss) =>
      iss.input === undefined
        ? `${label} is required: true or false`
        : `${label} must be true or false, not ${describe(iss.input)}`,
  })
}

export function textField(label: string, max = 200) {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined ? `${label} is required` : `${label} must be text, not ${describe(iss.input)}`,
    })
    .trim()
    .min(1, { error: `${label} must not be empty` })
    .max(max, { error: `${label} must be ${max} characters or fewer` })
}

export function oneOfField<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `${label} must be one of ${orList(values.map((v) => `"${v}"`))}` })
}

export const PeriodSchema = oneOfField('Period', PERIODS)

/** An amount given either weekly or as it is paid (an amount and how often): the one rule for every such field. */
export type WeeklyOrPaid = {
  weeklyPence?: number | undefined
  amountPence?: number | undefined
  per?: string | undefined
}

/**
 * Adds the issue, if any, with an amount that must be given either weekly (`weeklyPence`) or as it is paid
 * (`amountPence` and `per`), naming `noun` ("income", "housing cost") in the message.
 */
export function weeklyOrPaidIssues(item: WeeklyOrPaid, ctx: z.RefinementCtx, noun: string): void {
  if (item.weeklyPence !== undefined && (item.amountPence !== undefined || item.per !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [item.amountPence !== undefined ? 'amountPence' : 'per'],
      message: `Give either the weekly ${noun} (weeklyPence) or the amount and how often it is paid (amountPence and per), not both`,
    })
  } else if (item.weeklyPence === undefined && item.amountPence === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['weeklyPence'],
      message: `Weekly ${noun} is required, in pence (for example 2690 for £26.90), or give the amount as it is paid (amountPence) and how often (per)`,
    })
  } else if (item.amountPence !== undefined && item.per === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['per'],
      message: `Say how often the ${noun} of amountPence is paid (per): one of ${PERIODS.map((p) => `"${p}"`).join(', ')}`,
    })
  } else if (item.per !== undefined && item.amountPence === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['amountPence'],
      message: `Give the amount paid (amountPence, in pence) for the ${noun} paid with per`,
    })
  }
}
