import { fail, formatLongDate, formatPence, issue, ok, parse, type CalendarDate, type Result } from '@open-sds/kernel'
import { costPlan, planInForce, type PlanRecord } from '@open-sds/support-planning'
import { AgreementInputSchema, type Account, type OneOffPayment, type Recipient } from './agreement-schema.js'
import { agreedOn, tooFarAhead } from './date-bounds.js'
import { SOURCES, step, type Step } from './explanation.js'
import type { Allowance, DirectPaymentPolicy } from './policy.js'
import { personDoes, possessiveOf, subjectOf, type Reader } from './reader.js'
import { RULES_VERSION } from './version.js'

/** The weekly payment in force from a date: the budget, the charge and allowances that make it, and why. */
export type Rate = {
  from: CalendarDate
  budgetWeeklyPence: number
  chargeWeeklyPence: number
  allowanceWeeklyPence: number
  paymentWeeklyPence: number
  reason: string
  explanation: Step[]
}

/** A support of the plan in force, costed by the week, kept so returns can be placed against it. */
export type AgreedSupport = {
  supportId: string
  outcomeId: string
  description: string
  weeklyPence: number
  oneOffPence: number
}
export type AgreedOutcome = { outcomeId: string; words: string }

export type Suspension = { from: CalendarDate; to?: CalendarDate; reason: string }
export type EndingReason = 'death' | 'moved-away' | 'breach' | 'person-chose' | 'conditions-not-met' | 'care-home'
export type Ending = { date: CalendarDate; reason: EndingReason; note?: string }

/**
 * A direct-payment agreement. It is never edited in place: a change of plan or charge adds a rate from its effective
 * date, a suspension or an ending is added beside what was there, so every payment made can be checked against it.
 */
export type Agreement = {
  id: string
  planRecordId: string
  planVersion: number
  recipient: Recipient
  account: Account
  basis: 'net' | 'gross'
  startDate: CalendarDate
  endDate?: CalendarDate
  employsPersonalAssistants: boolean
  rates: Rate[]
  oneOffPayments: OneOffPayment[]
  yearlyAllowances: { id: string; label: string; pence: number }[]
  supports: AgreedSupport[]
  outcomes: AgreedOutcome[]
  suspensions: Suspension[]
  ending?: Ending
  explanation: Step[]
  rulesVersion: string
}

// States in which a plan version is in force: a revision being agreed leaves the last approved version in force.
const IN_FORCE = new Set(['active', 'under-review', 'revised'])

export const budgetByAccount: Record<
  Account['type'],
  'directPaymentWeeklyPence' | 'managedAccountWeeklyPence' | 'individualServiceFundWeeklyPence'
> = {
  'own-bank-account': 'directPaymentWeeklyPence',
  'prepaid-card': 'directPaymentWeeklyPence',
  'managed-account': 'managedAccountWeeklyPence',
  'individual-service-fund': 'individualServiceFundWeeklyPence',
}

const accountWords = (account: Account, reader?: Reader): string => {
  switch (account.type) {
    case 'own-bank-account':
      return 'into a bank account kept only for the direct payment'
    case 'prepaid-card':
      return 'onto a prepaid card account the council can see'
    case 'managed-account':
      return `into a managed account held by ${account.provider}`
    case 'individual-service-fund':
      return `to ${account.provider}, who holds it as an individual service fund and spends it as ${personDoes(reader, 'direct')}`
  }
}

const recipientStep = (recipient: Recipient, reader?: Reader): Step => {
  switch (recipient.role) {
    case 'the-person':
      return step(
        'recipient',
        reader === undefined
          ? `Paid to ${recipient.name}, the person.`
          : 'you' in reader
            ? 'Paid to you.'
            : `Paid to ${recipient.name}.`,
        { source: SOURCES.section31 },
      )
    case 'nominated-person':
      return step(
        'recipient',
        `Paid to ${recipient.name}, nominated by ${subjectOf(reader)} and agreeing to receive it.`,
        { source: SOURCES.section31 },
      )
    case 'authorised-person':
      return step(
        'recipient',
        `Paid to ${recipient.name}, authorised to receive it for ${reader === undefined ? 'a person who lacks capacity to ask' : 'you' in reader ? 'you' : `${reader.name}, who lacks capacity to ask`} (${recipient.authority.replaceAll('-', ' ')}); they must act in ${possessiveOf(reader)} best interests.`,
        { source: SOURCES.section32 },
      )
  }
}

/** How the assessed charge is met on a basis, said to the reader ("you pay it into the account"). */
function chargeStep(basis: 'net' | 'gross', charge: number, budget: number, reader?: Reader): Step {
  if (basis === 'gross')
    return step(
      'charge',
      `Paid gross: the whole amount is paid and the assessed charge of ${formatPence(charge)} a week is invoiced to ${subjectOf(reader)}.`,
      { pence: charge, source: SOURCES.netOrGross },
    )
  return step(
    'charge',
    charge > budget
      ? `Paid net: the assessed charge of ${formatPence(charge)} a week is more than this payment, so the council pays nothing towards it and ${personDoes(reader, 'pay')} the whole ${formatPence(budget)} into the account.`
      : `Paid net: the assessed charge of ${formatPence(charge)} a week is taken off; ${personDoes(reader, 'pay')} it into the account, so the two together make ${formatPence(budget)}.`,
    { pence: Math.min(charge, budget), source: SOURCES.netOrGross },
  )
}

/**
 * The agreement's explanation said to whoever reads it: "you pay it into the account" to the person, "Alex Morgan
 * pays it" to a representative or the council. The lines about the person (who receives it, how the account is held,
 * how the charge is met) are worked out again from the agreement; the others are as stored.
 */
export function explainAgreementTo(agreement: Agreement, reader: Reader): Step[] {
  const first = agreement.rates[0]
  return agreement.explanation.map((line) => {
    if (line.kind === 'recipient') return recipientStep(agreement.recipient, reader)
    if (line.kind === 'account') return step('account', `Paid ${accountWords(agreement.account, reader)}.`)
    if (line.kind === 'charge' && first !== undefined)
      return chargeStep(agreement.basis, first.chargeWeeklyPence, first.budgetWeeklyPence, reader)
    return line
  })
}

/** The weekly rate for a budget and charge on a basis, with its explanation. */
export function rateFor(input: {
  from: CalendarDate
  basis: 'net' | 'gross'
  budgetWeeklyPence: number
  chargeWeeklyPence: number
  weeklyAllowances: readonly Pick<Allowance, 'label' | 'pence'>[]
  reason: string
}): Rate {
  const { basis, budgetWeeklyPence: budget, chargeWeeklyPence: charge } = input
  const explanation: Step[] = [
    step(
      'budget',
      `From ${formatLongDate(input.from)}, the plan puts ${formatPence(budget)} a week into this payment.`,
      {
        pence: budget,
      },
    ),
  ]
  const payment = budget - (basis === 'net' ? Math.min(charge, budget) : 0)
  explanation.push(chargeStep(basis, charge, budget))
  const allowance = input.weeklyAllowances.reduce((sum, item) => sum + item.pence, 0)
  for (const item of input.weeklyAllowances)
    explanation.push(
      step('allowance', `${item.label}: ${formatPence(item.pence)} a week added.`, {
        pence: item.pence,
        source: SOURCES.onCosts,
      }),
    )
  explanation.push(
    step('payment', `The council pays ${formatPence(payment + allowance)} a week.`, { pence: payment + allowance }),
  )
  return {
    from: input.from,
    budgetWeeklyPence: budget,
    chargeWeeklyPence: charge,
    allowanceWeeklyPence: allowance,
    paymentWeeklyPence: payment + allowance,
    reason: input.reason,
    explanation,
  }
}

/** The allowances of a policy that apply to an agreement, split into weekly and yearly ones. */
export function allowancesFor(policy: DirectPaymentPolicy, employsPersonalAssistants: boolean) {
  const applying = policy.allowances.filter(
    (item) => employsPersonalAssistants || !item.onlyForPersonalAssistantEmployers,
  )
  return {
    weekly: applying.filter((item) => item.per === 'week'),
    yearly: applying.filter((item) => item.per === 'year').map(({ id, label, pence }) => ({ id, label, pence })),
  }
}

function planVersionInForce(record: PlanRecord) {
  const inForce = planInForce(record)
  const version = record.versions.find((candidate) => candidate.planVersion === inForce?.planVersion)
  return IN_FORCE.has(record.state) && version !== undefined ? version : undefined
}

/** Each kind of account as a sentence names it, for the refusal that the plan puts nothing into it. */
const accountKindWords: Record<Account['type'], string> = {
  'own-bank-account': 'a direct payment to the person’s own bank account',
  'prepaid-card': 'a direct payment onto a prepaid card',
  'managed-account': 'a managed account',
  'individual-service-fund': 'an individual service fund',
}

/**
 * A direct-payment agreement from the plan version in force: who receives it, how it is held, net or gross of the
 * assessed charge, and the weekly payment with how it was worked out. Refuses, naming the field, a plan with no version
 * in force (not yet agreed, or ended), a plan that puts nothing into this kind of account, and dates out of order.
 */
export function makeAgreement(input: unknown, policy: DirectPaymentPolicy): Result<Agreement> {
  const parsed = parse(AgreementInputSchema, input)
  if (!parsed.ok) return parsed
  const given = parsed.value
  const version = planVersionInForce(given.planRecord)
  if (version === undefined)
    return fail(
      issue(
        'planRecord',
        `The plan is ${given.planRecord.state.replaceAll('-', ' ')}: a direct payment can only be agreed from a plan in force (active, or under review with its last agreed version)`,
      ),
    )
  const agreed = agreedOn(given.planRecord, version.planVersion)
  if (agreed !== undefined && given.startDate < agreed)
    return fail(
      issue(
        'startDate',
        `The start date must be on or after ${formatLongDate(agreed)}, when version ${String(version.planVersion)} of the plan was agreed`,
      ),
    )
  const ahead = tooFarAhead(given.startDate, given.today, 'startDate', 'The start date')
  if (ahead !== undefined) return ahead
  if (given.endDate !== undefined && given.endDate < given.startDate)
    return fail(
      issue('endDate', `The end date must be on or after the start date (${formatLongDate(given.startDate)})`),
    )
  const key = budgetByAccount[given.account.type]
  const budget = version.plan.funding.personalBudget[key]
  if (budget === 0)
    return fail(
      issue(
        'account.type',
        `Plan version ${String(version.planVersion)} puts nothing into ${accountKindWords[given.account.type]}: choose the account type the plan's funding names`,
      ),
    )
  for (const [index, oneOff] of given.oneOffPayments.entries()) {
    if (oneOff.date < given.startDate || (given.endDate !== undefined && oneOff.date > given.endDate))
      return fail(issue(`oneOffPayments.${String(index)}.date`, 'The one-off payment must fall within the agreement'))
  }
  const allowances = allowancesFor(policy, given.employsPersonalAssistants)
  const rate = rateFor({
    from: given.startDate,
    basis: given.basis,
    budgetWeeklyPence: budget,
    chargeWeeklyPence: given.assessedWeeklyChargePence,
    weeklyAllowances: allowances.weekly,
    reason: `Agreed from plan version ${String(version.planVersion)}`,
  })
  const costing = costPlan(version.plan)
  const explanation = [
    step('plan', `Agreed from version ${String(version.planVersion)} of the support plan, which is in force.`),
    recipientStep(given.recipient),
    step('account', `Paid ${accountWords(given.account)}.`),
    ...rate.explanation,
    ...allowances.yearly.map((item) =>
      step('allowance', `${item.label}: ${formatPence(item.pence)} paid at the start and on each anniversary.`, {
        pence: item.pence,
        source: SOURCES.onCosts,
      }),
    ),
    step('note', 'The payment may only be used to meet the needs in the support plan.', { source: SOURCES.section33 }),
  ]
  return ok({
    id: given.id,
    planRecordId: given.planRecord.id,
    planVersion: version.planVersion,
    recipient: given.recipient,
    account: given.account,
    basis: given.basis,
    startDate: given.startDate,
    ...(given.endDate === undefined ? {} : { endDate: given.endDate }),
    employsPersonalAssistants: given.employsPersonalAssistants,
    rates: [rate],
    oneOffPayments: given.oneOffPayments,
    yearlyAllowances: allowances.yearly,
    supports: costing.supports.map(({ supportId, outcomeId, description, weeklyPence, oneOffPence }) => ({
      supportId,
      outcomeId,
      description,
      weeklyPence,
      oneOffPence,
    })),
    outcomes: version.plan.outcomes.map((outcome) => ({ outcomeId: outcome.id, words: outcome.words })),
    suspensions: [],
    explanation,
    rulesVersion: RULES_VERSION,
  })
}

/** The rate in force on a date (the latest from on or before it), or undefined before the agreement starts. */
export const rateOn = (agreement: Pick<Agreement, 'rates'>, date: CalendarDate): Rate | undefined =>
  agreement.rates.findLast((rate) => rate.from <= date)

/** The last day payments are due: the ending's date, else the agreed end date, else none. */
export const lastDayOf = (agreement: Pick<Agreement, 'ending' | 'endDate'>): CalendarDate | undefined =>
  agreement.ending?.date ?? agreement.endDate

/** Whether the agreement is in force, suspended or over on a date. */
export function statusOn(
  agreement: Pick<Agreement, 'startDate' | 'ending' | 'endDate' | 'suspensions'>,
  date: CalendarDate,
): 'not-started' | 'active' | 'suspended' | 'ended' {
  if (date < agreement.startDate) return 'not-started'
  const last = lastDayOf(agreement)
  if (last !== undefined && date > last) return 'ended'
  return agreement.suspensions.some((held) => held.from <= date && (held.to === undefined || date <= held.to))
    ? 'suspended'
    : 'active'
}
