import type { NationalRateTable } from './rate-schema.js'
import {
  disposableIncomeAllowance,
  loneParentSource,
  peaSource,
  rate,
  unchangedSince2010,
  yearTable,
} from './statutory-constants.js'

const lac2025 = 'Ruils and Wirral consultation pages quoting the LAC 2025-26'
const derivedCouple = `${lac2025}; couple premium marked derived in the domain notes: confirm against the LAC 2025-26`

export const rates2025to26: NationalRateTable = yearTable('2025/26', {
  ...unchangedSince2010,
  disposableIncomeAllowance: disposableIncomeAllowance(false),
  migSingle18To24: rate(8_915, lac2025),
  migSingle25ToPensionCreditAge: rate(11_250, lac2025),
  migSinglePensionCreditAge: rate(23_260, lac2025),
  migLoneParent: rate(11_250, loneParentSource(lac2025), 'derived'),
  migCouple18ToPensionCreditAge: rate(8_835, lac2025),
  migCouplePensionCreditAge: rate(17_755, lac2025),
  disabilityPremiumSingle: rate(4_965, lac2025),
  enhancedDisabilityPremiumSingle: rate(2_425, lac2025),
  disabilityPremiumCouple: rate(3_540, derivedCouple, 'derived'),
  enhancedDisabilityPremiumCouple: rate(1_745, derivedCouple, 'derived'),
  // Derived and not yet confirmed (charging.md: "derived: x 1.017, unverified"): the person is told it is being checked.
  perDependentChild: rate(
    10_295,
    'Derived: 2024/25 £101.25 x 1.017 (September 2024 CPI), rounded to 5p; not yet confirmed against a published table',
    'unverified',
  ),
  personalExpensesAllowance: rate(3_065, peaSource),
})
