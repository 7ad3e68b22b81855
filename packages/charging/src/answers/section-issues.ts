import { issue, type Issue } from '@open-sds/kernel'
import { type Period, weeklyFrom } from '../rounding.js'
import type { FinancialAnswers, FinancialSection } from './financial-answers.js'

type Values = Record<string, unknown>

const pence = (values: Values, name: string): number => (typeof values[name] === 'number' ? values[name] : 0)

const at = (section: FinancialSection, field: string, message: string): Issue => issue(`${section}.${field}`, message)

/**
 * The rules that tie one section's answers together, with paths like `income.careBenefitLowerRate`. A form can run
 * them on one page as the person answers it; the mapper runs them on every section before anything is worked out.
 */
export const sectionRules: { [S in FinancialSection]: (values: Partial<FinancialAnswers[S]>) => Issue[] } = {
  'about-you': (v) => {
    const issues: Issue[] = []
    if (v.age === undefined) issues.push(at('about-you', 'age', 'Enter your age'))
    if (v.pensionCreditAge === undefined)
      issues.push(at('about-you', 'pensionCreditAge', 'Select yes if you have reached pension credit age'))
    // Regulation 7(4)(b): the higher couple amount applies when either member has reached pension credit age.
    if (v.couple === true && v.pensionCreditAge === false && v.partnerPensionCreditAge === undefined) {
      issues.push(
        at('about-you', 'partnerPensionCreditAge', 'Select yes if your partner has reached pension credit age'),
      )
    }
    // The premiums are part of the working-age minimum income guarantee only.
    if (v.pensionCreditAge === true && v.disabilityPremium === true) {
      issues.push(
        at(
          'about-you',
          'disabilityPremium',
          'A disability premium is only for people under pension credit age: select no',
        ),
      )
    }
    return issues
  },
  capital: (v) => {
    if (v.savingsSharePercent !== undefined && v.savingsJoint !== true) {
      return [
        at(
          'capital',
          'savingsSharePercent',
          'Your share applies only to savings held jointly: say the savings are held jointly, or leave your share empty',
        ),
      ]
    }
    return []
  },
  income: (v) => {
    const values = v as Values
    if (v.careBenefit === undefined || v.careBenefit === 'none') {
      return pence(values, 'careBenefitAmount') > 0
        ? [at('income', 'careBenefit', 'Select which disability benefit you get, or leave its amount empty')]
        : []
    }
    const issues: Issue[] = []
    if (pence(values, 'careBenefitAmount') === 0)
      issues.push(at('income', 'careBenefitAmount', 'Enter how much of that benefit you get'))
    if (v.careBenefitHigherRate === undefined)
      issues.push(at('income', 'careBenefitHigherRate', 'Select yes if it is paid at the higher rate'))
    if (v.careBenefitHigherRate === true && v.nightCare === undefined)
      issues.push(at('income', 'nightCare', 'Select yes if you get care at night'))
    if (v.careBenefitHigherRate === true && v.nightCare === false) {
      if (pence(values, 'careBenefitLowerRate') === 0) {
        issues.push(
          at(
            'income',
            'careBenefitLowerRate',
            'Enter the lower rate of that benefit: we ignore the extra paid for night care',
          ),
        )
      } else if (
        // The lower rate is weekly; the amount may be paid every 4 weeks, every month or every year.
        pence(values, 'careBenefitLowerRate') >
        weeklyFrom(pence(values, 'careBenefitAmount'), v.careBenefitAmountPer ?? 'week', 'down')
      ) {
        issues.push(
          at('income', 'careBenefitLowerRate', 'The lower weekly rate must not be more than the amount you get a week'),
        )
      }
    }
    return issues
  },
  housing: (v) => {
    const values = v as Values
    const issues: Issue[] = []
    // Compared week by week, each as the person gave it: a monthly rent against four-weekly Housing Benefit.
    const weekly = (name: string, rounding: 'up' | 'down') =>
      weeklyFrom(pence(values, name), (values[`${name}Per`] as Period | undefined) ?? 'week', rounding)
    if (weekly('housingBenefit', 'down') > weekly('rent', 'up') + weekly('serviceCharges', 'up')) {
      issues.push(
        at(
          'housing',
          'housingBenefit',
          'Housing Benefit must not be more than your rent and service charges: enter the rent before Housing Benefit',
        ),
      )
    }
    if (weekly('councilTaxReduction', 'down') > weekly('councilTax', 'up')) {
      issues.push(
        at(
          'housing',
          'councilTaxReduction',
          'Council Tax Reduction must not be more than your Council Tax: enter Council Tax before the reduction',
        ),
      )
    }
    return issues
  },
  costs: (v) => {
    const values = v as Values
    const issues: Issue[] = []
    if (v.basis === undefined) issues.push(at('costs', 'basis', 'Select how we should count these costs'))
    const itemised = ['alarm', 'laundry', 'heating', 'cleaning', 'otherCost'].some((name) => pence(values, name) > 0)
    if (v.basis === 'itemised' && !itemised)
      issues.push(at('costs', 'alarm', 'Enter at least one cost, or choose another way to count them'))
    if (pence(values, 'otherCost') > 0 && (v.otherDescription ?? '') === '')
      issues.push(at('costs', 'otherDescription', 'Say what the other cost is for'))
    return issues
  },
}

/** The problems in one section's answers, checked against each other (each field's own checks come from the schema). */
export function financialSectionIssues<S extends FinancialSection>(
  section: S,
  values: Partial<FinancialAnswers[S]>,
): Issue[] {
  return sectionRules[section](values)
}
