import {
  addDays,
  fail,
  formatLongDate,
  formatPence,
  issue,
  ok,
  parse,
  type CalendarDate,
  type Result,
} from '@open-sds/kernel'
import { z } from 'zod'
import { dateSchema, daysInclusive, penceSchema, roundedDivision, textSchema } from './amounts.js'
import { lastDayOf, rateOn, statusOn, type Agreement } from './agreement.js'
import { SOURCES, step, type Step } from './explanation.js'
import type { DirectPaymentPolicy } from './policy.js'
import { subjectOf, type Reader } from './reader.js'
import { RULES_VERSION } from './version.js'

export const SpendLineSchema = z.strictObject({
  date: dateSchema('The date of the spend').optional(),
  description: textSchema('What the money was spent on', 500),
  pence: penceSchema('The amount spent'),
  /** The plan's support this spend was for, or null when it fits none. */
  supportId: z.string().trim().min(1).max(100).nullable(),
})
export type SpendLine = z.infer<typeof SpendLineSchema>

/** Money into the account that is not a payment the council recorded: the person's contribution, a refund, a gift. */
export const MoneyInLineSchema = z.strictObject({
  date: dateSchema('The date the money came in').optional(),
  description: textSchema('Where the money came from', 500),
  pence: penceSchema('The amount paid in'),
})
export type MoneyInLine = z.infer<typeof MoneyInLineSchema>

/** A monitoring return: the account's balances at either end of a period, money paid in, and what was spent on what. */
export const ReturnSchema = z.strictObject({
  periodStart: dateSchema('The first day of the return'),
  periodEnd: dateSchema('The last day of the return'),
  receivedOn: dateSchema('The date the return was received'),
  openingBalancePence: penceSchema('The opening balance'),
  closingBalancePence: penceSchema('The closing balance'),
  paidInPence: penceSchema('The money paid in by the council'),
  contributionsPaidInPence: penceSchema('The contributions paid in by the person').default(0),
  spend: z.array(SpendLineSchema).default([]),
  /** The lines behind `contributionsPaidInPence` when a statement shows them: money in that the council did not pay. */
  otherMoneyIn: z.array(MoneyInLineSchema).default([]),
})
export type ReturnInput = z.input<typeof ReturnSchema>

export type RecoveryOption = 'reduce-future-payments' | 'recoup-from-card' | 'invoice'

export const recoveryOptionWords: Record<RecoveryOption, string> = {
  'reduce-future-payments': 'Reduce future payments until the surplus is used up',
  'recoup-from-card': 'Take the surplus back from the prepaid card, after notice',
  invoice: 'Invoice the person for the surplus (to be repaid within 2 weeks at St Helens)',
}

export type SpendFinding = {
  kind:
    | 'outside-agreed-outcomes'
    | 'over-an-outcome'
    | 'moved-within-an-outcome'
    | 'not-a-council-payment'
    | 'opening-balance-differs'
    | 'came-in-late'
  outcomeId?: string
  pence: number
  text: string
}

export type ReturnCheck = {
  agreementId: string
  periodStart: CalendarDate
  periodEnd: CalendarDate
  expectedBalancePence: number
  closingBalancePence: number
  /** Closing minus expected: not 0 when the return does not add up. */
  unexplainedPence: number
  weeklyPaymentPence: number
  contingencyPence: number
  surplusThresholdPence: number
  /** Above the contingency, when the balance is over the surplus threshold; else 0. */
  surplusPence: number
  recoveryOptions: RecoveryOption[]
  findings: SpendFinding[]
  /** Money in that was not the council's, as the return gave it: kept so the return can be checked again as placed. */
  otherMoneyIn: MoneyInLine[]
  explanation: Step[]
  rulesVersion: string
}

/** A return already sent on the agreement: its period, the balance it closed on, and whether a card statement's. */
export type EarlierReturn = {
  periodStart: CalendarDate
  periodEnd: CalendarDate
  closingBalancePence: number
  source?: 'form' | 'card-statement'
}

const periodWords = (from: CalendarDate, to: CalendarDate) => `${formatLongDate(from)} to ${formatLongDate(to)}`

function refusal(
  agreement: Agreement,
  periodStart: CalendarDate,
  periodEnd: CalendarDate,
  receivedOn: CalendarDate,
  earlier: readonly EarlierReturn[],
  cardStatement: boolean,
) {
  if (periodEnd < periodStart) return issue('periodEnd', 'The last day of the return must be on or after its first day')
  // A return reports what happened: a period still to come (a year typed as 2030) has nothing to report yet.
  if (periodEnd > receivedOn)
    return issue(
      'periodEnd',
      `The period must end on or before today, ${formatLongDate(receivedOn)}: it ends on ${formatLongDate(periodEnd)}`,
    )
  const last = lastDayOf(agreement)
  const span = `${formatLongDate(agreement.startDate)}${last === undefined ? ' onwards' : ` to ${formatLongDate(last)}`}`
  if (periodStart < agreement.startDate)
    return issue(
      'periodStart',
      `The return starts on ${formatLongDate(periodStart)}, before the agreement, which runs from ${span}`,
    )
  if (last !== undefined && periodEnd > last)
    return issue(
      'periodEnd',
      `The return ends on ${formatLongDate(periodEnd)}, after the agreement, which runs from ${span}`,
    )
  if (statusOn(agreement, receivedOn) === 'suspended' || statusOn(agreement, periodEnd) === 'suspended') {
    const held = agreement.suspensions.at(-1)
    return issue(
      'agreementId',
      `Payments on this agreement are suspended${held === undefined ? '' : ` since ${formatLongDate(held.from)} (${held.reason})`}: a return is not checked until they start again`,
    )
  }
  // Two returns covering one day would count that day's spending and payments twice.
  // Card statements are the exception on one day: a statement taken later the same day repeats that day's rows, and
  // its transactions are told apart one by one (leaveOutImported), so it may start on the day the last one ended.
  const sharesOnlyItsLastDay = (sent: EarlierReturn) =>
    cardStatement && sent.source === 'card-statement' && sent.periodEnd === periodStart
  const overlapped = earlier.find(
    (sent) => sent.periodStart <= periodEnd && periodStart <= sent.periodEnd && !sharesOnlyItsLastDay(sent),
  )
  // A card statement's period is not the person's to choose: the only overlap left is a return that already covers
  // today, and the rows of today it did not count can only be counted from tomorrow, as late rows.
  if (overlapped !== undefined && cardStatement && overlapped.periodEnd >= receivedOn)
    return issue(
      'periodStart',
      `The return already sent for ${periodWords(overlapped.periodStart, overlapped.periodEnd)} covers every day up to today, so this statement’s transactions cannot be counted until tomorrow: send it again on or after ${formatLongDate(addDays(receivedOn, 1))}, and the transactions that return did not count will be counted then`,
    )
  if (overlapped !== undefined)
    return issue(
      'periodStart',
      `The period ${periodWords(periodStart, periodEnd)} overlaps the return already sent for ${periodWords(overlapped.periodStart, overlapped.periodEnd)}: start the period after ${formatLongDate(overlapped.periodEnd)}`,
    )
  return undefined
}

/**
 * The account's balance carries on from one return to the next: an opening balance that is not the last return's
 * closing balance is money unaccounted for between them, which the council asks about.
 */
function openingFinding(earlier: readonly EarlierReturn[], periodStart: CalendarDate, opening: number) {
  const last = earlier
    .filter((sent) => sent.periodEnd <= periodStart)
    .reduce<EarlierReturn | undefined>(
      (latest, sent) => (latest === undefined || sent.periodEnd > latest.periodEnd ? sent : latest),
      undefined,
    )
  if (last === undefined || last.closingBalancePence === opening) return undefined
  const difference = opening - last.closingBalancePence
  return {
    kind: 'opening-balance-differs',
    pence: difference,
    text: `The opening balance of ${formatPence(opening)} on ${formatLongDate(periodStart)} is ${formatPence(Math.abs(difference))} ${difference > 0 ? 'more' : 'less'} than the closing balance of ${formatPence(last.closingBalancePence)} on the last return, for ${periodWords(last.periodStart, last.periodEnd)}: ask about the difference.`,
  } satisfies SpendFinding
}

/** Money in that the council did not pay, said to the reader: "it is counted as paid in by you". */
const moneyInFinding = (line: MoneyInLine, reader?: Reader): SpendFinding => ({
  kind: 'not-a-council-payment',
  pence: line.pence,
  text: `${line.description} (${formatPence(line.pence)}${line.date === undefined ? '' : ` on ${formatLongDate(line.date)}`}) came into the account but is not a payment the council made: it is counted as paid in by ${subjectOf(reader)}, not by the council.`,
})

/**
 * A checked return's findings said to whoever reads them: money in the council did not pay is "counted as paid in by
 * you" to the person and "by Alex Morgan" to a representative or the council; the other findings are as stored.
 */
export function returnFindingsTo(
  check: Pick<ReturnCheck, 'findings' | 'otherMoneyIn'>,
  reader: Reader,
): SpendFinding[] {
  let moneyIn = 0
  return check.findings.map((finding) => {
    if (finding.kind !== 'not-a-council-payment') return finding
    const line = check.otherMoneyIn[moneyIn]
    moneyIn += 1
    return line === undefined ? finding : moneyInFinding(line, reader)
  })
}

/**
 * Lines of a card statement dated before the return's period (rows on or before the last return's end that were not
 * imported before): they came in late, after the last return, and are counted in this one, which says so with figures.
 */
function lateFinding(given: {
  periodStart: CalendarDate
  spend: readonly SpendLine[]
  otherMoneyIn: readonly MoneyInLine[]
}) {
  const before = (line: { date?: CalendarDate | undefined }) => line.date !== undefined && line.date < given.periodStart
  const spent = given.spend.filter(before)
  const paidIn = given.otherMoneyIn.filter(before)
  const count = spent.length + paidIn.length
  if (count === 0) return undefined
  const sum = (lines: readonly { pence: number }[]) => lines.reduce((total, line) => total + line.pence, 0)
  const dates = [...spent, ...paidIn].map((line) => line.date ?? given.periodStart).sort()
  const first = dates[0] ?? given.periodStart
  return {
    kind: 'came-in-late',
    pence: sum(spent) - sum(paidIn),
    text: `${count === 1 ? '1 transaction' : `${String(count)} transactions`} dated ${first === dates.at(-1) ? formatLongDate(first) : `${formatLongDate(first)} to ${formatLongDate(dates.at(-1) ?? first)}`} came in late, after the last return, which ended on ${formatLongDate(addDays(given.periodStart, -1))}: ${formatPence(sum(spent))} spent${paidIn.length > 0 ? ` and ${formatPence(sum(paidIn))} paid in` : ''}, counted in this return instead.`,
  } satisfies SpendFinding
}

/** The spend against the plan's outcomes: money moved between supports of one outcome is within the flexibility rule. */
function spendFindings(agreement: Agreement, spend: readonly SpendLine[], days: number): SpendFinding[] {
  const supportById = new Map(agreement.supports.map((support) => [support.supportId, support]))
  const findings: SpendFinding[] = []
  const outside = spend.filter((line) => line.supportId === null || !supportById.has(line.supportId))
  for (const line of outside)
    findings.push({
      kind: 'outside-agreed-outcomes',
      pence: line.pence,
      text: `${line.description} (${formatPence(line.pence)}) is not for any support in the plan, so it meets none of the agreed outcomes: ask about it.`,
    })
  for (const outcome of agreement.outcomes) {
    const supports = agreement.supports.filter((support) => support.outcomeId === outcome.outcomeId)
    const planned = (supportId: string) => {
      const support = supportById.get(supportId)
      return support === undefined ? 0 : roundedDivision(support.weeklyPence * days, 7) + support.oneOffPence
    }
    const spentOn = (supportId: string) =>
      spend.filter((line) => line.supportId === supportId).reduce((sum, line) => sum + line.pence, 0)
    const plannedTotal = supports.reduce((sum, support) => sum + planned(support.supportId), 0)
    const spentTotal = supports.reduce((sum, support) => sum + spentOn(support.supportId), 0)
    const overSupports = supports.filter((support) => spentOn(support.supportId) > planned(support.supportId))
    if (spentTotal > plannedTotal)
      findings.push({
        kind: 'over-an-outcome',
        outcomeId: outcome.outcomeId,
        pence: spentTotal - plannedTotal,
        text: `"${outcome.words}": ${formatPence(spentTotal)} spent against ${formatPence(plannedTotal)} planned for the period, ${formatPence(spentTotal - plannedTotal)} more than the outcome's share: ask whether the plan needs review.`,
      })
    else if (overSupports.length > 0)
      findings.push({
        kind: 'moved-within-an-outcome',
        outcomeId: outcome.outcomeId,
        pence: overSupports.reduce((sum, support) => sum + spentOn(support.supportId) - planned(support.supportId), 0),
        text: `"${outcome.words}": money moved between its supports (more on ${overSupports.map((support) => support.description).join(', ')}) within the outcome's ${formatPence(plannedTotal)}: within the flexibility rule, nothing to ask.`,
      })
  }
  return findings
}

/**
 * Checks a monitoring return: the balance it should have (opening + paid in − spent), weeks of cover, a surplus above
 * the council's contingency once the balance passes its threshold (with the ways to recover it), and the spend set
 * against the plan's outcomes. A return for dates outside the agreement, ending after the day it was received,
 * overlapping a return already sent (`earlier`; a card statement's may start on the day the last card statement's
 * ended), or while the agreement is suspended, is refused. An opening balance
 * that differs from the closing balance of the last earlier return is a finding to ask about, with both figures.
 */
export function checkReturn(
  agreement: Agreement,
  policy: DirectPaymentPolicy,
  input: unknown,
  earlier: readonly EarlierReturn[] = [],
  options: { cardStatement?: boolean } = {},
): Result<ReturnCheck> {
  const parsed = parse(ReturnSchema, input)
  if (!parsed.ok) return parsed
  const given = parsed.value
  const refused = refusal(
    agreement,
    given.periodStart,
    given.periodEnd,
    given.receivedOn,
    earlier,
    options.cardStatement === true,
  )
  if (refused !== undefined) return fail(refused)
  const spent = given.spend.reduce((sum, line) => sum + line.pence, 0)
  const expected = given.openingBalancePence + given.paidInPence + given.contributionsPaidInPence - spent
  const unexplained = given.closingBalancePence - expected
  const weekly = rateOn(agreement, given.periodEnd)?.paymentWeeklyPence ?? 0
  const contingency = policy.contingencyWeeks * weekly
  const threshold = policy.surplusThresholdWeeks * weekly
  const closing = given.closingBalancePence
  // With nothing paid by the council (a charge as large as the budget) the balance is the person's own money.
  const surplus = weekly > 0 && closing > threshold ? closing - contingency : 0
  const recoveryOptions: RecoveryOption[] =
    surplus === 0
      ? []
      : agreement.account.type === 'prepaid-card'
        ? ['reduce-future-payments', 'recoup-from-card', 'invoice']
        : ['reduce-future-payments', 'invoice']
  const tenthsOfWeeks = weekly === 0 ? 0 : Math.floor((closing * 10) / weekly)
  const explanation: Step[] = [
    step(
      'balance',
      `Expected balance: ${formatPence(given.openingBalancePence)} at the start, plus ${formatPence(given.paidInPence)} paid in by the council${given.contributionsPaidInPence > 0 ? ` and ${formatPence(given.contributionsPaidInPence)} by the person` : ''}, less ${formatPence(spent)} spent = ${formatPence(expected)}.`,
      { pence: expected },
    ),
    step(
      'balance',
      unexplained === 0
        ? `The closing balance of ${formatPence(closing)} matches.`
        : `The closing balance is ${formatPence(closing)}, ${formatPence(Math.abs(unexplained))} ${unexplained > 0 ? 'more' : 'less'} than expected: ask about the difference.`,
      { pence: unexplained },
    ),
    step(
      'contingency',
      `${formatPence(closing)} is ${String(Math.floor(tenthsOfWeeks / 10))}.${String(tenthsOfWeeks % 10)} weeks of the ${formatPence(weekly)} weekly payment. The council allows ${String(policy.contingencyWeeks)} weeks (${formatPence(contingency)}) for contingencies and acts on a balance above ${String(policy.surplusThresholdWeeks)} weeks (${formatPence(threshold)}).`,
      { pence: contingency },
    ),
    step(
      'surplus',
      surplus === 0
        ? 'No surplus to act on.'
        : `Surplus above the contingency: ${formatPence(surplus)}. First ask why it built up (cover for a PA's sickness or holiday, saving for something planned, a hospital stay); the council may then recover it.`,
      { pence: surplus, source: SOURCES.section33 },
    ),
  ]
  const opening = openingFinding(earlier, given.periodStart, given.openingBalancePence)
  const late = lateFinding(given)
  const findings = [
    ...(late === undefined ? [] : [late]),
    ...(opening === undefined ? [] : [opening]),
    ...given.otherMoneyIn.map((line): SpendFinding => moneyInFinding(line)),
    ...spendFindings(agreement, given.spend, daysInclusive(given.periodStart, given.periodEnd)),
  ]
  for (const finding of findings)
    explanation.push(
      step('spend', finding.text, {
        pence: finding.pence,
        ...(finding.kind === 'outside-agreed-outcomes'
          ? { source: SOURCES.section33 }
          : finding.kind === 'not-a-council-payment' ||
              finding.kind === 'opening-balance-differs' ||
              finding.kind === 'came-in-late'
            ? {}
            : { source: SOURCES.flexibility }),
      }),
    )
  return ok({
    agreementId: agreement.id,
    periodStart: given.periodStart,
    periodEnd: given.periodEnd,
    expectedBalancePence: expected,
    closingBalancePence: closing,
    unexplainedPence: unexplained,
    weeklyPaymentPence: weekly,
    contingencyPence: contingency,
    surplusThresholdPence: threshold,
    surplusPence: surplus,
    recoveryOptions,
    findings,
    otherMoneyIn: given.otherMoneyIn,
    explanation,
    rulesVersion: RULES_VERSION,
  })
}

export type SurplusDecision = {
  agreementId: string
  periodEnd: CalendarDate
  option: RecoveryOption | 'keep'
  pence: number
  reason: string
  decidedOn: CalendarDate
  explanation: Step[]
  rulesVersion: string
}

const DecisionSchema = z.strictObject({
  option: z.enum(['reduce-future-payments', 'recoup-from-card', 'invoice', 'keep'], {
    error: 'Choose what to do about the surplus',
  }),
  pence: penceSchema('The amount to recover'),
  reason: textSchema('The reason for the decision', 2000),
  decidedOn: dateSchema('The date of the decision'),
})

/**
 * A finance officer's decision on a surplus, with a reason: one of the recovery options the check offered, for no
 * more than the surplus, or to let the person keep it (a planned purchase, a PA's holiday to cover).
 */
export function decideSurplus(check: ReturnCheck, input: unknown): Result<SurplusDecision> {
  const parsed = parse(DecisionSchema, input)
  if (!parsed.ok) return parsed
  const decision = parsed.value
  if (check.surplusPence === 0) return fail(issue('option', 'There is no surplus to decide on for this return'))
  if (decision.option !== 'keep' && !check.recoveryOptions.includes(decision.option))
    return fail(
      issue(
        'option',
        `"${decision.option}" is not open for this account: choose one of ${check.recoveryOptions.join(', ')}, or keep`,
      ),
    )
  if (decision.pence > check.surplusPence)
    return fail(
      issue('pence', `The amount to recover must be no more than the surplus, ${formatPence(check.surplusPence)}`),
    )
  const pence = decision.option === 'keep' ? 0 : decision.pence
  return ok({
    agreementId: check.agreementId,
    periodEnd: check.periodEnd,
    option: decision.option,
    pence,
    reason: decision.reason,
    decidedOn: decision.decidedOn,
    explanation: [
      step(
        'surplus',
        decision.option === 'keep'
          ? `The person keeps the surplus of ${formatPence(check.surplusPence)}: ${decision.reason}`
          : `${recoveryOptionWords[decision.option]}: ${formatPence(pence)} of the ${formatPence(check.surplusPence)} surplus. Reason: ${decision.reason}`,
        { pence, source: SOURCES.section33 },
      ),
    ],
    rulesVersion: RULES_VERSION,
  })
}
