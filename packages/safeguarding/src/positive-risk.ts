import { z } from 'zod'
import { IsoDateSchema, checkNow, optionalText, requiredText } from './fields.js'
import { fail, ok, parse, type Issue, type Result } from '@open-sds/kernel'
import { RiskRatingSchema, rateRisk, type RiskMatrix } from './risk-matrix.js'
import { todayInEngland } from '@open-sds/kernel'

const whoseIds = ['the-person', 'carer-or-family', 'other-people', 'staff', 'the-organisation'] as const

export const PositiveRiskDecisionSchema = z.discriminatedUnion(
  'outcome',
  [
    z.object({ outcome: z.literal('agreed') }),
    z.object({
      outcome: z.literal('agreed-with-conditions'),
      conditions: z
        .array(requiredText('Describe each condition', 1_000))
        .min(1, { error: 'Agreed with conditions: list at least one condition' }),
    }),
    z.object({
      outcome: z.literal('not-agreed'),
      reason: requiredText('Not agreed: give the reason, so the decision can be explained and challenged', 4_000),
    }),
  ],
  { error: 'The decision must be agreed, agreed-with-conditions or not-agreed' },
)

/**
 * A risk a person wants to take, recorded so that the decision is defensible (SCIE report 36). The
 * person's view comes first; the benefit of taking the risk is always weighed.
 */
export const PositiveRiskInputSchema = z.object({
  risk: requiredText('Describe the risk', 4_000),
  whoseRisk: z.enum(whoseIds, { error: `Whose risk it is must be one of: ${whoseIds.join(', ')}` }),
  personsView: optionalText(4_000),
  benefit: requiredText('Describe the benefit to the person of taking this risk', 4_000),
  howReduced: requiredText('Describe how the risk is reduced (or write that nothing further is needed)', 4_000),
  /** What it would cost the person not to take the risk (SCIE: proportionality). */
  costOfNotTakingIt: optionalText(4_000),
  likelihood: z.number({ error: 'Likelihood must be a whole number on the matrix scale' }),
  impact: z.number({ error: 'Impact must be a whole number on the matrix scale' }),
  decision: PositiveRiskDecisionSchema,
  decidedBy: z
    .array(
      z.object({
        name: requiredText('Give the name of each person who made the decision', 200),
        role: requiredText(
          'Give the role of each person who made the decision (for example: the person, social worker)',
          200,
        ),
      }),
    )
    .min(1, { error: 'Record who made the decision' }),
  reviewOn: IsoDateSchema,
})
export type PositiveRiskInput = z.input<typeof PositiveRiskInputSchema>

export const PositiveRiskAssessmentSchema = PositiveRiskInputSchema.omit({ likelihood: true, impact: true }).extend({
  decidedOn: IsoDateSchema,
  rating: RiskRatingSchema,
  explanation: z.array(z.string()),
})
export type PositiveRiskAssessment = z.infer<typeof PositiveRiskAssessmentSchema>

const stance =
  'The starting point is to support the person to take the risk: a high rating alone is not a reason to refuse (SCIE report 36, Enabling risk, ensuring safety).'

/**
 * Record a positive risk assessment for a support plan, rated on the council's matrix. Not agreeing is
 * the exception that needs justifying: it requires a reason and the person's own view.
 */
export function assessPositiveRisk(
  input: unknown,
  context: { matrix: RiskMatrix; now: Date },
): Result<PositiveRiskAssessment> {
  const now = checkNow(context.now)
  if (!now.ok) return now
  const parsed = parse(PositiveRiskInputSchema, input)
  if (!parsed.ok) return parsed
  const { likelihood, impact, ...assessment } = parsed.value
  const decidedOn = todayInEngland(now.value)
  const problems: Issue[] = []
  if (assessment.decision.outcome === 'not-agreed' && !assessment.personsView) {
    problems.push({
      path: 'personsView',
      message: "Record the person's own view before deciding not to agree to a risk they want to take",
    })
  }
  if (assessment.reviewOn <= decidedOn) {
    problems.push({ path: 'reviewOn', message: `The review date must be after today (${decidedOn})` })
  }
  const rating = rateRisk(context.matrix, likelihood, impact)
  if (!rating.ok) problems.push(...rating.errors)
  if (problems.length > 0 || !rating.ok) return fail(...problems)

  const decision = assessment.decision
  const decided =
    decision.outcome === 'agreed'
      ? 'Agreed.'
      : decision.outcome === 'agreed-with-conditions'
        ? `Agreed with conditions: ${decision.conditions.join('; ')}.`
        : `Not agreed, because: ${decision.reason}.`
  return ok({
    ...assessment,
    decidedOn,
    rating: rating.value,
    explanation: [
      `The person's view: ${assessment.personsView ?? 'not recorded'}`,
      `Benefit of taking the risk: ${assessment.benefit}`,
      `How the risk is reduced: ${assessment.howReduced}`,
      ...rating.value.explanation,
      stance,
      `Decision: ${decided} Made by ${assessment.decidedBy.map((person) => `${person.name} (${person.role})`).join(', ')}; review by ${assessment.reviewOn}.`,
    ],
  })
}
