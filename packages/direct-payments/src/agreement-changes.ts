import { addDays, fail, formatLongDate, issue, ok, parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { dateSchema, penceSchema, textSchema } from './amounts.js'
import { allowancesFor, lastDayOf, rateFor, rateOn, statusOn, type Agreement, type EndingReason } from './agreement.js'
import { tooFarAhead } from './date-bounds.js'
import type { DirectPaymentPolicy } from './policy.js'

/** Today, when the caller knows it: a change's date may then be no more than six months ahead (date-bounds.ts). */
const todaySchema = dateSchema('Today').optional()

const ChangeSchema = z.strictObject({
  from: dateSchema('The date the change takes effect'),
  budgetWeeklyPence: penceSchema('The new weekly amount the plan puts into this payment').optional(),
  assessedWeeklyChargePence: penceSchema('The new assessed weekly charge').optional(),
  reason: textSchema('The reason for the change', 2000),
  today: todaySchema,
})

function outsideAgreement(agreement: Agreement, date: string, path: string): Result<never> | undefined {
  if (date < agreement.startDate)
    return fail(
      issue(path, `The date must be on or after the agreement starts (${formatLongDate(agreement.startDate)})`),
    )
  const last = lastDayOf(agreement)
  if (last !== undefined && date > last)
    return fail(issue(path, `The date must be on or before the agreement ends (${formatLongDate(last)})`))
  return undefined
}

/**
 * A change of the plan's amount or of the assessed charge from an effective date, which may be in the past: a new
 * rate is added, nothing already agreed or paid is edited. What that means for payments already made is worked out
 * by `reconcile` as adjustment lines. A change must not take effect before the latest one already recorded.
 */
export function changeAgreement(agreement: Agreement, input: unknown, policy: DirectPaymentPolicy): Result<Agreement> {
  const parsed = parse(ChangeSchema, input)
  if (!parsed.ok) return parsed
  const change = parsed.value
  if (change.budgetWeeklyPence === undefined && change.assessedWeeklyChargePence === undefined)
    return fail(issue('budgetWeeklyPence', 'Give the new weekly amount, the new assessed charge, or both'))
  const outside =
    outsideAgreement(agreement, change.from, 'from') ??
    tooFarAhead(change.from, change.today, 'from', 'The date the change takes effect')
  if (outside !== undefined) return outside
  const latest = agreement.rates.at(-1)
  if (latest !== undefined && change.from < latest.from)
    return fail(
      issue(
        'from',
        `A change already takes effect from ${formatLongDate(latest.from)}: a later change cannot take effect before it`,
      ),
    )
  const current = rateOn(agreement, change.from)
  const rate = rateFor({
    from: change.from,
    basis: agreement.basis,
    budgetWeeklyPence: change.budgetWeeklyPence ?? current?.budgetWeeklyPence ?? 0,
    chargeWeeklyPence: change.assessedWeeklyChargePence ?? current?.chargeWeeklyPence ?? 0,
    weeklyAllowances: allowancesFor(policy, agreement.employsPersonalAssistants).weekly,
    reason: change.reason,
  })
  // A second change from the same date is added after the first, which stays on record; the later one is in force.
  return ok({ ...agreement, rates: [...agreement.rates, rate] })
}

const OneOffSchema = z.strictObject({
  date: dateSchema('The date of the one-off payment'),
  pence: penceSchema('The one-off payment').refine((pence) => pence > 0, {
    error: 'The one-off payment must be more than £0.00',
  }),
  description: textSchema('What the one-off payment is for', 500),
  today: todaySchema,
})

/**
 * A one-off payment added to an agreement (a riser chair, a deposit, a personal assistant's set-up costs): appended,
 * never edited, and paid by the first payment run whose period ends on or after its date. Its date falls within the
 * agreement and no more than six months ahead, as every change's does.
 */
export function addOneOffPayment(agreement: Agreement, input: unknown): Result<Agreement> {
  const parsed = parse(OneOffSchema, input)
  if (!parsed.ok) return parsed
  const { date, pence, description, today } = parsed.value
  const outside = outsideAgreement(agreement, date, 'date') ?? tooFarAhead(date, today, 'date', 'The date')
  if (outside !== undefined) return outside
  return ok({ ...agreement, oneOffPayments: [...agreement.oneOffPayments, { date, pence, description }] })
}

const SuspendSchema = z.strictObject({
  from: dateSchema('The date payments stop'),
  reason: textSchema('The reason for suspending', 2000),
  today: todaySchema,
})

/**
 * Payments stop from a date while something is looked into (a card's unusual transactions, returns not sent, a
 * hospital stay): nothing is due while suspended. Care Act 2014 s33(5); Gloucestershire 11.5.
 */
export function suspendAgreement(agreement: Agreement, input: unknown): Result<Agreement> {
  const parsed = parse(SuspendSchema, input)
  if (!parsed.ok) return parsed
  const outside =
    outsideAgreement(agreement, parsed.value.from, 'from') ??
    tooFarAhead(parsed.value.from, parsed.value.today, 'from', 'The date payments stop')
  if (outside !== undefined) return outside
  if (statusOn(agreement, parsed.value.from) === 'suspended')
    return fail(issue('from', `Payments are already suspended on ${formatLongDate(parsed.value.from)}`))
  return ok({
    ...agreement,
    suspensions: [...agreement.suspensions, { from: parsed.value.from, reason: parsed.value.reason }],
  })
}

/** Payments start again from a date; the days suspended stay unpaid. */
export function resumeAgreement(agreement: Agreement, input: unknown): Result<Agreement> {
  const parsed = parse(z.strictObject({ from: dateSchema('The date payments start again'), today: todaySchema }), input)
  if (!parsed.ok) return parsed
  const ahead = tooFarAhead(parsed.value.from, parsed.value.today, 'from', 'The date payments start again')
  if (ahead !== undefined) return ahead
  const open = agreement.suspensions.findLast((held) => held.to === undefined)
  if (open === undefined) return fail(issue('from', 'Payments are not suspended'))
  if (parsed.value.from <= open.from)
    return fail(issue('from', `Payments start again after the suspension began (${formatLongDate(open.from)})`))
  const suspensions = agreement.suspensions.map((held) =>
    held === open ? { ...held, to: addDays(parsed.value.from, -1) } : held,
  )
  return ok({ ...agreement, suspensions })
}

const ENDING_REASONS = [
  'death',
  'moved-away',
  'breach',
  'person-chose',
  'conditions-not-met',
  'care-home',
] as const satisfies readonly EndingReason[]

const EndSchema = z.strictObject({
  date: dateSchema('The last day of the direct payment'),
  reason: z.enum(ENDING_REASONS, { error: 'Choose why the direct payment is ending' }),
  note: textSchema('The note', 2000).optional(),
  today: todaySchema,
})

/** Words for why a direct payment ended. */
export const endingWords: Record<EndingReason, string> = {
  death: 'the person died',
  'moved-away': 'the person moved to another council',
  breach: 'a condition of the agreement was breached, or the money was not used for the needs in the plan (s33(5))',
  'person-chose': 'the person chose to stop',
  'conditions-not-met': 'a condition of section 31 or 32 is no longer met, so the council must stop (s33(4))',
  'care-home': 'the person moved permanently into a care home',
}

/**
 * An ending decision's stored reason in words. Decisions are append-only and an ending's reason is stored as its code
 * word, then the officer's note ("moved-away: Moving to Leeds"), so it is put into words when read, never by editing the
 * row: "The person moved to another council. Moving to Leeds". A reason that starts with no code word is said as stored.
 */
export function endingReasonWords(stored: string): string {
  const [code = '', ...rest] = stored.split(':')
  const words = (endingWords as Record<string, string | undefined>)[code.trim()]
  if (words === undefined) return stored
  const note = rest.join(':').trim()
  return `${words[0]?.toUpperCase() ?? ''}${words.slice(1)}.${note === '' ? '' : ` ${note}`}`
}

/**
 * The direct payment ends on a date (the last day paid for) for a reason; the date may be ahead (a move on a known
 * day), and then payments are due up to it, the last one for part of a period; `finalReconciliation` then says what is
 * owed either way. An ending is recorded once.
 */
export function endAgreement(agreement: Agreement, input: unknown): Result<Agreement> {
  const parsed = parse(EndSchema, input)
  if (!parsed.ok) return parsed
  if (agreement.ending !== undefined)
    return fail(issue('date', `The direct payment already ended on ${formatLongDate(agreement.ending.date)}`))
  const outside =
    outsideAgreement(agreement, parsed.value.date, 'date') ??
    tooFarAhead(parsed.value.date, parsed.value.today, 'date', 'The last day of the direct payment')
  if (outside !== undefined) return outside
  const { date, reason, note } = parsed.value
  return ok({ ...agreement, ending: { date, reason, ...(note === undefined ? {} : { note }) } })
}
