import { fail, formatLongDate, ok, parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import {
  explainFluctuation,
  FLUCTUATION_REGULATION,
  FluctuationFindingsSchema,
  type FluctuationDetermination,
} from './fluctuation.js'
import { careActEligibilityOutcomes } from './national-frameworks.js'

export const ELIGIBILITY_REGULATION = 'Care and Support (Eligibility Criteria) Regulations 2015, regulation 2'
// Version 2 asks about fluctuating needs (regulation 2(4)); determinations recorded under version 1 do not say.
export const eligibilityRulesVersion = 'care-act-eligibility-2015/2'

const codes = careActEligibilityOutcomes.items.map((item) => item.id)
const titles = new Map(careActEligibilityOutcomes.items.map((item) => [item.id, item.title]))
const text = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(4_000, { error: 'Write 4,000 characters or fewer' })

export const EligibilityFindingsSchema = z
  .strictObject({
    impairment: z.strictObject({
      met: z.boolean({ error: 'Say whether the needs arise from a physical or mental impairment or illness' }),
      reason: text('Explain why the needs do or do not arise from an impairment or illness'),
    }),
    outcomes: z.strictObject({
      unableToAchieve: z.array(
        z.string().refine((code) => codes.includes(code), { error: 'Choose outcomes from the ten in regulation 2(2)' }),
      ),
      how: z.string().trim().max(4_000, { error: 'Write 4,000 characters or fewer' }).default(''),
    }),
    wellbeing: z.strictObject({
      met: z.boolean({ error: 'Say whether there is, or is likely to be, a significant impact on wellbeing' }),
      impact: text('Describe the impact, or lack of impact, on the person’s wellbeing'),
    }),
    fluctuation: FluctuationFindingsSchema,
  })
  .superRefine((findings, context) => {
    if (findings.outcomes.unableToAchieve.length > 0 && findings.outcomes.how === '') {
      context.addIssue({
        code: 'custom',
        path: ['outcomes', 'how'],
        message: 'Describe how the person is unable to achieve each outcome you selected',
      })
    }
    const { fluctuation } = findings
    if (fluctuation.fluctuates) {
      fluctuation.outcomesOverPeriod.forEach((code, index) => {
        if (!findings.outcomes.unableToAchieve.includes(code))
          context.addIssue({
            code: 'custom',
            path: ['fluctuation', 'outcomesOverPeriod', index],
            message: 'Choose only outcomes you found the person unable to achieve',
          })
      })
    }
  })
export type EligibilityFindings = z.input<typeof EligibilityFindingsSchema>

export type EligibilityDetermination = {
  eligible: boolean
  determination: {
    regulation: string
    impairment: { met: boolean; reason: string }
    outcomes: { met: boolean; unableToAchieve: string[]; how: string }
    wellbeing: { met: boolean; impact: string }
    fluctuation: FluctuationDetermination
  }
  explanation: string[]
  rulesVersion: string
}

/** Regulation 2's three conditions together: an impairment or illness, two or more outcomes, a significant impact. */
export function meetsEligibilityConditions(conditions: {
  impairment: boolean
  outcomesUnableToAchieve: number
  wellbeing: boolean
}): boolean {
  return conditions.impairment && conditions.outcomesUnableToAchieve >= 2 && conditions.wellbeing
}

/**
 * The determination under regulation 2 of the Care and Support (Eligibility Criteria) Regulations 2015: an adult has
 * eligible needs when all three conditions hold (the needs arise from an impairment or illness; because of them the
 * adult is unable to achieve two or more of the ten outcomes; as a result there is, or is likely to be, a significant
 * impact on wellbeing). Where the level of the needs fluctuates, the findings are over the period the practitioner
 * considered (regulation 2(4)), and the determination says which outcomes that period added and whether it changed
 * the outcome. The practitioner records the findings; this says what they add up to. Never throws.
 *
 * `options.today` (YYYY-MM-DD, the day of the determination) refuses a period considered that ends after it: the
 * circumstances considered are ones that have been seen, not forecast.
 */
export function determineEligibility(
  given: unknown,
  options: { today?: string } = {},
): Result<EligibilityDetermination> {
  const parsed = parse(EligibilityFindingsSchema, given)
  if (!parsed.ok) return parsed
  const period = parsed.value.fluctuation
  if (period.fluctuates && options.today !== undefined && period.to > options.today)
    return fail({
      path: 'fluctuation.to',
      message: `The period considered must end on or before today, ${formatLongDate(options.today)}`,
    })
  const { impairment, outcomes, wellbeing } = parsed.value
  const unableToAchieve = [...new Set(outcomes.unableToAchieve)]
  const outcomesMet = unableToAchieve.length >= 2
  const eligible = meetsEligibilityConditions({
    impairment: impairment.met,
    outcomesUnableToAchieve: unableToAchieve.length,
    wellbeing: wellbeing.met,
  })
  const fluctuation = fluctuationOf(parsed.value.fluctuation, unableToAchieve, eligible, (count) =>
    meetsEligibilityConditions({
      impairment: impairment.met,
      outcomesUnableToAchieve: count,
      wellbeing: wellbeing.met,
    }),
  )
  const titleOf = (code: string) => (titles.get(code) ?? code).toLowerCase()
  const named = unableToAchieve.map(titleOf)
  const explanation = [
    `1. The needs ${impairment.met ? 'arise' : 'do not arise'} from a physical or mental impairment or illness.`,
    `2. The person is unable to achieve ${unableToAchieve.length === 0 ? 'none' : `${unableToAchieve.length}`} of the ten outcomes${named.length > 0 ? ` (${named.join('; ')})` : ''}: ${outcomesMet ? 'two or more, so this condition is met' : 'fewer than two, so this condition is not met'}.`,
    `3. There ${wellbeing.met ? 'is, or is likely to be,' : 'is not'} a significant impact on wellbeing.`,
    `4. ${explainFluctuation(fluctuation, titleOf)}`,
    eligible
      ? 'All three conditions hold: the person has eligible needs.'
      : 'Not all three conditions hold: the person does not have eligible needs under regulation 2.',
  ]
  return ok({
    eligible,
    determination: {
      regulation: ELIGIBILITY_REGULATION,
      impairment,
      outcomes: { met: outcomesMet, unableToAchieve, how: outcomes.how },
      wellbeing,
      fluctuation,
    },
    explanation,
    rulesVersion: eligibilityRulesVersion,
  })
}

/** What the determination keeps about fluctuation, with whether considering the period made the person eligible. */
function fluctuationOf(
  given: z.output<typeof FluctuationFindingsSchema>,
  unableToAchieve: string[],
  eligible: boolean,
  eligibleWith: (outcomeCount: number) => boolean,
): FluctuationDetermination {
  if (!given.fluctuates) return { fluctuates: false, regulation: FLUCTUATION_REGULATION }
  const outcomesOverPeriod = unableToAchieve.filter((code) => given.outcomesOverPeriod.includes(code))
  return {
    fluctuates: true,
    regulation: FLUCTUATION_REGULATION,
    what: given.what,
    period: { from: given.from, to: given.to },
    outcomesOverPeriod,
    changedOutcome: eligible && !eligibleWith(unableToAchieve.length - outcomesOverPeriod.length),
  }
}
