import { z } from 'zod'
import { PERIODS } from '../rounding.js'
import { MAX_CAPITAL_PENCE, penceField, wholeNumberField } from '../schemas/fields.js'

/*
 * A financial-assessment form's answers, as a person gives them: five sections, money in whole pence, yes/no as
 * booleans. A money question left empty means "none" (the form says so beside it); every other unanswered question is
 * either a problem to fix or an assumption the result states. This is the shape a portal stores, so a correction by a
 * finance officer is the same answers with different values, and a later uprating reads them again.
 */

const weekly = (label: string) => penceField(label).optional()
const total = (label: string) => penceField(label, MAX_CAPITAL_PENCE).optional()
/** How often an income or a housing cost is paid, beside its amount; left out, it is a weekly amount. */
const paid = (label: string) =>
  z
    .enum(PERIODS, {
      error: `How often ${label} is paid: select every week, every 4 weeks, every month or every year`,
    })
    .optional()
const yesNo = (label: string) => z.boolean({ error: `${label}: answer yes or no` }).optional()

export const CARE_BENEFITS = ['none', 'attendance-allowance', 'dla-care', 'pip-daily-living'] as const
export const DRE_BASES = ['standard', 'itemised', 'none'] as const

export const FINANCIAL_SECTIONS = ['about-you', 'capital', 'income', 'housing', 'costs'] as const
export type FinancialSection = (typeof FINANCIAL_SECTIONS)[number]

const SECTION_TITLES: Record<FinancialSection, string> = {
  'about-you': 'about you',
  capital: 'about your savings and property',
  income: 'about your income',
  housing: 'about your housing costs',
  costs: 'about extra costs because of your disability',
}

/** A section left out is a page not answered, which is never read as "none of these". */
const answered = (id: FinancialSection) => ({
  error: (iss: { input?: unknown }) =>
    iss.input === undefined
      ? `Answer the questions ${SECTION_TITLES[id]}`
      : `The answers ${SECTION_TITLES[id]} must be a group of answers`,
})

export const AboutYouAnswersSchema = z.strictObject(
  {
    age: wholeNumberField('Your age', 18, 130, 'adult charging applies from 18').optional(),
    pensionCreditAge: yesNo('Whether you have reached pension credit age'),
    couple: yesNo('Whether you are a member of a couple'),
    /** Asked of a member of a couple under pension credit age: the couple amount is higher when either has reached it (reg 7(4)(b)). */
    partnerPensionCreditAge: yesNo('Whether your partner has reached pension credit age'),
    disabilityPremium: yesNo('Whether your benefit award includes a disability premium'),
    /** What the person was quoted, asked only when the council does not already know the cost of their care. */
    costOfCare: weekly('The weekly cost of your care and support'),
  },
  answered('about-you'),
)

export const CapitalAnswersSchema = z.strictObject(
  {
    savings: total('Savings and investments'),
    savingsJoint: yesNo('Whether any savings are held jointly'),
    /** The person's own share of joint savings, when they know it; otherwise an equal share with one other is assumed, and said. */
    savingsSharePercent: wholeNumberField('Your share of the joint savings, in percent', 1, 100).optional(),
    otherProperty: total('Property other than your home'),
  },
  answered('capital'),
)

export const IncomeAnswersSchema = z.strictObject(
  {
    statePension: weekly('State Pension'),
    statePensionPer: paid('State Pension'),
    privatePension: weekly('Work or private pensions'),
    privatePensionPer: paid('work or private pensions'),
    esa: weekly('Employment and Support Allowance'),
    esaPer: paid('Employment and Support Allowance'),
    universalCredit: weekly('Universal Credit'),
    universalCreditPer: paid('Universal Credit'),
    pensionCredit: weekly('Pension Credit (guarantee credit)'),
    pensionCreditPer: paid('Pension Credit'),
    /** One total for pensions and benefits, as the short estimate asks it. */
    pensionsAndBenefits: weekly('Pensions and benefits'),
    pensionsAndBenefitsPer: paid('your pensions and benefits'),
    careBenefit: z
      .enum(CARE_BENEFITS, { error: 'Select which disability benefit for care needs you get, or none' })
      .optional(),
    careBenefitAmount: weekly('The amount of your disability benefit for care needs'),
    careBenefitAmountPer: paid('your disability benefit for care needs'),
    careBenefitHigherRate: yesNo('Whether that benefit is paid at the higher rate'),
    nightCare: yesNo('Whether you get care at night'),
    /** A weekly rate, as the award letter gives it. */
    careBenefitLowerRate: weekly('The lower rate of that benefit'),
    mobility: weekly('PIP or DLA mobility'),
    mobilityPer: paid('PIP or DLA mobility'),
    earnings: weekly('Earnings from work'),
    earningsPer: paid('your earnings'),
    otherIncome: weekly('Other income'),
    otherIncomePer: paid('your other income'),
  },
  answered('income'),
)

export const HousingAnswersSchema = z.strictObject(
  {
    rent: weekly('Rent'),
    rentPer: paid('your rent'),
    housingBenefit: weekly('Housing Benefit'),
    housingBenefitPer: paid('your Housing Benefit'),
    serviceCharges: weekly('Service charges'),
    serviceChargesPer: paid('your service charges'),
    mortgageInterest: weekly('Mortgage interest'),
    mortgageInterestPer: paid('your mortgage interest'),
    councilTax: weekly('Council Tax'),
    councilTaxPer: paid('your Council Tax'),
    councilTaxReduction: weekly('Council Tax Reduction'),
    councilTaxReductionPer: paid('your Council Tax Reduction'),
    /** One total, already net of Housing Benefit and Council Tax Reduction, as the short estimate asks it. */
    otherHousingCosts: weekly('Housing costs'),
  },
  answered('housing'),
)

export const CostsAnswersSchema = z.strictObject(
  {
    basis: z
      .enum(DRE_BASES, {
        error: 'Select how we should count your extra costs: the standard allowance, a list, or none',
      })
      .optional(),
    alarm: weekly('Community alarm (a month)'),
    laundry: weekly('Extra laundry'),
    heating: weekly('Extra heating'),
    cleaning: weekly('Cleaning or basic garden work'),
    otherDescription: z
      .string()
      .trim()
      .max(200, { error: 'What the other cost is for must be 200 characters or fewer' })
      .optional(),
    otherCost: weekly('Other cost'),
  },
  answered('costs'),
)

/** Every section must be there (an empty one says "nothing of this kind"). */
export const FinancialAnswersSchema = z.strictObject({
  'about-you': AboutYouAnswersSchema,
  capital: CapitalAnswersSchema,
  income: IncomeAnswersSchema,
  housing: HousingAnswersSchema,
  costs: CostsAnswersSchema,
})

export type FinancialAnswers = z.output<typeof FinancialAnswersSchema>
export type FinancialAnswersInput = z.input<typeof FinancialAnswersSchema>
