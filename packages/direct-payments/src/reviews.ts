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

export const reviewOutcomes = ['continue', 'continue-with-changes', 'end'] as const
export type ReviewOutcome = (typeof reviewOutcomes)[number]

export const reviewOutcomeWords: Record<ReviewOutcome, string> = {
  continue: 'Direct payments remain an appropriate way to meet the needs',
  'continue-with-changes': 'Direct payments continue, with changes to the plan or how they are managed',
  end: 'Direct payments are no longer appropriate: the finance team is asked to end them',
}

const HeldSchema = z.strictObject({
  firstPaymentOn: dateSchema('The date of the first payment'),
  reviewsHeldOn: z.array(dateSchema('The date of a review')).default([]),
  heldOn: dateSchema('The date the review was held'),
  outcome: z.enum(reviewOutcomes, { error: 'Choose the outcome of the review' }),
  notes: z
    .string({ error: 'The notes must be text' })
    .trim()
    .min(1, { error: 'Enter what the review found' })
    .max(4000, { error: 'The notes must be 4000 characters or fewer' }),
  on: dateSchema('Today'),
})

export type ReviewHeld = {
  heldOn: CalendarDate
  outcome: ReviewOutcome
  notes: string
  /** The next review, at most 12 months after this one (regulation 7). */
  nextDueBy: CalendarDate
  explanation: Step[]
  rulesVersion: string
}

/**
 * A direct-payment review held (regulation 7): its date, outcome and notes, and when the next is due, no more than 12
 * months later. A review cannot be in the future, nor before the first payment.
 */
export function recordReviewHeld(input: unknown): Result<ReviewHeld> {
  const parsed = parse(HeldSchema, input)
  if (!parsed.ok) return parsed
  const { firstPaymentOn, reviewsHeldOn, heldOn, outcome, notes, on } = parsed.value
  if (heldOn > on) return fail(issue('heldOn', 'The date the review was held must be today or in the past'))
  if (heldOn < firstPaymentOn)
    return fail(
      issue(
        'heldOn',
        `The review must be on or after the first payment, on ${formatLongDate(firstPaymentOn)}: a direct-payment review looks back on payments made`,
      ),
    )
  const next = nextDirectPaymentReview({ firstPaymentOn, reviewsHeldOn: [...reviewsHeldOn, heldOn], on })
  if (!next.ok) return next
  return ok({
    heldOn,
    outcome,
    notes,
    nextDueBy: next.value.dueBy,
    explanation: [
      step('review', `Review held on ${formatLongDate(heldOn)}: ${reviewOutcomeWords[outcome]}.`),
      ...next.value.explanation.filter((line) => !line.text.startsWith('On ')),
    ],
    rulesVersion: RULES_VERSION,
  })
}
