import { ok, parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { wordsOf } from './fields.js'
import { CARER_OUTCOME_CODES, carerOutcomeTitle, type CarerOutcomeCode } from './outcomes.js'
import { CARERS_RULES_VERSION } from './version.js'

export const CARER_ELIGIBILITY_REGULATION = 'Care and Support (Eligibility Criteria) Regulations 2015, regulation 3'

const met = (question: string) => z.boolean({ error: question })

/**
 * What the practitioner found, condition by condition, each with its reason in words: a finding with no reason is
 * refused, because the carer is told why (Care Act s13).
 */
export const CarerEligibilityFindingsSchema = z
  .strictObject({
    necessaryCare: z.strictObject({
      met: met('Say whether the needs arise from providing necessary care to an adult'),
      reason: wordsOf('The reason the needs do or do not arise from providing necessary care'),
    }),
    health: z.strictObject({
      atRisk: met('Say whether the carer’s physical or mental health is deteriorating or at risk of doing so'),
      reason: wordsOf('The reason the carer’s health is or is not at risk'),
    }),
    outcomes: z.strictObject({
      unableToAchieve: z.array(
        z.enum(CARER_OUTCOME_CODES as [CarerOutcomeCode, ...CarerOutcomeCode[]], {
          error: 'Choose outcomes from the eight in regulation 3(2)(b)(ii)',
        }),
        { error: 'Choose the outcomes the carer is unable to achieve, or none' },
      ),
      how: z.string().trim().max(4_000, { error: 'Write 4,000 characters or fewer' }).default(''),
    }),
    wellbeing: z.strictObject({
      met: met('Say whether there is, or is likely to be, a significant impact on the carer’s wellbeing'),
      impact: wordsOf('The impact, or lack of impact, on the carer’s wellbeing'),
    }),
  })
  .superRefine((findings, context) => {
    if (findings.outcomes.unableToAchieve.length > 0 && findings.outcomes.how === '')
      context.addIssue({
        code: 'custom',
        path: ['outcomes', 'how'],
        message: 'Describe how the carer is unable to achieve each outcome you selected',
      })
  })
export type CarerEligibilityFindings = z.input<typeof CarerEligibilityFindingsSchema>

export type CarerEligibilityDetermination = {
  eligible: boolean
  determination: {
    regulation: string
    necessaryCare: { met: boolean; reason: string }
    health: { atRisk: boolean; reason: string }
    outcomes: { met: boolean; unableToAchieve: CarerOutcomeCode[]; how: string }
    /** The second condition: health at risk, or any one outcome the carer cannot achieve. */
    impactOnCarer: boolean
    wellbeing: { met: boolean; impact: string }
  }
  explanation: string[]
  rulesVersion: string
}

/**
 * Regulation 3's three conditions together: the needs arise from providing necessary care; because of that the carer's
 * health is deteriorating or at risk, or they cannot achieve ANY ONE of the eight outcomes (not two, as for the adult
 * under regulation 2, and not "two or more", as some council pages wrongly say); and as a result there is, or is
 * likely to be, a significant impact on their wellbeing.
 */
export function meetsCarerConditions(conditions: {
  necessaryCare: boolean
  healthAtRisk: boolean
  outcomesUnableToAchieve: number
  wellbeing: boolean
}): boolean {
  const impact = conditions.healthAtRisk || conditions.outcomesUnableToAchieve >= 1
  return conditions.necessaryCare && impact && conditions.wellbeing
}

/**
 * The determination of a carer's eligibility under regulation 3. The practitioner records the findings, each with its
 * reason; this says what they add up to, in numbered steps the carer can read. A carer can be eligible whether or not
 * the person they care for has eligible needs, so nothing here looks at that person. Never throws.
 */
export function determineCarerEligibility(given: unknown): Result<CarerEligibilityDetermination> {
  const parsed = parse(CarerEligibilityFindingsSchema, given)
  if (!parsed.ok) return parsed
  const { necessaryCare, health, outcomes, wellbeing } = parsed.value
  const unableToAchieve = CARER_OUTCOME_CODES.filter((code) => outcomes.unableToAchieve.includes(code))
  const impactOnCarer = health.atRisk || unableToAchieve.length >= 1
  const eligible = meetsCarerConditions({
    necessaryCare: necessaryCare.met,
    healthAtRisk: health.atRisk,
    outcomesUnableToAchieve: unableToAchieve.length,
    wellbeing: wellbeing.met,
  })
  const named = unableToAchieve.map((code) => carerOutcomeTitle(code).toLowerCase())
  const explanation = [
    `1. The needs ${necessaryCare.met ? 'arise' : 'do not arise'} from providing necessary care to an adult: ${necessaryCare.reason}`,
    `2. The carer’s physical or mental health ${health.atRisk ? 'is' : 'is not'} deteriorating or at risk of doing so: ${health.reason}`,
    `3. The carer is unable to achieve ${unableToAchieve.length === 0 ? 'none' : String(unableToAchieve.length)} of the eight outcomes${named.length > 0 ? ` (${named.join('; ')}): ${outcomes.how}` : ''}.`,
    impactOnCarer
      ? `4. Because ${health.atRisk ? 'their health is at risk' : 'they cannot achieve at least one outcome'}, the second condition is met (one outcome is enough for a carer).`
      : '4. Their health is not at risk and they can achieve all eight outcomes, so the second condition is not met.',
    `5. There ${wellbeing.met ? 'is, or is likely to be,' : 'is not'} a significant impact on the carer’s wellbeing: ${wellbeing.impact}`,
    eligible
      ? 'All three conditions hold: the carer has eligible needs for support.'
      : 'Not all three conditions hold: the carer does not have eligible needs under regulation 3.',
  ]
  return ok({
    eligible,
    determination: {
      regulation: CARER_ELIGIBILITY_REGULATION,
      necessaryCare,
      health,
      outcomes: { met: unableToAchieve.length >= 1, unableToAchieve, how: outcomes.how },
      impactOnCarer,
      wellbeing,
    },
    explanation,
    rulesVersion: CARERS_RULES_VERSION,
  })
}
