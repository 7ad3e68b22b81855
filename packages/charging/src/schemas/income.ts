import { z } from 'zod'
import { type Period, weeklyFrom } from '../rounding.js'
import { flagField, oneOfField, penceField, PeriodSchema, textField, weeklyOrPaidIssues } from './fields.js'

/** Income the rules count in full. */
export const COUNTED_INCOME = [
  'state-pension',
  'occupational-or-private-pension',
  'employment-and-support-allowance',
  'universal-credit',
  'income-support',
  'jobseekers-allowance',
  'pension-credit-guarantee',
  'carers-allowance',
  'war-pension-constant-attendance-allowance',
  'other-counted',
] as const

/** Disability benefits for care needs: counted, except the night-care element and (in a care home) after 4 weeks. */
export const CARE_BENEFITS = ['attendance-allowance', 'dla-care', 'pip-daily-living'] as const

/** Fully ignored (annex C, schedule 1). */
export const IGNORED_INCOME = [
  'pip-mobility',
  'dla-mobility',
  'armed-forces-independence-payment',
  'war-pensioners-mobility-supplement',
  'afcs-guaranteed-income-payment',
  'earnings',
  'child-benefit',
  'child-tax-credit',
  'christmas-bonus',
  'council-tax-reduction',
  'winter-fuel-payment',
  'social-fund-payment',
  'direct-payment',
  'income-in-kind',
  'charitable-payment',
] as const

/** War Pension Scheme payments other than Constant Attendance Allowance: ignored in full since April 2017, only the first £10 before. */
export const WAR_PENSION_SCHEME = ['war-disablement-pension', 'war-pension-scheme-other'] as const

/** Partly ignored: only the first £10 a week, still (charging.md: Wirral, "first £10 of War Widows Pension"). */
export const WAR_PENSIONS_PARTLY_IGNORED = ['war-widows-pension'] as const

export const INCOME_KINDS = [
  ...COUNTED_INCOME,
  ...CARE_BENEFITS,
  ...IGNORED_INCOME,
  ...WAR_PENSION_SCHEME,
  ...WAR_PENSIONS_PARTLY_IGNORED,
  'savings-credit',
] as const
export type IncomeKind = (typeof INCOME_KINDS)[number]

/**
 * An income paid every 4 weeks, every month or every year as a weekly amount: income counts against the person, so a
 * fraction of a penny is left out (regulation 11).
 */
function weeklyIncome(item: {
  weeklyPence?: number | undefined
  amountPence?: number | undefined
  per?: Period | undefined
}): number {
  return item.weeklyPence ?? weeklyFrom(item.amountPence ?? 0, item.per ?? 'week', 'down')
}

export const IncomeItemSchema = z
  .strictObject({
    kind: oneOfField('Kind of income', INCOME_KINDS),
    label: textField('Income description').optional(),
    /** A weekly amount; or give `amountPence` and `per` for one paid every 4 weeks, every month or every year. */
    weeklyPence: penceField('Weekly income').optional(),
    /** The amount as it is paid, with `per`: converted to a weekly amount under regulation 11 (see `weeklyFrom`). */
    amountPence: penceField('Income amount').optional(),
    per: PeriodSchema.optional(),
    /** Joint income is presumed shared equally, so half of it counts. */
    jointlyHeld: flagField('Whether the income is held jointly').default(false),
    /** For Attendance Allowance, DLA care or PIP daily living: paid at the higher (night) rate, or the enhanced PIP rate. */
    higherRate: flagField('Whether the benefit is paid at the higher (night) or enhanced rate').optional(),
    /** The lower rate of the same benefit, needed to ignore the night-care element when no night care is provided. */
    lowerRateWeeklyPence: penceField('Lower rate of the benefit').optional(),
    /**
     * For an occupational or personal pension or retirement annuity of a care home resident: at least half of it is
     * paid to a spouse or civil partner who does not live in the same care home, so half is ignored (annex C).
     */
    halfPaidToSpouse: flagField(
      'Whether at least half of the pension is paid to a spouse or civil partner living elsewhere',
    ).optional(),
  })
  .superRefine((item, ctx) => {
    weeklyOrPaidIssues(item, ctx, 'income')
    const careBenefit = (CARE_BENEFITS as readonly string[]).includes(item.kind)
    if (!careBenefit && (item.higherRate !== undefined || item.lowerRateWeeklyPence !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [item.higherRate !== undefined ? 'higherRate' : 'lowerRateWeeklyPence'],
        message: 'A higher or lower rate applies only to Attendance Allowance, DLA care or PIP daily living',
      })
    }
    if (careBenefit && item.jointlyHeld) {
      ctx.addIssue({
        code: 'custom',
        path: ['jointlyHeld'],
        message: 'Attendance Allowance, DLA care and PIP daily living are paid to one person, never held jointly',
      })
    }
    if (careBenefit && item.higherRate === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['higherRate'],
        message: 'Say whether this benefit is paid at the higher (night) or enhanced rate: true or false',
      })
    }
    if (item.lowerRateWeeklyPence !== undefined && item.lowerRateWeeklyPence > weeklyIncome(item)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lowerRateWeeklyPence'],
        message: 'The lower rate of the benefit cannot be more than the amount received',
      })
    }
    if (item.halfPaidToSpouse !== undefined && item.kind !== 'occupational-or-private-pension') {
      ctx.addIssue({
        code: 'custom',
        path: ['halfPaidToSpouse'],
        message:
          'Half of a pension paid to a spouse applies only to an occupational or personal pension or retirement annuity (kind "occupational-or-private-pension")',
      })
    }
    if (item.kind === 'other-counted' && item.label === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['label'],
        message: 'Describe other counted income (label), so the explanation can name it',
      })
    }
  })
  // The weekly amount the rules count, worked out once here; the amount as paid stays for the explanation.
  .transform((item) => ({ ...item, weeklyPence: weeklyIncome(item) }))
export type IncomeItem = z.infer<typeof IncomeItemSchema>

export const IncomeSchema = z
  .array(IncomeItemSchema, { error: 'Income must be a list of items (an empty list if there is none)' })
  .max(100, {
    error: 'Income can have at most 100 items',
  })
