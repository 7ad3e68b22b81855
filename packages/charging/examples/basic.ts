import { pathToFileURL } from 'node:url'
import { assessNonResidential, formatPounds, nationalDefaultPolicy, type CouncilPolicyInput } from '@open-sds/charging'

/** A council that takes 90% of the remainder and gives a standard allowance for disability-related costs. */
const examplePolicy: CouncilPolicyInput = {
  ...nationalDefaultPolicy,
  name: 'Example County Council',
  version: '2025.1',
  taperPercent: 90,
  standardDre: {
    weeklyPence: 1_085,
    covers: ['extra laundry', 'extra heating', 'community alarm'],
    appliesTo: 'people-receiving-disability-benefits',
  },
  minimumChargeWeeklyPence: 125,
}

/** Assesses Sam, 52, who lives at home and receives £320 a week of home care. */
export function main() {
  const result = assessNonResidential(
    {
      route: 'full',
      person: { ageYears: 52, pensionCreditAge: false, disabilityPremium: true },
      capital: [
        { kind: 'savings', valuePence: 1_845_000 },
        { kind: 'main-home', valuePence: 18_000_000 },
      ],
      income: [
        { kind: 'employment-and-support-allowance', weeklyPence: 14_210 },
        { kind: 'pip-daily-living', weeklyPence: 7_290, higherRate: false },
        { kind: 'pip-mobility', weeklyPence: 2_905 },
      ],
      housing: { costs: [{ kind: 'council-tax', weeklyPence: 2_400 }], councilTaxReductionWeeklyPence: 600 },
      dre: { basis: 'standard' },
      services: [{ kind: 'care-and-support', label: 'Home care', cost: { amountPence: 32_000, per: 'week' } }],
    },
    examplePolicy,
    { now: '2025-09-01' },
  )
  if (result.ok) {
    for (const step of result.value.explanation) console.log(`- ${step.text}`)
    console.log(
      `\nWeekly charge: ${formatPounds(result.value.weeklyChargePence)} (${result.value.rulesVersion}, rates ${result.value.ratesYear})`,
    )
  } else {
    for (const error of result.errors) console.log(`${error.path}: ${error.message}`)
  }
  return result
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
