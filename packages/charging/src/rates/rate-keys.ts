/** Every rate an assessment can need. Weekly amounts unless the name says capital. */
export const RATE_KEYS = [
  'capitalUpperLimit',
  'capitalLowerLimit',
  'tariffCapitalStep',
  'tariffWeeklyPerStep',
  'migSingle18To24',
  'migSingle25ToPensionCreditAge',
  'migSinglePensionCreditAge',
  'migLoneParent',
  'migCouple18ToPensionCreditAge',
  'migCouplePensionCreditAge',
  'disabilityPremiumSingle',
  'enhancedDisabilityPremiumSingle',
  'disabilityPremiumCouple',
  'enhancedDisabilityPremiumCouple',
  'carerPremium',
  'perDependentChild',
  'disabledChildPremium',
  'enhancedDisabilityPremiumChild',
  'personalExpensesAllowance',
  'savingsCreditDisregard',
  'savingsCreditDisregardCouple',
  'warPensionDisregard',
  'disposableIncomeAllowance',
] as const

export type RateKey = (typeof RATE_KEYS)[number]

/** How each rate is named to a person reading an explanation or an error. */
export const RATE_LABELS: Record<RateKey, string> = {
  capitalUpperLimit: 'upper capital limit',
  capitalLowerLimit: 'lower capital limit',
  tariffCapitalStep: 'tariff income capital step (each £250 or part)',
  tariffWeeklyPerStep: 'tariff income per step (£1 a week)',
  migSingle18To24: 'minimum income guarantee, single person aged 18 to 24',
  migSingle25ToPensionCreditAge: 'minimum income guarantee, single person aged 25 to pension credit age',
  migSinglePensionCreditAge: 'minimum income guarantee, single person at pension credit age or over',
  migLoneParent: 'minimum income guarantee, lone parent aged 18 or over',
  migCouple18ToPensionCreditAge:
    'minimum income guarantee, member of a couple where neither has reached pension credit age',
  migCouplePensionCreditAge:
    'minimum income guarantee, member of a couple where either or both have reached pension credit age',
  disabilityPremiumSingle: 'disability premium (single)',
  enhancedDisabilityPremiumSingle: 'enhanced disability premium (single)',
  disabilityPremiumCouple: 'disability premium (member of a couple)',
  enhancedDisabilityPremiumCouple: 'enhanced disability premium (member of a couple)',
  carerPremium: 'carer premium',
  perDependentChild: 'minimum income guarantee addition per dependent child',
  disabledChildPremium: 'disabled child premium (per child)',
  enhancedDisabilityPremiumChild: 'enhanced disability premium for a child (per child)',
  personalExpensesAllowance: 'personal expenses allowance',
  savingsCreditDisregard: 'Savings Credit disregard (single person)',
  savingsCreditDisregardCouple: 'Savings Credit disregard (couple)',
  warPensionDisregard: "war pension disregard (first £10 a week of a war widow's or widower's pension)",
  disposableIncomeAllowance: 'disposable income allowance under a deferred payment agreement (up to)',
}

/**
 * Whether a bigger value of the rate helps the person. A council may replace a national rate only in the
 * person's favour (charging.md: "Councils may be more generous than the rules, never less").
 */
export const HIGHER_IS_MORE_GENEROUS: Record<RateKey, boolean> = {
  capitalUpperLimit: true,
  capitalLowerLimit: true,
  tariffCapitalStep: true,
  tariffWeeklyPerStep: false,
  migSingle18To24: true,
  migSingle25ToPensionCreditAge: true,
  migSinglePensionCreditAge: true,
  migLoneParent: true,
  migCouple18ToPensionCreditAge: true,
  migCouplePensionCreditAge: true,
  disabilityPremiumSingle: true,
  enhancedDisabilityPremiumSingle: true,
  disabilityPremiumCouple: true,
  enhancedDisabilityPremiumCouple: true,
  carerPremium: true,
  perDependentChild: true,
  disabledChildPremium: true,
  enhancedDisabilityPremiumChild: true,
  personalExpensesAllowance: true,
  savingsCreditDisregard: true,
  savingsCreditDisregardCouple: true,
  warPensionDisregard: true,
  disposableIncomeAllowance: true,
}

/** Capital amounts (shown as whole pounds) rather than weekly ones. */
export const CAPITAL_RATE_KEYS: ReadonlySet<RateKey> = new Set([
  'capitalUpperLimit',
  'capitalLowerLimit',
  'tariffCapitalStep',
])
