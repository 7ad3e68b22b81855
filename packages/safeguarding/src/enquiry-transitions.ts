import { z } from 'zod'
import { AbuseTypeSchema, LocationOfRiskSchema, SourceOfRiskSchema } from './categories.js'
import type { ClosedEnquiry, Enquiry, OpenEnquiry } from './enquiry.js'
import { ActorSchema, checkNow, optionalText } from './fields.js'
import {
  AdvocacySchema,
  DesiredOutcomesSchema,
  MentalCapacitySchema,
  OutcomesAchievedSchema,
  mspCategory,
  type DesiredOutcomes,
} from './msp.js'
import { fail, ok, parse, type Issue, type Result } from '@open-sds/kernel'
import { RiskOutcomeSchema } from './risk-outcome.js'
import { todayInEngland } from '@open-sds/kernel'

const RiskUpdateSchema = z.object({
  typesOfAbuse: z.array(AbuseTypeSchema).optional(),
  locationOfRisk: LocationOfRiskSchema.optional(),
  sourceOfRisk: SourceOfRiskSchema.optional(),
})

/** The changes an open enquiry can go through. Closing is the only way out, and it is final. */
export const EnquiryEventSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('record-desired-outcomes'), desiredOutcomes: DesiredOutcomesSchema }),
    z.object({ type: z.literal('record-mental-capacity'), mentalCapacity: MentalCapacitySchema }),
    z.object({ type: z.literal('record-advocacy'), advocacy: AdvocacySchema }),
    z.object({ type: z.literal('update-risk'), risk: RiskUpdateSchema }),
    z.object({
      type: z.literal('close'),
      // Optional here so a missing one gets the specific message below, not a generic "required".
      riskOutcome: RiskOutcomeSchema.optional(),
      desiredOutcomes: DesiredOutcomesSchema.optional(),
      outcomesAchieved: OutcomesAchievedSchema.optional(),
      risk: RiskUpdateSchema.optional(),
      summary: optionalText(4_000),
    }),
  ],
  {
    error:
      'The change must be one of: record-desired-outcomes, record-mental-capacity, record-advocacy, update-risk, close',
  },
)
export type EnquiryEvent = z.input<typeof EnquiryEventSchema>
type ParsedEvent = z.output<typeof EnquiryEventSchema>
type CloseEvent = Extract<ParsedEvent, { type: 'close' }>

export type TransitionContext = { actor: string; now: Date; expectedVersion: number }

function mergeRisk(
  risk: OpenEnquiry['risk'],
  update: z.output<typeof RiskUpdateSchema> | undefined,
): OpenEnquiry['risk'] {
  if (update === undefined) return risk
  return {
    typesOfAbuse: update.typesOfAbuse ?? risk.typesOfAbuse,
    locationOfRisk: update.locationOfRisk ?? risk.locationOfRisk,
    sourceOfRisk: update.sourceOfRisk ?? risk.sourceOfRisk,
  }
}

/** Everything a closure needs, each missing piece named; an empty list means the enquiry may close. */
function closureProblems(enquiry: OpenEnquiry, event: CloseEvent, desired: DesiredOutcomes | undefined): Issue[] {
  const problems: Issue[] = []
  if (event.riskOutcome === undefined) {
    problems.push({
      path: 'riskOutcome',
      message:
        'An enquiry cannot close without a recorded risk outcome: say whether a risk was found, whether action was taken and, where a risk was found, whether it remained, was reduced or was removed',
    })
  } else if (event.riskOutcome.risk === 'identified' && event.riskOutcome.result === undefined) {
    problems.push({
      path: 'riskOutcome.result',
      message: 'A risk was identified: say whether it remained, was reduced or was removed',
    })
  }
  const msp = mspCategory(desired)
  if (msp === 'not-recorded') {
    problems.push({
      path: 'desiredOutcomes',
      message:
        'An enquiry cannot close until Making Safeguarding Personal is recorded: was the person asked what they wanted to happen, and if not, why not?',
    })
  }
  if (msp === 'outcomes-expressed' && event.outcomesAchieved === undefined) {
    problems.push({
      path: 'outcomesAchieved',
      message:
        'The person said what they wanted to happen: record whether that was fully, partly or not achieved before closing',
    })
  }
  if (msp !== 'outcomes-expressed' && event.outcomesAchieved !== undefined) {
    problems.push({
      path: 'outcomesAchieved',
      message: 'Whether outcomes were achieved only applies when the person expressed the outcomes they wanted',
    })
  }
  if (enquiry.kind === 'section-42') {
    const risk = mergeRisk(enquiry.risk, event.risk)
    const missing: Array<[string, boolean, string]> = [
      [
        'risk.typesOfAbuse',
        risk.typesOfAbuse.length === 0,
        'Record at least one type of abuse or neglect before closing a section 42 enquiry',
      ],
      [
        'risk.locationOfRisk',
        risk.locationOfRisk === undefined,
        'Record the location of the risk before closing a section 42 enquiry',
      ],
      [
        'risk.sourceOfRisk',
        risk.sourceOfRisk === undefined,
        'Record the source of the risk before closing a section 42 enquiry',
      ],
    ]
    for (const [path, isMissing, message] of missing) if (isMissing) problems.push({ path, message })
  }
  if (enquiry.mentalCapacity?.status === 'lacks-capacity' && enquiry.advocacy === undefined) {
    problems.push({
      path: 'advocacy',
      message:
        'The person lacks capacity for this decision: record whether they were supported by an advocate, family member or friend before closing',
    })
  }
  return problems
}

function close(
  enquiry: OpenEnquiry,
  event: CloseEvent,
  actor: string,
  now: Date,
  version: number,
): Result<ClosedEnquiry> {
  const desired = event.desiredOutcomes ?? enquiry.desiredOutcomes
  const problems = closureProblems(enquiry, event, desired)
  if (problems.length > 0 || event.riskOutcome === undefined || desired === undefined) return fail(...problems)
  const at = now.toISOString()
  return ok({
    ...enquiry,
    status: 'closed',
    risk: mergeRisk(enquiry.risk, event.risk),
    desiredOutcomes: desired,
    closure: {
      closedAt: at,
      closedOn: todayInEngland(now),
      closedBy: actor,
      riskOutcome: event.riskOutcome,
      ...(event.outcomesAchieved ? { outcomesAchieved: event.outcomesAchieved } : {}),
      ...(event.summary ? { summary: event.summary } : {}),
    },
    version,
    history: [...enquiry.history, { version, event: 'closed', actor, at }],
  })
}

function record(enquiry: OpenEnquiry, event: Exclude<ParsedEvent, CloseEvent>): OpenEnquiry {
  switch (event.type) {
    case 'record-desired-outcomes':
      return { ...enquiry, desiredOutcomes: event.desiredOutcomes }
    case 'record-mental-capacity':
      return { ...enquiry, mentalCapacity: event.mentalCapacity }
    case 'record-advocacy':
      return { ...enquiry, advocacy: event.advocacy }
    case 'update-risk':
      return { ...enquiry, risk: mergeRisk(enquiry.risk, event.risk) }
  }
}

/**
 * Apply one change to an enquiry. `expectedVersion` is the version the person was looking at: if
 * someone else changed the enquiry since, the change is refused rather than silently overwriting theirs.
 */
export function transitionEnquiry(enquiry: Enquiry, event: unknown, context: TransitionContext): Result<Enquiry> {
  const now = checkNow(context.now)
  if (!now.ok) return now
  const actor = parse(ActorSchema, context.actor, 'actor')
  if (!actor.ok) return actor
  if (context.expectedVersion !== enquiry.version) {
    return fail({
      path: 'expectedVersion',
      message: `Someone else changed this enquiry while you were working on it (it is now at version ${String(enquiry.version)}, you had version ${String(context.expectedVersion)}): reload it and try again`,
    })
  }
  if (enquiry.status === 'closed') {
    return fail({ path: 'status', message: `Enquiry ${enquiry.id} is closed and cannot be changed` })
  }
  const lastAt = enquiry.history[enquiry.history.length - 1]?.at
  if (lastAt !== undefined && now.value.getTime() < Date.parse(lastAt)) {
    return fail({
      path: 'now',
      message: `The time of this change is before the enquiry's last change (${lastAt}): check the clock`,
    })
  }
  const parsed = parse(EnquiryEventSchema, event)
  if (!parsed.ok) return parsed
  const version = enquiry.version + 1
  if (parsed.value.type === 'close') return close(enquiry, parsed.value, actor.value, now.value, version)
  const at = now.value.toISOString()
  return ok({
    ...record(enquiry, parsed.value),
    version,
    history: [...enquiry.history, { version, event: parsed.value.type, actor: actor.value, at }],
  })
}

/** Shorthand for the closing transition. */
export const closeEnquiry = (
  enquiry: Enquiry,
  closure: Omit<Extract<EnquiryEvent, { type: 'close' }>, 'type'>,
  context: TransitionContext,
): Result<Enquiry> => transitionEnquiry(enquiry, { ...closure, type: 'close' }, context)
