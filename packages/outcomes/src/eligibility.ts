import { ok, parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { careActEligibilityOutcomes } from './national-frameworks.js'

export const ELIGIBILITY_REGULATION = 'Care and Support (Eligibility Criteria) Regulations 2015, regulation 2'
export const eligibilityRulesVersion = 'care-act-eligibility-2015/1'

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
  })
  .superRefine((findings, context) => {
    if (findings.outcomes.unableToAchieve.length > 0 && findings.outcomes.how === '') {
      context.addIssue({
        code: 'custom',
        path: ['outcomes', 'how'],
        message: 'Describe how the person is unable to achieve each outcome you selected',
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
 * impact on wellbeing). The practitioner records the findings; this says what they add up to. Never throws.
 */
export function determineEligibility(given: unknown): Result<EligibilityDetermination> {
  const parsed = parse(EligibilityFindingsSchema, given)
  if (!parsed.ok) return parsed
  const { impairment, outcomes, wellbeing } = parsed.value
  const unableToAchieve = [...new Set(outcomes.unableToAchieve)]
  const outcomesMet = unableToAchieve.length >= 2
  const eligible = meetsEligibilityConditions({
    impairment: impairment.met,
    outcomesUnableToAchieve: unableToAchieve.length,
    wellbeing: wellbeing.met,
  })
  const named = unableToAchieve.map((code) => (titles.get(code) ?? code).toLowerCase())
  const explanation = [
    `1. The needs ${impairment.met ? 'arise' : 'do not arise'} from a physical or mental impairment or illness.`,
    `2. The person is unable to achieve ${unableToAchieve.length === 0 ? 'none' : `${unableToAchieve.length}`} of the ten outcomes${named.length > 0 ? ` (${named.join('; ')})` : ''}: ${outcomesMet ? 'two or more, so this condition is met' : 'fewer than two, so this condition is not met'}.`,
    `3. There ${wellbeing.met ? 'is, or is likely to be,' : 'is not'} a significant impact on wellbeing.`,
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
    },
    explanation,
    rulesVersion: eligibilityRulesVersion,
  })
}
