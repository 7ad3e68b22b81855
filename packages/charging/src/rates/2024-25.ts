import type { NationalRateTable } from './rate-schema.js'
import {
  disposableIncomeAllowance,
  loneParentSource,
  peaSource,
  rate,
  unchangedSince2010,
  yearTable,
} from './statutory-constants.js'

// charging.md: "The 2024/25 figures are 2025/26 divided by 1.017 (the September 2024 CPI uprating) and agree with a
// council's published worked example; confirm against SI 2024/325 before release."
const derived = '2025/26 rate divided by 1.017 (September 2024 CPI uprating); confirm against SI 2024/325'
const reading = 'Reading, Financial Assessment Allowances Schedule 2024-2025'

export const rates2024to25: NationalRateTable = yearTable('2024/25', {
  ...unchangedSince2010,
  disposableIncomeAllowance: disposableIncomeAllowance(true),
  migSingle18To24: rate(8_765, derived, 'derived'),
  migSingle25ToPensionCreditAge: rate(11_060, derived, 'derived'),
  migSinglePensionCreditAge: rate(22_870, derived, 'derived'),
  migLoneParent: rate(11_060, loneParentSource(derived), 'derived'),
  disabilityPremiumSingle: rate(4_880, derived, 'derived'),
  enhancedDisabilityPremiumSingle: rate(2_385, derived, 'derived'),
  carerPremium: rate(5_235, `${reading}; not yet confirmed as the statutory figure`, 'unverified'),
  perDependentChild: rate(10_125, `${reading}; equals the 2023/24 £94.90 x 1.067`, 'derived'),
  personalExpensesAllowance: rate(3_015, peaSource),
  // The LAC 2024-25 says the Savings Credit disregard applies in a care home, at home or in another setting.
  savingsCreditDisregard: rate(695, `${reading}; LAC 2024-25 (9 Feb 2024): applies in every setting`),
})
