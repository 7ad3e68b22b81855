import { step, type Step } from '../explanation.js'
import { formatPounds } from '../money.js'
import type { CouncilPolicy } from '../policy/policy-schema.js'
import { RATE_LABELS, type RateKey } from '../rates/rate-keys.js'
import type { RateTable } from '../rates/rate-schema.js'
import { requireRate } from '../rates/rates-for.js'
import { fail, ok, type Issue, type Result } from '../result.js'
import type { Person } from '../schemas/person.js'

function baseRateKey(person: Person): RateKey {
  if (person.memberOfCouple) return person.pensionCreditAge ? 'migCouplePensionCreditAge' : 'migCouple18ToPensionCreditAge'
  if (person.pensionCreditAge) return 'migSinglePensionCreditAge'
  return person.ageYears <= 24 ? 'migSingle18To24' : 'migSingle25ToPensionCreditAge'
}

const statusNote = (status: string): string => (status === 'confirmed' ? '' : ` [${status} figure]`)

/**
 * The minimum income guarantee for the person's circumstances (reg 7): the basic amount, the disability
 * premiums for people under pension credit age, an amount per dependent child, and any council uplift.
 */
export function minimumIncomeGuarantee(person: Person, rates: RateTable, policy: CouncilPolicy): Result<{ weeklyPence: number; steps: Step[] }> {
  const parts: RateKey[] = [baseRateKey(person)]
  if (person.disabilityPremium) parts.push(person.memberOfCouple ? 'disabilityPremiumCouple' : 'disabilityPremiumSingle')
  if (person.enhancedDisabilityPremium) parts.push(person.memberOfCouple ? 'enhancedDisabilityPremiumCouple' : 'enhancedDisabilityPremiumSingle')
  if (person.dependentChildren > 0) parts.push('perDependentChild')

  const issues: Issue[] = []
  const steps: Step[] = []
  let total = 0
  for (const key of parts) {
    const found = requireRate(rates, key, `for this person's minimum income guarantee`)
    if (!found.ok) {
      issues.push(...found.errors)
      continue
    }
    const times = key === 'perDependentChild' ? person.dependentChildren : 1
    const amount = found.value.pence * times
    total += amount
    const what = times > 1 ? `${RATE_LABELS[key]} x ${times} children` : RATE_LABELS[key]
    steps.push(step('allowance-part', `${what[0]?.toUpperCase()}${what.slice(1)} (${rates.year}): ${formatPounds(amount)} a week${statusNote(found.value.status)}.`, { weeklyPence: amount, source: found.value.source }))
  }
  if (issues.length > 0) return fail(issues)

  const { percent, weeklyPence } = policy.migUplift
  if (percent > 0) {
    // Rounded up: the uplift exists to favour the person.
    const uplift = Math.ceil((total * percent) / 100 - 1e-9)
    total += uplift
    steps.push(step('allowance-part', `${policy.name} raises the minimum income guarantee by ${percent}%: ${formatPounds(uplift)} a week.`, { weeklyPence: uplift }))
  }
  if (weeklyPence > 0) {
    total += weeklyPence
    steps.push(step('allowance-part', `${policy.name} adds ${formatPounds(weeklyPence)} a week to the minimum income guarantee.`, { weeklyPence }))
  }
  steps.push(
    step('allowance', `Minimum income guarantee: ${formatPounds(total)} a week is left for your living costs (Care Act 2014 s14(7), regulation 7).`, {
      weeklyPence: total,
      source: 'Care and Support (Charging and Assessment of Resources) Regulations 2014, regulation 7',
    }),
  )
  return ok({ weeklyPence: total, steps })
}
