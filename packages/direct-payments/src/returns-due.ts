import { addDays, formatLongDate, ok, parse, type CalendarDate, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { addMonths, dateSchema, earlierOf } from './amounts.js'
import { lastDayOf, type Agreement } from './agreement.js'
import { step, type Step } from './explanation.js'
import type { DirectPaymentPolicy } from './policy.js'
import { RULES_VERSION } from './version.js'

const MONTHS: Record<DirectPaymentPolicy['returnFrequency'], number> = {
  monthly: 1,
  quarterly: 3,
  'six-monthly': 6,
  yearly: 12,
}

const PERIOD_WORDS: Record<DirectPaymentPolicy['returnFrequency'], string> = {
  monthly: 'each month',
  quarterly: 'each quarter (three months)',
  'six-monthly': 'each six months',
  yearly: 'each year',
}

export type ReturnDue = {
  periodStart: CalendarDate
  periodEnd: CalendarDate
  dueBy: CalendarDate
  status: 'received' | 'due' | 'overdue'
}

export type ReturnsDue = {
  /** False for a prepaid card: the council sees its transactions online, so no returns are asked for. */
  needed: boolean
  returns: ReturnDue[]
  explanation: Step[]
  rulesVersion: string
}

const ReturnsDueSchema = z.strictObject({
  on: dateSchema('The date to check on'),
  /** The last day of each return already received. */
  receivedPeriodEnds: z.array(dateSchema('The last day of a return received')).default([]),
})

/**
 * The monitoring returns asked of an agreement up to a date: one for each period of the council's return frequency
 * from the start (quarterly by default), each due within the policy's days of the period's end (28 by default, as
 * Haringey asks), received, due or overdue. A prepaid card needs none: the council sees its transactions online
 * (St Helens audits card accounts online; Gateshead checks them monthly).
 */
export function returnsDue(agreement: Agreement, policy: DirectPaymentPolicy, input: unknown): Result<ReturnsDue> {
  const parsed = parse(ReturnsDueSchema, input)
  if (!parsed.ok) return parsed
  const { on, receivedPeriodEnds } = parsed.value
  if (agreement.account.type === 'prepaid-card')
    return ok({
      needed: false,
      returns: [],
      explanation: [step('note', 'No returns are asked for: the council sees the prepaid card’s transactions online.')],
      rulesVersion: RULES_VERSION,
    })
  const months = MONTHS[policy.returnFrequency]
  const last = lastDayOf(agreement)
  const returns: ReturnDue[] = []
  for (let index = 0; ; index += 1) {
    const periodStart = addMonths(agreement.startDate, months * index)
    if ((last !== undefined && periodStart > last) || periodStart > on) break
    const fullEnd = addDays(addMonths(agreement.startDate, months * (index + 1)), -1)
    const periodEnd = last === undefined ? fullEnd : earlierOf(fullEnd, last)
    if (periodEnd >= on) break
    const dueBy = addDays(periodEnd, policy.returnDueWithinDays)
    const status = receivedPeriodEnds.includes(periodEnd) ? 'received' : on > dueBy ? 'overdue' : 'due'
    returns.push({ periodStart, periodEnd, dueBy, status })
  }
  const explanation = [
    step(
      'note',
      `A return is asked for ${PERIOD_WORDS[policy.returnFrequency]} from ${formatLongDate(agreement.startDate)}, within ${String(policy.returnDueWithinDays)} days of the period's end.`,
    ),
    ...returns
      .filter((found) => found.status === 'overdue')
      .map((found) =>
        step(
          'note',
          `The return for ${formatLongDate(found.periodStart)} to ${formatLongDate(found.periodEnd)} was due by ${formatLongDate(found.dueBy)} and has not been received.`,
        ),
      ),
  ]
  return ok({ needed: true, returns, explanation, rulesVersion: RULES_VERSION })
}
