import { pathToFileURL } from 'node:url'
import { deferredPaymentStatement, formatPounds } from '@open-sds/charging'

/** Mrs Patel's deferred payment statement: a £180,000 home, a £850 weekly fee, £310 a week of income, interest at the national maximum. */
export function main() {
  const result = deferredPaymentStatement(
    {
      propertyValuePence: 18_000_000,
      otherCapitalPence: 900_000,
      weeklyFeePence: 85_000,
      weeklyIncomePence: 31_000,
      agreementStart: '2025-04-07',
      // The council gives each half-year's gilt rate from the OBR's Economic and Fiscal Outlook (figures illustrative).
      interestPeriods: [
        { from: '2025-01-01', giltRatePercent: 4.25, source: 'OBR EFO (illustrative figure)' },
        { from: '2025-07-01', giltRatePercent: 4.4, source: 'OBR EFO (illustrative figure)' },
      ],
      adminCosts: [{ label: 'Legal fee', pence: 56_700, on: '2025-04-07' }],
      annualAdminPence: 28_190,
    },
    { now: '2025-10-06' },
  )
  if (result.ok) {
    for (const step of result.value.explanation) console.log(`- ${step.text}`)
    console.log(`\nOwed: ${formatPounds(result.value.totals.owedPence)} (${result.value.rulesVersion})`)
  } else {
    for (const error of result.errors) console.log(`${error.path}: ${error.message}`)
  }
  return result
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
