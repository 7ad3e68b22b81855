import type { NationalRateTable } from './rate-schema.js'
import {
  disposableIncomeAllowance,
  loneParentSource,
  rate,
  unchangedSince2010,
  yearTable,
} from './statutory-constants.js'

// charging.md, "Corrections and additions (December 2026)": regulation 7 as amended by SI 2015/644, frozen from
// April 2015 to March 2022, read from legislation.gov.uk.
const si2015 = 'Regulation 7 as amended by SI 2015/644 (legislation.gov.uk); frozen April 2015 to March 2022'
const pea2015 =
  'SI 2015/644 explanatory note; unchanged through 2018/19 (LAC 2018-19, as reported by Care Management Matters, 31 Jan 2018)'
const savingsCredit2011 =
  'LAC(DH)(2011)1 and LAC 2018-19: up to £5.75 (single) and £8.60 (couple) a week since April 2011'
const savingsCreditFrozen =
  'Frozen at the April 2011 amounts until SI 2022/243 changed Schedule 1 paragraph 40 (explanatory note)'

const frozen = (startYear: number): NationalRateTable => {
  const year = `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`
  const peaKnown = startYear <= 2018
  return yearTable(year, {
    ...unchangedSince2010,
    disposableIncomeAllowance: disposableIncomeAllowance(false),
    migSingle18To24: rate(7_240, si2015),
    migSingle25ToPensionCreditAge: rate(9_140, si2015),
    migSinglePensionCreditAge: rate(18_900, si2015),
    migLoneParent: rate(9_140, si2015),
    migCouple18ToPensionCreditAge: rate(7_180, si2015),
    migCouplePensionCreditAge: rate(14_430, si2015),
    disabilityPremiumSingle: rate(4_035, si2015),
    enhancedDisabilityPremiumSingle: rate(1_970, si2015),
    disabilityPremiumCouple: rate(2_875, si2015),
    perDependentChild: rate(8_365, si2015),
    // The notes confirm £24.90 only to 2018/19; later frozen years are refused until a council supplies the figure.
    ...(peaKnown ? { personalExpensesAllowance: rate(2_490, pea2015) } : {}),
    savingsCreditDisregard:
      startYear <= 2018 ? rate(575, savingsCredit2011) : rate(575, savingsCreditFrozen, 'derived'),
    savingsCreditDisregardCouple:
      startYear <= 2018 ? rate(860, savingsCredit2011) : rate(860, savingsCreditFrozen, 'derived'),
  })
}

const si2023Replaced = 'The 2022/23 amounts that SI 2023/277 regulation 2 replaced (legislation.gov.uk)'

export const frozenYears: readonly NationalRateTable[] = [2015, 2016, 2017, 2018, 2019, 2020, 2021].map(frozen)

export const rates2022to23: NationalRateTable = yearTable('2022/23', {
  ...unchangedSince2010,
  disposableIncomeAllowance: disposableIncomeAllowance(false),
  migSingle18To24: rate(7_460, si2023Replaced),
  migSingle25ToPensionCreditAge: rate(9_415, si2023Replaced),
  migSinglePensionCreditAge: rate(19_470, si2023Replaced),
  migLoneParent: rate(9_415, loneParentSource(si2023Replaced)),
  perDependentChild: rate(8_620, si2023Replaced),
  personalExpensesAllowance: rate(2_565, si2023Replaced),
})
