import { addDays, fail, formatLongDate, formatPence, issue, ok, parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { AccountSchema, RecipientSchema } from './agreement-schema.js'
import { allowancesFor, rateFor, type Agreement } from './agreement.js'
import { addMonths, dateSchema, penceSchema, roundedDivision, textSchema } from './amounts.js'
import { SOURCES, step } from './explanation.js'
import type { DirectPaymentPolicy } from './policy.js'
import { RULES_VERSION } from './version.js'

const PER_WORDS = { week: 'a week', 'four-weeks': 'every four weeks', year: 'a year' } as const

/**
 * A carer's agreed support plan and personal budget (Care Act 2014 ss25-26 for a carer), as the carers' rules left it:
 * what an agreement needs from it. The budget is one-off, or recurring by the week, four weeks or year; the charge is
 * the carer's own (a sum towards a one-off budget, or a weekly sum), worked out by the carers' rules.
 */
export const CarerBudgetAgreementInputSchema = z.strictObject({
  id: textSchema('The agreement id', 100),
  carerPlanId: textSchema('The carer’s plan id', 100),
  /** The day the carer's plan was agreed, `YYYY-MM-DD`, named in the explanation. */
  planAgreedOn: dateSchema('The day the carer’s plan was agreed'),
  outcomes: z.array(z.strictObject({ words: textSchema('An outcome', 1000) })),
  supports: z.array(
    z.strictObject({ description: textSchema('A support', 500), costPence: penceSchema('A support’s cost') }),
  ),
  budget: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('one-off'), amountPence: penceSchema('The carer’s budget') }),
    z.strictObject({
      kind: z.literal('recurring'),
      amountPence: penceSchema('The carer’s budget'),
      per: z.enum(['week', 'four-weeks', 'year'], { error: 'Choose how often the carer’s budget is paid' }),
    }),
  ]),
  /** For a one-off budget, the sum the carer pays towards it; for a recurring one, a week. 0 when the council does not charge. */
  chargePence: penceSchema('The carer’s charge'),
  recipient: RecipientSchema,
  account: AccountSchema,
  basis: z.enum(['net', 'gross']),
  startDate: dateSchema('The start date'),
})
export type CarerBudgetAgreementInput = z.input<typeof CarerBudgetAgreementInputSchema>

/** A recurring carer's budget as a weekly sum: a year over 52 weeks, four weeks over 4, to the nearest penny. */
function weeklyOf(budget: { amountPence: number; per: 'week' | 'four-weeks' | 'year' }): number {
  if (budget.per === 'week') return budget.amountPence
  return roundedDivision(budget.amountPence, budget.per === 'year' ? 52 : 4)
}

/**
 * A direct-payment agreement from a carer's agreed budget, in the same life cycle as a person's (payment runs,
 * returns, suspensions, endings). A one-off budget is one one-off payment on the start date (less the carer's charge
 * when paid net), for the year the plan covers; a recurring budget becomes a weekly rate paid on the council's cycle.
 * Refuses, naming the field, a budget of nothing and a one-off charge above the budget paid net.
 */
export function makeCarerAgreement(input: unknown, policy: DirectPaymentPolicy): Result<Agreement> {
  const parsed = parse(CarerBudgetAgreementInputSchema, input)
  if (!parsed.ok) return parsed
  const given = parsed.value
  if (given.budget.amountPence === 0)
    return fail(issue('budget.amountPence', 'The carer’s budget is £0.00: there is nothing to pay as a direct payment'))
  const allowances = allowancesFor(policy, false)
  const opening = [
    step(
      'plan',
      `Agreed from the carer’s support plan and personal budget agreed on ${formatLongDate(given.planAgreedOn)}.`,
    ),
    step('recipient', `Paid to ${given.recipient.name}, the carer.`, { source: SOURCES.section31 }),
  ]
  const closing = step('note', 'The payment may only be used to meet the needs in the carer’s support plan.', {
    source: SOURCES.section33,
  })
  const common = {
    id: given.id,
    planRecordId: given.carerPlanId,
    planVersion: 1,
    recipient: given.recipient,
    account: given.account,
    basis: given.basis,
    startDate: given.startDate,
    employsPersonalAssistants: false,
    yearlyAllowances: [],
    supports: given.supports.map((support, index) => ({
      supportId: `carer-support-${String(index + 1)}`,
      outcomeId: 'carer',
      description: support.description,
      weeklyPence: 0,
      oneOffPence: support.costPence,
    })),
    outcomes: given.outcomes.map((outcome, index) => ({
      outcomeId: `carer-${String(index + 1)}`,
      words: outcome.words,
    })),
    suspensions: [],
    rulesVersion: RULES_VERSION,
  }

  if (given.budget.kind === 'one-off') {
    const charge = given.chargePence
    if (given.basis === 'net' && charge > given.budget.amountPence)
      return fail(
        issue(
          'chargePence',
          `The carer’s charge of ${formatPence(charge)} is more than the budget of ${formatPence(given.budget.amountPence)}: pay it gross`,
        ),
      )
    const pence = given.basis === 'net' ? given.budget.amountPence - charge : given.budget.amountPence
    // A year's one-off budget covers the days up to, not including, the anniversary.
    const endDate = addDays(addMonths(given.startDate, 12), -1)
    const rate = rateFor({
      from: given.startDate,
      basis: given.basis,
      budgetWeeklyPence: 0,
      chargeWeeklyPence: 0,
      weeklyAllowances: [],
      reason: 'A one-off carer’s budget: nothing is paid by the week',
    })
    return ok({
      ...common,
      endDate: endDate,
      rates: [rate],
      oneOffPayments: [{ date: given.startDate, pence, description: 'The carer’s one-off personal budget' }],
      explanation: [
        ...opening,
        step(
          'one-off',
          `A one-off budget of ${formatPence(given.budget.amountPence)}, paid once on ${formatLongDate(given.startDate)}, for the year to ${formatLongDate(endDate)}.`,
          { pence: given.budget.amountPence },
        ),
        charge === 0
          ? step('charge', 'The carer pays nothing towards it.')
          : given.basis === 'net'
            ? step(
                'charge',
                `Paid net: the carer’s charge of ${formatPence(charge)} is taken off, so the council pays ${formatPence(pence)}.`,
                { pence: charge, source: SOURCES.netOrGross },
              )
            : step(
                'charge',
                `Paid gross: the whole ${formatPence(pence)} is paid and the carer’s charge of ${formatPence(charge)} is invoiced.`,
                { pence: charge, source: SOURCES.netOrGross },
              ),
        closing,
      ],
    })
  }

  const weekly = weeklyOf(given.budget)
  const rate = rateFor({
    from: given.startDate,
    basis: given.basis,
    budgetWeeklyPence: weekly,
    chargeWeeklyPence: given.chargePence,
    weeklyAllowances: allowances.weekly,
    reason: 'Agreed from the carer’s plan',
  })
  const asWeekly =
    given.budget.per === 'week'
      ? []
      : [
          step(
            'budget',
            `${formatPence(given.budget.amountPence)} ${PER_WORDS[given.budget.per]} is ${formatPence(weekly)} a week (${given.budget.per === 'year' ? 'divided by 52' : 'divided by 4'}, to the nearest penny), paid on the council’s cycle.`,
            { pence: weekly },
          ),
        ]
  return ok({
    ...common,
    rates: [rate],
    oneOffPayments: [],
    explanation: [...opening, ...asWeekly, ...rate.explanation, closing],
  })
}
