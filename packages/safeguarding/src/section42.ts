import { z } from 'zod'
import { ActorSchema, IsoDateTimeSchema, checkNow, requiredText } from './fields.js'
import { fail, ok, parse, type Issue, type Result } from '@open-sds/kernel'

export const section42RulesVersion = 'care-act-2014-s42'

const condition = (question: string) =>
  z.object(
    {
      answer: z.enum(['yes', 'no'], { error: `Answer yes or no: ${question}` }),
      reason: requiredText(`Give the reason for the answer to: ${question}`, 4_000),
    },
    { error: `Record a decision, with its reason, on: ${question}` },
  )

export const section42Questions = {
  careAndSupportNeeds: 'does the adult have needs for care and support (whether or not the council is meeting them)?',
  abuseOrNeglect: 'is the adult experiencing, or at risk of, abuse or neglect?',
  unableToProtectSelf:
    'as a result of those needs, is the adult unable to protect themselves against the abuse or neglect or the risk of it?',
} as const

const closureRoutes = [
  'advice-and-information',
  'signposting',
  'needs-assessment',
  'carers-assessment',
  'referral-to-another-agency',
  'no-further-action',
  'other',
] as const

/** What to do when the three conditions are not all met: the council chooses, and says why. */
export const NotSection42RouteSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('other-enquiry'),
      reason: requiredText('Say why an enquiry is proportionate even though the section 42 duty does not apply', 4_000),
    }),
    z.object({
      kind: z.literal('close'),
      route: z.enum(closureRoutes, { error: `How the concern is closed must be one of: ${closureRoutes.join(', ')}` }),
      reason: requiredText('Give the reason for closing the concern this way', 4_000),
    }),
  ],
  { error: 'Choose what happens next: an other enquiry (kind: other-enquiry) or closure (kind: close)' },
)

export const Section42InputSchema = z.object({
  concernReference: requiredText('Give the reference of the concern this decision is about', 100),
  decidedBy: ActorSchema,
  careAndSupportNeeds: condition(section42Questions.careAndSupportNeeds),
  abuseOrNeglect: condition(section42Questions.abuseOrNeglect),
  unableToProtectSelf: condition(section42Questions.unableToProtectSelf),
  otherwise: NotSection42RouteSchema.optional(),
})
export type Section42Input = z.input<typeof Section42InputSchema>

const conditionRecord = z.object({ answer: z.enum(['yes', 'no']), reason: z.string() })

export const Section42DecisionSchema = z.object({
  concernReference: z.string(),
  decidedBy: z.string(),
  decidedAt: IsoDateTimeSchema,
  careAndSupportNeeds: conditionRecord,
  abuseOrNeglect: conditionRecord,
  unableToProtectSelf: conditionRecord,
  outcome: z.enum(['section-42-enquiry', 'other-enquiry', 'closed']),
  otherEnquiryReason: z.string().optional(),
  closure: z.object({ route: z.enum(closureRoutes), reason: z.string() }).optional(),
  explanation: z.array(z.string()),
  rulesVersion: z.string(),
})
export type Section42Decision = z.infer<typeof Section42DecisionSchema>

/**
 * Record the section 42 decision on a concern. All three conditions met means the duty applies and a
 * section 42 enquiry follows: the council cannot choose otherwise. Otherwise the decision must say
 * whether an other enquiry is proportionate or how the concern is closed, with a reason.
 */
export function decideSection42(input: unknown, context: { now: Date }): Result<Section42Decision> {
  const now = checkNow(context.now)
  if (!now.ok) return now
  const parsed = parse(Section42InputSchema, input)
  if (!parsed.ok) return parsed
  const { otherwise, ...decision } = parsed.value
  const problems: Issue[] = []
  if (decision.careAndSupportNeeds.answer === 'no' && decision.unableToProtectSelf.answer === 'yes') {
    problems.push({
      path: 'unableToProtectSelf.answer',
      message:
        'The third condition asks whether care and support needs stop the adult protecting themselves, so it cannot be yes when the first is no',
    })
  }
  const allMet = [decision.careAndSupportNeeds, decision.abuseOrNeglect, decision.unableToProtectSelf].every(
    (answer) => answer.answer === 'yes',
  )
  if (allMet && otherwise !== undefined) {
    problems.push({
      path: 'otherwise',
      message:
        'All three conditions are met, so the council must make a section 42 enquiry: it cannot close the concern or treat it as an other enquiry',
    })
  }
  if (!allMet && otherwise === undefined) {
    problems.push({
      path: 'otherwise',
      message:
        'Not all three conditions are met: choose an other enquiry (with why it is proportionate) or closure (with the route and reason)',
    })
  }
  if (problems.length > 0) return fail(...problems)

  const explanation = [
    `Care and support needs: ${decision.careAndSupportNeeds.answer} (${decision.careAndSupportNeeds.reason})`,
    `Experiencing or at risk of abuse or neglect: ${decision.abuseOrNeglect.answer} (${decision.abuseOrNeglect.reason})`,
    `Unable to protect themselves because of those needs: ${decision.unableToProtectSelf.answer} (${decision.unableToProtectSelf.reason})`,
  ]
  const base = { ...decision, decidedAt: now.value.toISOString(), rulesVersion: section42RulesVersion }
  // Past the checks above, no alternative route given means all three conditions are met.
  if (otherwise === undefined) {
    return ok({
      ...base,
      outcome: 'section-42-enquiry',
      explanation: [
        ...explanation,
        'All three conditions are met, so the section 42 duty applies: a section 42 enquiry is made (Care Act 2014, s42).',
      ],
    })
  }
  if (otherwise.kind === 'other-enquiry') {
    return ok({
      ...base,
      outcome: 'other-enquiry',
      otherEnquiryReason: otherwise.reason,
      explanation: [
        ...explanation,
        `Not all three conditions are met, so the section 42 duty does not apply; an other enquiry is made because: ${otherwise.reason}`,
      ],
    })
  }
  return ok({
    ...base,
    outcome: 'closed',
    closure: { route: otherwise.route, reason: otherwise.reason },
    explanation: [
      ...explanation,
      `Not all three conditions are met and no enquiry is made; the concern is closed by ${otherwise.route}: ${otherwise.reason}`,
    ],
  })
}
