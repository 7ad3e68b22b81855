import type { NationalRateTable } from './rate-schema.js'
import { peaSource, rate, unchangedSince2010 } from './statutory-constants.js'

const si2023 = 'SI 2023/277'

export const rates2023to24: NationalRateTable = {
  year: '2023/24',
  rates: {
    ...unchangedSince2010,
    migSingle18To24: rate(8_215, si2023),
    migSingle25ToPensionCreditAge: rate(10_365, si2023),
    migSinglePensionCreditAge: rate(21_435, si2023),
    migCouple18ToPensionCreditAge: null,
    migCouplePensionCreditAge: null,
    disabilityPremiumSingle: null,
    enhancedDisabilityPremiumSingle: null,
    disabilityPremiumCouple: null,
    enhancedDisabilityPremiumCouple: null,
    perDependentChild: rate(9_490, si2023),
    personalExpensesAllowance: rate(2_825, peaSource),
    savingsCreditDisregard: null,
  },
}
