import {
  addDays,
  calendarDate,
  calendarParts,
  daysBetween,
  fail,
  formatLongDate,
  formatPence,
  issue,
  ok,
  type CalendarDate,
  type Result,
} from '@open-sds/kernel'
import { addMonths, daysInclusive, earlierOf, laterOf, roundedDivision } from './amounts.js'
import { lastDayOf, statusOn, type Agreement, type Rate } from './agreement.js'
import { step, type Step } from './explanation.js'
import { frequencyWords, type DirectPaymentPolicy } from './policy.js'
import { RULES_VERSION } from './version.js'

/** One period of the council's payment cycle: the days a regular payment covers. */
export type CyclePeriod = { start: CalendarDate; end: CalendarDate }

/** The cycle period that holds a date: weeks and four-week periods count from the policy's cycle start, months from the 1st. */
export function cyclePeriodOf(policy: DirectPaymentPolicy, date: CalendarDate): CyclePeriod {
  if (policy.frequency === 'monthly') {
    const parts = calendarParts(date)
    if (parts === undefined) throw new RangeError(`cyclePeriodOf needs a date written YYYY-MM-DD, not "${date}"`)
    const start = calendarDate(parts.year, parts.month, 1)
    return { start, end: addDays(addMonths(start, 1), -1) }
  }
  const length = policy.frequency === 'weekly' ? 7 : 28
  const offset = Math.floor(daysBetween(policy.cycleStart, date) / length) * length
  const start = addDays(policy.cycleStart, offset)
  return { start, end: addDays(start, length - 1) }
}

/** What a whole cycle period pays at a weekly rate: a week, four weeks, or a month as 52 weeks over 12. */
function wholePeriodPence(policy: DirectPaymentPolicy, weeklyPence: number): number {
  if (policy.frequency === 'weekly') return weeklyPence
  if (policy.frequency === 'four-weekly') return 4 * weeklyPence
  return roundedDivision(weeklyPence * 52, 12)
}

/** How a whole cycle period's amount comes from the weekly rate, in words, so the person can check the sum. */
function wholePeriodWorking(policy: DirectPaymentPolicy, weeklyPence: number, whole: number): string {
  if (policy.frequency === 'weekly') return `${formatPence(weeklyPence)} a week`
  if (policy.frequency === 'four-weekly') return `4 weeks at ${formatPence(weeklyPence)} a week, ${formatPence(whole)}`
  return `${formatPence(weeklyPence)} a week × 52 weeks ÷ 12 months, ${formatPence(whole)} a month to the nearest penny`
}

/**
 * The days in force, split where the rate changes, leaving out days suspended or outside the agreement. Worked out
 * from the days things change (a rate, a suspension's first day and the day after its last), not day by day.
 */
function segments(agreement: Agreement, from: CalendarDate, to: CalendarDate) {
  const cuts = new Set<CalendarDate>([from])
  for (const rate of agreement.rates) if (rate.from > from && rate.from <= to) cuts.add(rate.from)
  for (const held of agreement.suspensions) {
    if (held.from > from && held.from <= to) cuts.add(held.from)
    const after = held.to === undefined ? undefined : addDays(held.to, 1)
    if (after !== undefined && after > from && after <= to) cuts.add(after)
  }
  const starts = [...cuts].sort()
  const found: { from: CalendarDate; to: CalendarDate; rate: Rate }[] = []
  starts.forEach((start, index) => {
    const next = starts[index + 1]
    const end = next === undefined ? to : addDays(next, -1)
    const rate = agreement.rates.findLast((candidate) => candidate.from <= start)
    if (statusOn(agreement, start) !== 'active' || rate === undefined) return
    const last = found.at(-1)
    if (last !== undefined && last.rate === rate && addDays(last.to, 1) === start) last.to = end
    else found.push({ from: start, to: end, rate })
  })
  return found
}

/**
 * What is due for the days of one cycle period from `from` to `to`: each stretch at one rate pays its share of the
 * whole period's amount by days (pro rata), to the nearest penny. A whole period at one rate pays exactly the whole.
 */
export function dueInPeriod(
  agreement: Agreement,
  policy: DirectPaymentPolicy,
  period: CyclePeriod,
): { pence: number; whole: boolean; explanation: Step[] } {
  const last = lastDayOf(agreement)
  const from = laterOf(period.start, agreement.startDate)
  const to = last === undefined ? period.end : earlierOf(period.end, last)
  const periodDays = daysInclusive(period.start, period.end)
  const parts = from <= to ? segments(agreement, from, to) : []
  const explanation: Step[] = []
  let pence = 0
  for (const part of parts) {
    const days = daysInclusive(part.from, part.to)
    const whole = wholePeriodPence(policy, part.rate.paymentWeeklyPence)
    const amount = days === periodDays ? whole : roundedDivision(whole * days, periodDays)
    pence += amount
    explanation.push(
      days === periodDays
        ? step(
            'period',
            `${formatLongDate(part.from)} to ${formatLongDate(part.to)}: ${formatPence(amount)}${policy.frequency === 'weekly' ? ' at' : ','} ${wholePeriodWorking(policy, part.rate.paymentWeeklyPence, whole)}.`,
            { pence: amount },
          )
        : step(
            'pro-rata',
            `${formatLongDate(part.from)} to ${formatLongDate(part.to)}: ${String(days)} of the period's ${String(periodDays)} days; the whole period is ${wholePeriodWorking(policy, part.rate.paymentWeeklyPence, whole)}, so ${formatPence(whole)} × ${String(days)} ÷ ${String(periodDays)} = ${formatPence(amount)}.`,
            { pence: amount },
          ),
    )
  }
  const suspendedDays =
    from <= to ? daysInclusive(from, to) - parts.reduce((sum, part) => sum + daysInclusive(part.from, part.to), 0) : 0
  if (suspendedDays > 0)
    explanation.push(
      step('note', `${String(suspendedDays)} day${suspendedDays === 1 ? '' : 's'} suspended: nothing is due for them.`),
    )
  const whole = parts.length === 1 && daysInclusive(parts[0]?.from ?? from, parts[0]?.to ?? to) === periodDays
  return { pence, whole, explanation }
}

export type ScheduledPayment = {
  /** The same reference every time the schedule is worked out, so a payment run can tell a payment already made. */
  reference: string
  kind: 'regular' | 'pro-rata' | 'one-off' | 'allowance'
  periodStart: CalendarDate
  periodEnd: CalendarDate
  dueDate: CalendarDate
  pence: number
  explanation: Step[]
}

export type Schedule = { payments: ScheduledPayment[]; explanation: Step[]; rulesVersion: string }

/** Every cycle period from one date to another. */
function cyclePeriods(policy: DirectPaymentPolicy, from: CalendarDate, to: CalendarDate): CyclePeriod[] {
  const periods: CyclePeriod[] = []
  for (
    let period = cyclePeriodOf(policy, from);
    period.start <= to;
    period = cyclePeriodOf(policy, addDays(period.end, 1))
  )
    periods.push(period)
  return periods
}

/** The yearly allowances' dates: the agreement's first day and each anniversary up to `to`. */
function anniversaries(agreement: Agreement, to: CalendarDate): CalendarDate[] {
  const dates: CalendarDate[] = []
  for (let years = 0; addMonths(agreement.startDate, 12 * years) <= to; years += 1)
    dates.push(addMonths(agreement.startDate, 12 * years))
  return dates
}

/**
 * The payments due from the agreement's start to `to` (or its end, if sooner), on the council's cycle: a part period
 * at the start or end is paid pro rata, days suspended are not paid, one-off payments and yearly allowances fall on
 * their dates. In advance, a period's payment is due on its first day covered; in arrears, the day after it ends.
 */
export function paymentSchedule(
  agreement: Agreement,
  policy: DirectPaymentPolicy,
  options: { to: CalendarDate },
): Result<Schedule> {
  if (calendarParts(options.to) === undefined)
    return fail(
      issue('to', `The last date of the schedule must be a real date written YYYY-MM-DD, not "${options.to}"`),
    )
  const last = lastDayOf(agreement)
  const to = last === undefined ? options.to : earlierOf(options.to, last)
  const payments: ScheduledPayment[] = []
  for (const period of to < agreement.startDate ? [] : cyclePeriods(policy, agreement.startDate, to)) {
    const due = dueInPeriod(agreement, policy, period)
    if (due.pence === 0) continue
    const covered = {
      start: laterOf(period.start, agreement.startDate),
      end: last === undefined ? period.end : earlierOf(period.end, last),
    }
    payments.push({
      reference: `${agreement.id}/${period.start}`,
      kind: due.whole ? 'regular' : 'pro-rata',
      periodStart: covered.start,
      periodEnd: covered.end,
      dueDate: policy.timing === 'in-advance' ? covered.start : addDays(covered.end, 1),
      pence: due.pence,
      explanation: due.explanation,
    })
  }
  agreement.oneOffPayments.forEach((oneOff, index) => {
    if (oneOff.date > to) return
    payments.push({
      reference: `${agreement.id}/one-off/${String(index + 1)}`,
      kind: 'one-off',
      periodStart: oneOff.date,
      periodEnd: oneOff.date,
      dueDate: oneOff.date,
      pence: oneOff.pence,
      explanation: [
        step(
          'one-off',
          `One-off payment on ${formatLongDate(oneOff.date)}: ${oneOff.description}, ${formatPence(oneOff.pence)}.`,
          { pence: oneOff.pence },
        ),
      ],
    })
  })
  for (const date of anniversaries(agreement, to)) {
    if (statusOn(agreement, date) !== 'active') continue
    for (const allowance of agreement.yearlyAllowances)
      payments.push({
        reference: `${agreement.id}/allowance/${allowance.id}/${date}`,
        kind: 'allowance',
        periodStart: date,
        periodEnd: addDays(addMonths(date, 12), -1),
        dueDate: date,
        pence: allowance.pence,
        explanation: [
          step(
            'allowance',
            `${allowance.label} for the year from ${formatLongDate(date)}: ${formatPence(allowance.pence)}.`,
            { pence: allowance.pence },
          ),
        ],
      })
  }
  payments.sort((a, b) =>
    a.dueDate === b.dueDate ? a.reference.localeCompare(b.reference) : a.dueDate < b.dueDate ? -1 : 1,
  )
  const explanation = [
    step(
      'period',
      `Paid ${frequencyWords[policy.frequency]} ${policy.timing === 'in-advance' ? 'in advance' : 'in arrears'}, on the council's cycle (${policy.frequency === 'monthly' ? 'calendar months' : `counted from ${formatLongDate(policy.cycleStart)}`}); a part period is paid pro rata by days.`,
    ),
  ]
  return ok({ payments, explanation, rulesVersion: RULES_VERSION })
}
