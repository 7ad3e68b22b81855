/** Every rate an assessment can need. Weekly amounts unless the name says capital. */
export const RATE_KEYS = [
  'capitalUpperLimit',
  'capitalLowerLimit',
  'tariffCapitalStep',
  'tariffWeeklyPerStep',
  'migSingle18To24',
  'migSingle25ToPensionCreditAge',
  'migSinglePensionCreditAge',
  'migCouple18ToPensionCreditAge',
  'migCouplePensionCreditAge',
  'disabilityPremiumSingle',
  'enhancedDisabilityPremiumSingle',
  'disabilityPremiumCouple',
  'enhancedDisabilityPremiumCouple',
  'perDependentChild',
  'personalExpensesAllowance',
  'savingsCreditDisregard',
  'warPensionDisregard',
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
  migCouple18ToPensionCreditAge: 'minimum income guarantee, member of a couple aged 18 to pension credit age',
  migCouplePensionCreditAge: 'minimum income guarantee, member of a couple at pension credit age or over',
  disabilityPremiumSingle: 'disability premium (single)',
  enhancedDisabilityPremiumSingle: 'enhanced disability premium (single)',
  disabilityPremiumCouple: 'disability premium (member of a couple)',
  enhancedDisabilityPremiumCouple: 'enhanced disability premium (member of a couple)',
  perDependentChild: 'minimum income guarantee addition per dependent child',
  personalExpensesAllowance: 'personal expenses allowance',
  savingsCreditDisregard: 'Savings Credit disregard in a care home',
  warPensionDisregard: "war pension disregard (first £10 of a war widow's or war disablement pension)",
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
  migCouple18ToPensionCreditAge: true,
  migCouplePensionCreditAge: true,
  disabilityPremiumSingle: true,
  enhancedDisabilityPremiumSingle: true,
  disabilityPremiumCouple: true,
  enhancedDisabilityPremiumCouple: true,
  perDependentChild: true,
  personalExpensesAllowance: true,
  savingsCreditDisregard: true,
  warPensionDisregard: true,
}

/** Capital amounts (shown as whole pounds) rather than weekly ones. */
export const CAPITAL_RATE_KEYS: ReadonlySet<RateKey> = new Set(['capitalUpperLimit', 'capitalLowerLimit', 'tariffCapitalStep'])
