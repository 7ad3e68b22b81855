import type { NationalRateTable } from './rate-schema.js'
import {
  disposableIncomeAllowance,
  loneParentSource,
  rate,
  unchangedSince2010,
  yearTable,
} from './statutory-constants.js'

const si2023 = 'SI 2023/277 regulation 2 (in force 6 April 2023)'

export const rates2023to24: NationalRateTable = yearTable('2023/24', {
  ...unchangedSince2010,
  disposableIncomeAllowance: disposableIncomeAllowance(false),
  migSingle18To24: rate(8_215, si2023),
  migSingle25ToPensionCreditAge: rate(10_365, si2023),
  migSinglePensionCreditAge: rate(21_435, si2023),
  migLoneParent: rate(10_365, loneParentSource(si2023), 'derived'),
  perDependentChild: rate(9_490, si2023),
  personalExpensesAllowance: rate(2_825, 'SI 2023/277 regulation 2(2)'),
})
