import { fail, formatPence, issue, type Issue, ok, parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import type { ChargeAssessment } from '../assess/charge-assessment.js'
import { assessNonResidential } from '../assess/non-residential.js'
import type { AssessOptions } from '../assess/prepare.js'
import { step, type Step } from '../explanation.js'
import type { CouncilPolicyInput } from '../policy/policy-schema.js'
import type { Period } from '../rounding.js'
import { penceField } from '../schemas/fields.js'
import type { NonResidentialInputInput } from '../schemas/non-residential-input.js'
import { RULES_VERSION } from '../version.js'
import { FINANCIAL_SECTIONS, FinancialAnswersSchema, type FinancialAnswers } from './financial-answers.js'
import { financialSectionIssues } from './section-issues.js'

type FullInput = Extract<NonResidentialInputInput, { route: 'full' }>
type IncomeItems = NonNullable<FullInput['income']>
type CapitalItems = NonNullable<FullInput['capital']>
type HousingCosts = NonNullable<NonNullable<FullInput['housing']>['costs']>

export const AnswersToInputSchema = z.strictObject({
  answers: FinancialAnswersSchema,
  /** The weekly cost of care the charge is capped at (see `costOfCareToCapAt`). */
  costOfCareWeeklyPence: penceField('The weekly cost of care'),
  /** Where that cost came from, in a few words, said in the explanation ("your agreed support plan"). */
  costOfCareSource: z.string().trim().min(1).max(200).optional(),
})
export type AnswersToInput = z.input<typeof AnswersToInputSchema>

/** The engine's input for a set of answers, and every assumption made for a question that was not asked. */
export type AnswersMapping = { input: NonResidentialInputInput; assumptions: Step[]; rulesVersion: string }

const EQUAL_SHARE_OF_TWO = 50

const assumption = (text: string, source?: string): Step => step('note', text, source ? { source } : {})

function incomeItems(income: FinancialAnswers['income']): IncomeItems {
  const items: IncomeItems = []
  const paid = asPaid
  const add = (
    kind: IncomeItems[number]['kind'],
    amount: number | undefined,
    per: Period | undefined,
    label?: string,
  ) => {
    if (amount !== undefined && amount > 0)
      items.push({ kind, ...paid(amount, per), ...(label ? { label } : {}) } as IncomeItems[number])
  }
  add('state-pension', income.statePension, income.statePensionPer)
  add('occupational-or-private-pension', income.privatePension, income.privatePensionPer)
  add('employment-and-support-allowance', income.esa, income.esaPer)
  add('universal-credit', income.universalCredit, income.universalCreditPer)
  add('pension-credit-guarantee', income.pensionCredit, income.pensionCreditPer)
  add('other-counted', income.pensionsAndBenefits, income.pensionsAndBenefitsPer, 'Pensions and benefits')
  const benefit = income.careBenefit
  if (benefit !== undefined && benefit !== 'none') {
    const higherRate = income.careBenefitHigherRate === true
    items.push({
      kind: benefit,
      ...paid(income.careBenefitAmount ?? 0, income.careBenefitAmountPer),
      higherRate,
      ...(higherRate && income.nightCare === false ? { lowerRateWeeklyPence: income.careBenefitLowerRate ?? 0 } : {}),
    })
  }
  add('pip-mobility', income.mobility, income.mobilityPer)
  add('earnings', income.earnings, income.earningsPer)
  add('other-counted', income.otherIncome, income.otherIncomePer, 'Other income')
  return items
}

function capitalItems(capital: FinancialAnswers['capital'], assumptions: Step[]): CapitalItems {
  const items: CapitalItems = []
  const savings = capital.savings ?? 0
  if (savings > 0) {
    let sharePercent = 100
    if (capital.savingsJoint === undefined) {
      assumptions.push(
        assumption(
          `You were not asked whether your savings of ${formatPence(savings)} are held jointly, so all of them are counted as yours.`,
        ),
      )
    } else if (capital.savingsJoint) {
      if (capital.savingsSharePercent === undefined) {
        sharePercent = EQUAL_SHARE_OF_TWO
        assumptions.push(
          assumption(
            `Your savings of ${formatPence(savings)} are held jointly and you did not say your share, so you are taken to own an equal share with one other person: half. If you share them with more people, or your share is different, tell us and it will be worked out again.`,
            'Jointly held capital is apportioned (SI 2014/2672 reg 24); an equal share is the usual assumption',
          ),
        )
      } else sharePercent = capital.savingsSharePercent
    }
    items.push({ kind: 'savings', valuePence: savings, sharePercent })
  }
  if ((capital.otherProperty ?? 0) > 0) items.push({ kind: 'property', valuePence: capital.otherProperty ?? 0 })
  return items
}

// Each amount as the person gave it, with how often it is paid: the rules make it weekly, and say how, in the explanation.
const asPaid = (amount: number, per: Period | undefined) =>
  per === undefined || per === 'week' ? { weeklyPence: amount } : { amountPence: amount, per }

function housingCosts(housing: FinancialAnswers['housing']): HousingCosts {
  const costs: HousingCosts = []
  for (const [kind, amount, per] of [
    ['rent', housing.rent, housing.rentPer],
    ['service-charges', housing.serviceCharges, housing.serviceChargesPer],
    ['mortgage-interest', housing.mortgageInterest, housing.mortgageInterestPer],
    ['council-tax', housing.councilTax, housing.councilTaxPer],
  ] as const) {
    if (amount !== undefined && amount > 0) costs.push({ kind, ...asPaid(amount, per) })
  }
  if ((housing.otherHousingCosts ?? 0) > 0)
    costs.push({ kind: 'other', label: 'Housing costs', weeklyPence: housing.otherHousingCosts ?? 0 })
  return costs
}

/** Help with housing costs as the engine takes it: weekly as given, or the amount and how often it is paid. */
const housingHelp = (amount: number | undefined, per: Period | undefined) =>
  per === undefined || per === 'week' ? { weekly: amount ?? 0 } : { paid: { amountPence: amount ?? 0, per } }

function dre(costs: FinancialAnswers['costs']): FullInput['dre'] {
  if (costs.basis === 'standard') return { basis: 'standard' }
  if (costs.basis !== 'itemised') return { basis: 'none' }
  const items = [
    { label: 'Community alarm', amountPence: costs.alarm ?? 0, per: 'month' as const },
    { label: 'Extra laundry', amountPence: costs.laundry ?? 0, per: 'week' as const },
    { label: 'Extra heating', amountPence: costs.heating ?? 0, per: 'week' as const },
    { label: 'Cleaning or basic garden work', amountPence: costs.cleaning ?? 0, per: 'week' as const },
    { label: costs.otherDescription ?? 'Other cost', amountPence: costs.otherCost ?? 0, per: 'week' as const },
  ].filter((item) => item.amountPence > 0)
  return { basis: 'itemised', items }
}

/**
 * The charging engine's input for a financial-assessment form's answers: the one mapping used by the full assessment,
 * the short estimate and the yearly uprating. Only amounts a person gave are listed, so the explanation names what
 * they have and nothing else. A question the engine needs and nobody answered is a problem (age, pension credit age,
 * how to count extra costs); one a shorter form did not ask is an assumption, returned in `assumptions` and put in
 * the explanation by `assessFinancialAnswers`. Never throws.
 */
export function chargingInputFromAnswers(given: unknown): Result<AnswersMapping> {
  const parsed = parse(AnswersToInputSchema, given)
  if (!parsed.ok) return parsed
  const { answers, costOfCareWeeklyPence, costOfCareSource } = parsed.value
  const problems: Issue[] = FINANCIAL_SECTIONS.flatMap((section) =>
    financialSectionIssues(section, answers[section]).map((found) => issue(`answers.${found.path}`, found.message)),
  )
  if (problems.length > 0) return fail(...problems)

  const about = answers['about-you']
  // Both were checked just above; narrowing here keeps a missing age from ever becoming a number.
  if (about.age === undefined || about.pensionCreditAge === undefined)
    return fail(issue('answers.about-you', 'Enter your age and whether you have reached pension credit age'))
  const assumptions: Step[] = []
  if (costOfCareSource)
    assumptions.push(
      assumption(
        `The cost of your care is taken to be ${formatPence(costOfCareWeeklyPence)} a week: ${costOfCareSource}.`,
      ),
    )
  if (about.couple === undefined) {
    assumptions.push(
      assumption(
        'You were not asked whether you are a member of a couple, so this is worked out for a single person. A member of a couple has a lower minimum income guarantee.',
      ),
    )
  }
  if (about.disabilityPremium === undefined && about.pensionCreditAge === false) {
    assumptions.push(
      assumption(
        'You were not asked whether your benefit award includes a disability premium, so none is added to your minimum income guarantee. If it does, your charge may be lower.',
      ),
    )
  }
  const capital = capitalItems(answers.capital, assumptions)
  const income = incomeItems(answers.income)
  const hasCareBenefitAtNightRate = income.some((item) => 'higherRate' in item && item.higherRate === true)
  const benefit = housingHelp(answers.housing.housingBenefit, answers.housing.housingBenefitPer)
  const reduction = housingHelp(answers.housing.councilTaxReduction, answers.housing.councilTaxReductionPer)

  const input: FullInput = {
    route: 'full',
    person: {
      ageYears: about.age,
      pensionCreditAge: about.pensionCreditAge,
      memberOfCouple: about.couple === true,
      // Needed only for a member of a couple under pension credit age (reg 7(4)(b)); the section rules ask for it then.
      ...(about.couple === true && !about.pensionCreditAge && about.partnerPensionCreditAge !== undefined
        ? { partnerPensionCreditAge: about.partnerPensionCreditAge }
        : {}),
      disabilityPremium: about.disabilityPremium === true,
    },
    capital,
    income,
    housing: {
      costs: housingCosts(answers.housing),
      housingBenefitWeeklyPence: benefit.weekly ?? 0,
      ...(benefit.paid ? { housingBenefit: benefit.paid } : {}),
      councilTaxReductionWeeklyPence: reduction.weekly ?? 0,
      ...(reduction.paid ? { councilTaxReduction: reduction.paid } : {}),
    },
    dre: dre(answers.costs),
    ...(hasCareBenefitAtNightRate ? { nightCareProvided: answers.income.nightCare === true } : {}),
    services: [
      {
        kind: 'care-and-support',
        label: 'Your care and support',
        cost: { amountPence: costOfCareWeeklyPence, per: 'week' },
      },
    ],
  }
  return ok({ input, assumptions, rulesVersion: RULES_VERSION })
}

/** Which section of the answers a problem belongs to (from the mapper's or the engine's path), so a form can send the person there. */
export function answersSectionOf(path: string): (typeof FINANCIAL_SECTIONS)[number] | undefined {
  const [first = '', second = ''] = path.split('.')
  const own = FINANCIAL_SECTIONS.find((section) => section === (first === 'answers' ? second : first))
  if (own) return own
  if (first === 'person' || first === 'services' || first === 'costOfCareWeeklyPence') return 'about-you'
  if (first === 'nightCare' || first === 'nightCareProvided') return 'income'
  if (first === 'dre') return 'costs'
  return undefined
}

/**
 * Works out the weekly charge for a set of answers: the mapping above, then `assessNonResidential`. The assumptions
 * come first in the explanation, so whoever reads the result sees what was taken as given.
 */
export function assessFinancialAnswers(
  given: unknown,
  policy: CouncilPolicyInput,
  options: AssessOptions,
): Result<ChargeAssessment> {
  const mapped = chargingInputFromAnswers(given)
  if (!mapped.ok) return mapped
  const assessed = assessNonResidential(mapped.value.input, policy, options)
  if (!assessed.ok) return assessed
  return ok({ ...assessed.value, explanation: [...mapped.value.assumptions, ...assessed.value.explanation] })
}
