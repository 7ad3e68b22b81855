import { pathToFileURL } from 'node:url'
import {
  assessFinancialAnswers,
  costOfCareToCapAt,
  formatPounds,
  nationalDefaultPolicy,
  sharesOfBudget,
} from '@open-sds/charging'

/** Ruth, 70, answers an online financial assessment; her practitioner agreed a budget of £300 a week. */
export function main() {
  const costOfCare = costOfCareToCapAt({ agreedBudgetWeeklyPence: 30_000, indicativeBudgetWeeklyPence: 27_500 })
  if (!costOfCare.ok) return costOfCare
  const charge = assessFinancialAnswers(
    {
      answers: {
        'about-you': { age: 70, pensionCreditAge: true, couple: false, disabilityPremium: false },
        capital: { savings: 2_000_000, savingsJoint: true },
        income: { statePension: 23_000, privatePension: 8_000, careBenefit: 'none' },
        housing: { councilTax: 2_000 },
        costs: { basis: 'none' },
      },
      costOfCareWeeklyPence: costOfCare.value.weeklyPence,
      costOfCareSource: costOfCare.value.source,
    },
    nationalDefaultPolicy,
    { now: '2025-09-01' },
  )
  if (!charge.ok) {
    for (const error of charge.errors) console.log(`${error.path}: ${error.message}`)
    return charge
  }
  for (const step of charge.value.explanation) console.log(`- ${step.text}`)
  const shares = sharesOfBudget({
    budgetWeeklyPence: 30_000,
    budgetAgreed: true,
    charge: { ...charge.value, status: 'confirmed', recordedOn: charge.value.assessedFor },
  })
  if (shares.ok) for (const line of shares.value.explanation) console.log(line)
  console.log(`\nWeekly charge: ${formatPounds(charge.value.weeklyChargePence)} (${charge.value.rulesVersion})`)
  return shares
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
