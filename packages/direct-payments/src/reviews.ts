import { fail, formatLongDate, issue, ok, parse, type CalendarDate, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { addMonths, dateSchema } from './amounts.js'
import { SOURCES, step, type Step } from './explanation.js'
import { RULES_VERSION } from './version.js'

const ReviewsSchema = z.strictObject({
  firstPaymentOn: dateSchema('The date of the first payment'),
  reviewsHeldOn: z.array(dateSchema('The date of a review')).default([]),
  on: dateSchema('The date to check on'),
})

export type ReviewDue = {
  dueBy: CalendarDate
  first: boolean
  overdue: boolean
  explanation: Step[]
  rulesVersion: string
}

/**
 * When the next direct-payment review is due (regulation 7 of the Care and Support (Direct Payments) Regulations 2014):
 * the first within 6 months of the first payment, then no more than 12 months after the last review. Overdue on the
 * day after it was due. A review brought forward (a breach, a change of capacity: reg 7(1)(b) to (d)) restarts the
 * 12 months from its date.
 */
export function nextDirectPaymentReview(input: unknown): Result<ReviewDue> {
  const parsed = parse(ReviewsSchema, input)
  if (!parsed.ok) return parsed
  const { firstPaymentOn, reviewsHeldOn, on } = parsed.value
  const early = reviewsHeldOn.findIndex((date) => date < firstPaymentOn)
  if (early !== -1) return fail(issue(`reviewsHeldOn.${String(early)}`, 'A review cannot be before the first payment'))
  const last = [...reviewsHeldOn].sort().at(-1)
  const dueBy = last === undefined ? addMonths(firstPaymentOn, 6) : addMonths(last, 12)
  const overdue = on > dueBy
  return ok({
    dueBy,
    first: last === undefined,
    overdue,
    explanation: [
      step(
        'review',
        last === undefined
          ? `The first review is due within 6 months of the first payment on ${formatLongDate(firstPaymentOn)}: by ${formatLongDate(dueBy)}.`
          : `The last review was on ${formatLongDate(last)}; the next is due within 12 months: by ${formatLongDate(dueBy)}.`,
        { source: SOURCES.regulation7 },
      ),
      ...(overdue ? [step('review', `On ${formatLongDate(on)} the review is overdue.`)] : []),
    ],
    rulesVersion: RULES_VERSION,
  })
}
