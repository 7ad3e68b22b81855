import { fail, formatPence, issue, type Issue, ok, type Result } from '@open-sds/kernel'
import { step, type Step } from '../explanation.js'
import type { CouncilPolicy } from '../policy/policy-schema.js'
import { RATE_LABELS, type RateKey } from '../rates/rate-keys.js'
import type { RateTable } from '../rates/rate-schema.js'
import { requireRate } from '../rates/rates-for.js'
import { percentOf } from '../rounding.js'
import type { Person } from '../schemas/person.js'

const REG_7 = 'Care and Support (Charging and Assessment of Resources) Regulations 2014, regulation 7'

type Part = { key: RateKey; times: number; paragraph: string; why?: string }

/** The personal amount (reg 7(2) to 7(4)) for the person's situation, or the question that must be answered first. */
function personalAmount(person: Person): Part | Issue {
  if (person.memberOfCouple) {
    if (person.pensionCreditAge)
      return {
        key: 'migCouplePensionCreditAge',
        times: 1,
        paragraph: '7(4)(b)',
        why: 'you have reached pension credit age',
      }
    if (person.partnerPensionCreditAge === undefined) {
      return issue(
        'person.partnerPensionCreditAge',
        'Say whether the partner has reached pension credit age (partnerPensionCreditAge): a member of a couple gets the higher amount when either of them has (regulation 7(4)(b)), so the minimum income guarantee cannot be worked out without it',
      )
    }
    return person.partnerPensionCreditAge
      ? {
          key: 'migCouplePensionCreditAge',
          times: 1,
          paragraph: '7(4)(b)',
          why: 'your partner has reached pension credit age',
        }
      : { key: 'migCouple18ToPensionCreditAge', times: 1, paragraph: '7(4)(a)' }
  }
  // A lone parent at pension credit age keeps the higher pension-age amount: the MIG may never be less generous.
  if (person.pensionCreditAge) return { key: 'migSinglePensionCreditAge', times: 1, paragraph: '7(2)(c)' }
  if (person.dependentChildren > 0)
    return {
      key: 'migLoneParent',
      times: 1,
      paragraph: '7(3)',
      why: 'you are a single person responsible for a child who lives with you',
    }
  return person.ageYears <= 24
    ? { key: 'migSingle18To24', times: 1, paragraph: '7(2)(a)' }
    : { key: 'migSingle25ToPensionCreditAge', times: 1, paragraph: '7(2)(b)' }
}

/** Every amount regulation 7(1) adds up for the person: the personal amount, per-child amounts and premiums. */
function partsOf(person: Person): Part[] | Issue {
  const personal = personalAmount(person)
  if ('path' in personal) return personal
  const parts: Part[] = [personal]
  const couple = person.memberOfCouple
  if (person.disabilityPremium)
    parts.push({
      key: couple ? 'disabilityPremiumCouple' : 'disabilityPremiumSingle',
      times: 1,
      paragraph: couple ? '7(6)(a)' : '7(5)(a)',
    })
  if (person.enhancedDisabilityPremium)
    parts.push({
      key: couple ? 'enhancedDisabilityPremiumCouple' : 'enhancedDisabilityPremiumSingle',
      times: 1,
      paragraph: couple ? '7(6)(b)' : '7(5)(b)',
    })
  if (person.carerPremium) parts.push({ key: 'carerPremium', times: 1, paragraph: '7(7)' })
  if (person.dependentChildren > 0)
    parts.push({ key: 'perDependentChild', times: person.dependentChildren, paragraph: '7(1)(b)' })
  if (person.disabledChildren > 0)
    parts.push({ key: 'disabledChildPremium', times: person.disabledChildren, paragraph: '7(7)' })
  if (person.enhancedDisabilityChildren > 0)
    parts.push({ key: 'enhancedDisabilityPremiumChild', times: person.enhancedDisabilityChildren, paragraph: '7(7)' })
  return parts
}

// Said in words a person reads (issue 19): the status names ('derived', 'unverified') are the rate table's, not theirs.
const STATUS_NOTES: Record<string, string> = {
  derived: ' (worked out from the published figures)',
  unverified: ' (the council is still checking this figure against the official rates)',
}
const statusNote = (status: string): string => STATUS_NOTES[status] ?? ''
const capitalise = (text: string): string => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`

/**
 * The minimum income guarantee for the person's circumstances (reg 7(1)): the personal amount for a single person,
 * a lone parent or a member of a couple (the higher couple amount when either partner has reached pension credit
 * age), an amount for each child the person is responsible for and lives with, the disability, carer and child
 * premiums, and any council uplift. Every rate it needs must be in the table: one missing stops the assessment,
 * naming it, rather than leaving part of the guarantee out. Explanation lines go to `steps` when given.
 */
export function minimumIncomeGuarantee(
  person: Person,
  rates: RateTable,
  policy: CouncilPolicy,
  steps?: Step[],
): Result<number> {
  const parts = partsOf(person)
  if ('path' in parts) return fail(parts)
  const issues: Issue[] = []
  let total = 0
  for (const part of parts) {
    // The reason is written only when the rate is missing: this runs for a whole county at once.
    const found = rates.rates[part.key]
      ? ok(rates.rates[part.key]!)
      : requireRate(rates, part.key, `for this person's minimum income guarantee (regulation ${part.paragraph})`)
    if (!found.ok) {
      issues.push(...found.errors)
      continue
    }
    const amount = found.value.pence * part.times
    total += amount
    steps?.push(
      step(
        'allowance-part',
        `${capitalise(RATE_LABELS[part.key])}${part.times > 1 ? ` x ${part.times} children` : ''} (${rates.year}, regulation ${part.paragraph}${part.why ? `: ${part.why}` : ''}): ${formatPence(amount)} a week${statusNote(found.value.status)}.`,
        { weeklyPence: amount, source: found.value.source },
      ),
    )
  }
  if (issues.length > 0) return fail(...issues)

  const { percent, weeklyPence } = policy.migUplift
  if (percent > 0) {
    // Rounded up: the uplift exists to favour the person (reg 11).
    const uplift = percentOf(total, percent, 'up')
    total += uplift
    steps?.push(
      step(
        'allowance-part',
        `${policy.name} raises the minimum income guarantee by ${percent}%: ${formatPence(uplift)} a week.`,
        { weeklyPence: uplift },
      ),
    )
  }
  if (weeklyPence > 0) {
    total += weeklyPence
    steps?.push(
      step(
        'allowance-part',
        `${policy.name} adds ${formatPence(weeklyPence)} a week to the minimum income guarantee.`,
        { weeklyPence },
      ),
    )
  }
  steps?.push(
    step(
      'allowance',
      `Minimum income guarantee: ${formatPence(total)} a week is left for your living costs (Care Act 2014 s14(7), regulation 7).`,
      { weeklyPence: total, source: REG_7 },
    ),
  )
  return ok(total)
}
