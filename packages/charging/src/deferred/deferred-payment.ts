import {
  type CalendarDate,
  fail,
  formatLongDate,
  formatPence,
  issue,
  type Issue,
  ok,
  parse,
  type Result,
  toCalendarDate,
} from '@open-sds/kernel'
import { step, type Step } from '../explanation.js'
import type { RateTable } from '../rates/rate-schema.js'
import { ratesFor, requireRate } from '../rates/rates-for.js'
import { divide, percentOf } from '../rounding.js'
import { RULES_VERSION } from '../version.js'
import {
  DeferredPaymentInputSchema,
  type DeferredPaymentInput,
  type DeferredPaymentInputInput,
} from './deferred-payment-schema.js'

const DPA_REGS = 'Care and Support (Deferred Payment) Regulations 2014 (SI 2014/2671)'
const DAY_MS = 86_400_000
/** Above the gilt rate a council may charge at most 0.15% (reg 9), in thousandths of a percent. */
const MARGIN_MILLIPERCENT = 150
/** A rate in thousandths of a percent is this many times the fraction it stands for. */
const MILLIPERCENT_DIVISOR = 100 * 1000

export type InterestPeriodUsed = {
  from: CalendarDate
  to: CalendarDate
  giltRatePercent: number
  maximumRatePercent: number
  chargedRatePercent: number
  source: string
}

/** What the person receives: what they pay from income, what is deferred and why, what they owe, and how much room is left. */
export type DeferredPaymentStatement = {
  agreementStart: CalendarDate
  statementDate: CalendarDate
  /** The council must offer an agreement: other capital is not more than the upper limit ("less than or equal to"). */
  mustOffer: boolean
  equityLimitPence: number
  weekly: {
    feePence: number
    incomePence: number
    disposableIncomeKeptPence: number
    paidFromIncomePence: number
    careDeferredPence: number
    topUpDeferredPence: number
  }
  totals: {
    weeks: number
    careDeferredPence: number
    topUpDeferredPence: number
    adminCostsPence: number
    interestAddedPence: number
    interestDueSeparatelyPence: number
    owedPence: number
  }
  equityLeftPence: number
  /** Whole weeks more that can be deferred at the present weekly amount before the equity limit, ignoring future interest and costs. */
  weeksOfDeferralLeft: number | null
  interestPeriods: InterestPeriodUsed[]
  explanation: Step[]
  rulesVersion: string
  ratesYear: string
}

const toDay = (date: CalendarDate): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS
const fromDay = (day: number): CalendarDate => new Date(day * DAY_MS).toISOString().slice(0, 10)
const anniversary = (start: CalendarDate, years: number): CalendarDate =>
  `${String(Number(start.slice(0, 4)) + years).padStart(4, '0')}${start.slice(4)}`
const millipercent = (percent: number): number => Math.round(percent * 1000)
const percentText = (mp: number): string => `${(mp / 1000).toFixed(3).replace(/0+$/, '').replace(/\.$/, '')}%`

/** The last day of the half-year that starts on `from` (1 January or 1 July): 30 June or 31 December. */
const halfYearEnd = (from: CalendarDate): CalendarDate =>
  from.endsWith('-01-01') ? `${from.slice(0, 4)}-06-30` : `${from.slice(0, 4)}-12-31`
/** The half-year a day falls in, by its first day. */
const halfYearOf = (day: number): CalendarDate => {
  const date = fromDay(day)
  return `${date.slice(0, 4)}-${date.slice(5, 7) <= '06' ? '01' : '07'}-01`
}
/** Days in the calendar year of `day`: a year's rate is shared over 366 days in a leap year, never charged 366/365 of it. */
const daysInYearOf = (day: number): number => {
  const year = Number(fromDay(day).slice(0, 4))
  return toDay(`${year + 1}-01-01`) - toDay(`${year}-01-01`)
}

type ScheduledRate = { fromDay: number; toDay: number; mp: number; used: InterestPeriodUsed }

/**
 * Checks each half-year's rate against the cap and orders them. Each rate covers its own half-year only (the rate
 * resets on 1 January and 1 July from the latest OBR report), so a day with no half-year given is refused when
 * reached, naming the half-year, rather than priced at an older rate.
 */
function interestSchedule(input: DeferredPaymentInput, issues: Issue[]): ScheduledRate[] {
  const periods = [...input.interestPeriods].sort((a, b) => a.from.localeCompare(b.from))
  return periods.flatMap((period, index) => {
    const path = `interestPeriods.${input.interestPeriods.indexOf(period)}`
    if (!period.from.endsWith('-01-01') && !period.from.endsWith('-07-01')) {
      issues.push(
        issue(
          `${path}.from`,
          `Interest rates reset on 1 January and 1 July (regulation 9): an interest period cannot start on ${period.from}`,
        ),
      )
      return []
    }
    const maximum = millipercent(period.giltRatePercent) + MARGIN_MILLIPERCENT
    const charged = period.councilRatePercent === undefined ? maximum : millipercent(period.councilRatePercent)
    if (charged > maximum) {
      issues.push(
        issue(
          `${path}.councilRatePercent`,
          `The council's rate (${percentText(charged)}) is more than the national maximum for the half-year from ${formatLongDate(period.from)}: the gilt rate ${percentText(millipercent(period.giltRatePercent))} plus 0.15% is ${percentText(maximum)} (regulation 9)`,
        ),
      )
      return []
    }
    if (periods[index - 1]?.from === period.from) {
      issues.push(
        issue(
          `${path}.from`,
          `Two interest rates are given for the half-year from ${formatLongDate(period.from)}: give one`,
        ),
      )
      return []
    }
    const to = halfYearEnd(period.from)
    return [
      {
        fromDay: toDay(period.from),
        toDay: toDay(to),
        mp: charged,
        used: {
          from: period.from,
          to,
          giltRatePercent: period.giltRatePercent,
          maximumRatePercent: maximum / 1000,
          chargedRatePercent: charged / 1000,
          source: period.source,
        },
      },
    ]
  })
}

/**
 * A deferred payment agreement worked out to the statement date (Care Act 2014 ss34-36; SI 2014/2671): the equity
 * limit (the home's value less 10% and less the lower capital limit), what the person pays from income (their
 * assessable income less the disposable income allowance they keep, up to £144 a week), what is deferred (the rest of
 * the fee, any first-party top-up, administration costs and compound interest, charged daily at no more than the
 * gilt rate plus 0.15%, resetting on 1 January and 1 July), and the statement the person receives. Never throws.
 */
export function deferredPaymentStatement(
  given: DeferredPaymentInputInput,
  options: { now: Date | string },
): Result<DeferredPaymentStatement> {
  const parsed = parse(DeferredPaymentInputSchema, given)
  const statementDate = toCalendarDate(options?.now, 'now', 'The statement date')
  const issues: Issue[] = []
  if (!parsed.ok) issues.push(...parsed.errors)
  if (!statementDate.ok) issues.push(...statementDate.errors)
  if (!parsed.ok || !statementDate.ok) return fail(...issues)
  const input = parsed.value
  const start = toCalendarDate(input.agreementStart, 'agreementStart', 'The date the agreement started')
  if (!start.ok) return start
  if (start.value > statementDate.value)
    return fail(
      issue(
        'agreementStart',
        `The agreement starts (${formatLongDate(start.value)}) after the statement date (${formatLongDate(statementDate.value)})`,
      ),
    )
  const table = ratesFor(statementDate.value)
  if (!table.ok) return table
  return statement(input, start.value, statementDate.value, table.value)
}

function statement(
  input: DeferredPaymentInput,
  start: CalendarDate,
  end: CalendarDate,
  rates: RateTable,
): Result<DeferredPaymentStatement> {
  const issues: Issue[] = []
  const needs = (key: 'capitalLowerLimit' | 'capitalUpperLimit' | 'disposableIncomeAllowance') => {
    const found = requireRate(rates, key, 'for a deferred payment agreement')
    if (!found.ok) issues.push(...found.errors)
    return found.ok ? found.value : undefined
  }
  const lower = needs('capitalLowerLimit')
  const upper = needs('capitalUpperLimit')
  const allowance = needs('disposableIncomeAllowance')
  const schedule = interestSchedule(input, issues)
  const kept = input.disposableIncomeKeptPence ?? allowance?.pence ?? 0
  if (allowance && kept > allowance.pence) {
    issues.push(
      issue(
        'disposableIncomeKeptPence',
        `The person may keep up to ${formatPence(allowance.pence)} a week of their income under a deferred payment agreement, not ${formatPence(kept)}`,
      ),
    )
  }
  for (const [index, cost] of input.adminCosts.entries()) {
    const on = toCalendarDate(cost.on, `adminCosts.${index}.on`, 'The date of the administration cost')
    if (!on.ok) issues.push(...on.errors)
  }
  if (issues.length > 0 || !lower || !upper || !allowance) return fail(...issues)

  const steps: Step[] = [
    step(
      'rates',
      `Deferred payment statement to ${formatLongDate(end)}, for the agreement that started on ${formatLongDate(start)}. Rules version ${RULES_VERSION}; rates for ${rates.year}.`,
      { source: DPA_REGS },
    ),
  ]
  const mustOffer = input.otherCapitalPence <= upper.pence
  steps.push(
    step(
      'note',
      mustOffer
        ? `Your capital other than your home (${formatPence(input.otherCapitalPence)}) is not more than ${formatPence(upper.pence, { omitZeroPence: true })}, so the council must offer a deferred payment agreement.`
        : `Your capital other than your home (${formatPence(input.otherCapitalPence)}) is more than ${formatPence(upper.pence, { omitZeroPence: true })}, so the council need not offer an agreement, though it may.`,
      { source: 'Care Act 2014 s34' },
    ),
  )
  // Equity limit: the value less 10% and less the lower capital limit (Durham: £100,000 gives £75,750).
  const equityLimitPence = Math.max(0, percentOf(input.propertyValuePence, 90, 'down') - lower.pence)
  steps.push(
    step(
      'capital',
      `Most that can be deferred (the equity limit): ${formatPence(input.propertyValuePence)} less 10% and less the lower capital limit of ${formatPence(lower.pence, { omitZeroPence: true })}: ${formatPence(equityLimitPence)}.`,
      { capitalPence: equityLimitPence },
    ),
  )

  const paidFromIncomePence = Math.min(input.weeklyFeePence, Math.max(0, input.weeklyIncomePence - kept))
  const careDeferredPence = input.weeklyFeePence - paidFromIncomePence
  steps.push(
    step(
      'allowance',
      `You keep ${formatPence(kept)} a week of your income (you may keep up to ${formatPence(allowance.pence)}).`,
      { weeklyPence: kept, source: allowance.source },
    ),
    step(
      'charge',
      `You pay ${formatPence(paidFromIncomePence)} a week from your income (${formatPence(input.weeklyIncomePence)} less the ${formatPence(kept)} you keep, never more than the fee of ${formatPence(input.weeklyFeePence)}).`,
      { weeklyPence: paidFromIncomePence },
    ),
    step(
      'note',
      `The rest of the fee, ${formatPence(careDeferredPence)} a week, is deferred and secured on your home.`,
      { weeklyPence: careDeferredPence },
    ),
  )
  if (input.topUpWeeklyPence > 0)
    steps.push(
      step('note', `Your top-up of ${formatPence(input.topUpWeeklyPence)} a week is added to the amount deferred.`, {
        weeklyPence: input.topUpWeeklyPence,
        source: 'Care and Support and After-care (Choice of Accommodation) Regulations 2014',
      }),
    )

  // Day by day from the start: each week's deferral on its first day, costs on their dates, interest on the balance.
  const first = toDay(start)
  const last = toDay(end)
  const costsByDay = new Map<number, { label: string; pence: number }[]>()
  const addCost = (day: number, label: string, pence: number) =>
    costsByDay.set(day, [...(costsByDay.get(day) ?? []), { label, pence }])
  for (const cost of input.adminCosts)
    if (toDay(cost.on) >= first && toDay(cost.on) < last) addCost(toDay(cost.on), cost.label, cost.pence)
  if (input.annualAdminPence > 0)
    for (let year = 1; toDay(anniversary(start, year)) < last; year += 1)
      addCost(toDay(anniversary(start, year)), 'Yearly administration charge', input.annualAdminPence)

  let balance = 0
  let weeks = 0
  let adminCostsPence = 0
  let interestAdded = 0
  let interestSeparate = 0
  let carry = 0
  let carriedIn = MILLIPERCENT_DIVISOR * daysInYearOf(first)
  let period = -1
  const periodsUsed: InterestPeriodUsed[] = []
  for (let day = first; day < last; day += 1) {
    if ((day - first) % 7 === 0) {
      balance += careDeferredPence + input.topUpWeeklyPence
      weeks += 1
    }
    for (const cost of costsByDay.get(day) ?? []) {
      balance += cost.pence
      adminCostsPence += cost.pence
    }
    if (schedule.length === 0) continue
    while (period + 1 < schedule.length && schedule[period + 1]!.fromDay <= day) period += 1
    const current = schedule[period]
    if (!current || current.toDay < day) {
      const missing = halfYearOf(day)
      return fail(
        issue(
          'interestPeriods',
          `No interest rate is given for the half-year from ${formatLongDate(missing)} to ${formatLongDate(halfYearEnd(missing))}: the rate resets on 1 January and 1 July (regulation 9), so give that half-year's gilt rate from the latest OBR report before it starts, or no periods if the council charges no interest`,
        ),
      )
    }
    if (!periodsUsed.includes(current.used)) periodsUsed.push(current.used)
    // Interest each day on what is owed (including interest already added: compound); fractions of a penny carried
    // (in this year's days), never rounded up.
    const dailyDivisor = MILLIPERCENT_DIVISOR * daysInYearOf(day)
    if (dailyDivisor !== carriedIn) carry = divide(carry * dailyDivisor, carriedIn, 'down')
    carriedIn = dailyDivisor
    const numerator = carry + balance * current.mp
    const interest = divide(numerator, dailyDivisor, 'down')
    carry = numerator - interest * dailyDivisor
    if (input.paysInterestSeparately) interestSeparate += interest
    else {
      balance += interest
      interestAdded += interest
    }
  }
  const careTotal = careDeferredPence * weeks
  const topUpTotal = input.topUpWeeklyPence * weeks
  steps.push(
    step(
      'note',
      `Deferred over ${weeks} week${weeks === 1 ? '' : 's'}: care ${formatPence(careTotal)}${topUpTotal > 0 ? `, top-up ${formatPence(topUpTotal)}` : ''}.`,
      { capitalPence: careTotal + topUpTotal },
    ),
  )
  if (adminCostsPence > 0)
    steps.push(
      step(
        'note',
        `Administration costs added: ${formatPence(adminCostsPence)} (charged at no more than they cost the council).`,
        { capitalPence: adminCostsPence, source: DPA_REGS },
      ),
    )
  if (schedule.length === 0) steps.push(step('note', 'The council charges no interest on this agreement.'))
  for (const used of periodsUsed) {
    steps.push(
      step(
        'note',
        `Interest from ${formatLongDate(used.from)} to ${formatLongDate(used.to)}: ${used.chargedRatePercent}% a year (the most allowed is the gilt rate ${used.giltRatePercent}% plus 0.15% = ${used.maximumRatePercent}%), worked out each day on what you owe, including interest already added.`,
        { source: `${DPA_REGS}, regulation 9; ${used.source}` },
      ),
    )
  }
  if (interestAdded > 0)
    steps.push(step('note', `Interest added: ${formatPence(interestAdded)}.`, { capitalPence: interestAdded }))
  if (input.paysInterestSeparately)
    steps.push(
      step('note', `Interest you pay separately, as you asked: ${formatPence(interestSeparate)}.`, {
        capitalPence: interestSeparate,
      }),
    )
  const equityLeftPence = Math.max(0, equityLimitPence - balance)
  const weekly = careDeferredPence + input.topUpWeeklyPence
  const weeksOfDeferralLeft = weekly === 0 ? null : Math.floor(equityLeftPence / weekly)
  steps.push(
    step(
      'charge',
      `You owe ${formatPence(balance)} under the agreement, secured on your home. ${balance >= equityLimitPence ? 'This has reached the equity limit: the council will talk to you about how your care is paid for from now.' : `${formatPence(equityLeftPence)} is left before the equity limit${weeksOfDeferralLeft === null ? '' : `: about ${weeksOfDeferralLeft} more weeks at the present amount`}.`}`,
      { capitalPence: balance },
    ),
  )
  steps.push(
    step(
      'note',
      'You will get a statement at least every 6 months. The amount is repaid when your home is sold, from your estate after your death, or earlier if you choose; you can end the agreement at any time by paying what you owe.',
      { source: DPA_REGS },
    ),
  )
  return ok({
    agreementStart: start,
    statementDate: end,
    mustOffer,
    equityLimitPence,
    weekly: {
      feePence: input.weeklyFeePence,
      incomePence: input.weeklyIncomePence,
      disposableIncomeKeptPence: kept,
      paidFromIncomePence,
      careDeferredPence,
      topUpDeferredPence: input.topUpWeeklyPence,
    },
    totals: {
      weeks,
      careDeferredPence: careTotal,
      topUpDeferredPence: topUpTotal,
      adminCostsPence,
      interestAddedPence: interestAdded,
      interestDueSeparatelyPence: interestSeparate,
      owedPence: balance,
    },
    equityLeftPence,
    weeksOfDeferralLeft,
    interestPeriods: periodsUsed,
    explanation: steps,
    rulesVersion: RULES_VERSION,
    ratesYear: rates.year,
  })
}
