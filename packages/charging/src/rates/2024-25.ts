import type { NationalRateTable } from './rate-schema.js'
import { peaSource, rate, unchangedSince2010 } from './statutory-constants.js'

// charging.md: "The 2024/25 figures are 2025/26 divided by 1.017 (the September 2024 CPI uprating) and agree with a
// council's published worked example; confirm against SI 2024/325 before release."
const derived = '2025/26 rate divided by 1.017 (September 2024 CPI uprating); confirm against SI 2024/325'

export const rates2024to25: NationalRateTable = {
  year: '2024/25',
  rates: {
    ...unchangedSince2010,
    migSingle18To24: rate(8_765, derived, 'derived'),
    migSingle25ToPensionCreditAge: rate(11_060, derived, 'derived'),
    migSinglePensionCreditAge: rate(22_870, derived, 'derived'),
    migCouple18ToPensionCreditAge: null,
    migCouplePensionCreditAge: null,
    disabilityPremiumSingle: rate(4_880, derived, 'derived'),
    enhancedDisabilityPremiumSingle: rate(2_385, derived, 'derived'),
    disabilityPremiumCouple: null,
    enhancedDisabilityPremiumCouple: null,
    perDependentChild: null,
    personalExpensesAllowance: rate(3_015, peaSource),
    savingsCreditDisregard: rate(695, 'Reading charging schedule'),
  },
}
