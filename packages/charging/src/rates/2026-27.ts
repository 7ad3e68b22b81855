import type { NationalRateTable } from './rate-schema.js'
import {
  disposableIncomeAllowance,
  loneParentSource,
  peaSource,
  rate,
  unchangedSince2010,
  yearTable,
} from './statutory-constants.js'

const dhsc2026 = 'DHSC announcement as reported (2026/27: working-age MIG +7%, pension-age £241.45, 18-24 £95.40)'

export const rates2026to27: NationalRateTable = yearTable('2026/27', {
  ...unchangedSince2010,
  disposableIncomeAllowance: disposableIncomeAllowance(false),
  migSingle18To24: rate(9_540, dhsc2026),
  migSingle25ToPensionCreditAge: rate(12_040, dhsc2026, 'unverified'),
  migSinglePensionCreditAge: rate(24_145, dhsc2026),
  migLoneParent: rate(12_040, loneParentSource(dhsc2026), 'unverified'),
  personalExpensesAllowance: rate(3_180, peaSource, 'unverified'),
})
