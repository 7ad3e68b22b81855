import { z } from 'zod'
import {
  AbuseTypeSchema,
  AgeBandSchema,
  LocationOfRiskSchema,
  SourceOfRiskSchema,
  ageBandForAge,
  type AgeBand,
} from './categories.js'
import { IsoDateSchema, IsoDateTimeSchema, checkNow, given, optionalText, requiredText } from './fields.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { todayInEngland } from '@open-sds/kernel'
import { ageOn } from './uk-date.js'

const relationshipIds = [
  'the-adult-themselves',
  'family-member',
  'friend-or-neighbour',
  'member-of-the-public',
  'care-provider',
  'health-professional',
  'social-care-staff',
  'police',
  'housing',
  'other-professional',
  'other',
  'not-known',
] as const

export const RaiserRelationshipSchema = z.enum(relationshipIds, {
  error: `How the person raising the concern knows the adult must be one of: ${relationshipIds.join(', ')}`,
})

/**
 * Who raised the concern. An anonymous raiser has no name or contact fields at all: anything of the
 * kind sent with `anonymous: true` is dropped, so it is never stored by mistake.
 */
export const RaisedBySchema = z.discriminatedUnion(
  'anonymous',
  [
    z.object({ anonymous: z.literal(true), relationship: RaiserRelationshipSchema.optional() }),
    z.object({
      anonymous: z.literal(false),
      relationship: RaiserRelationshipSchema,
      name: optionalText(200),
      contact: optionalText(500),
    }),
  ],
  { error: 'Say whether the person raising the concern wants to stay anonymous (anonymous: true or false)' },
)
export type RaisedBy = z.infer<typeof RaisedBySchema>

/** Every detail is optional: a concern about someone we cannot yet name must still be taken in. */
export const AdultAtRiskSchema = z.object({
  personId: optionalText(100),
  name: optionalText(200),
  dateOfBirth: IsoDateSchema.optional(),
  ageBand: AgeBandSchema.optional(),
  address: optionalText(500),
  otherIdentifyingDetails: optionalText(),
})
export type AdultAtRisk = z.infer<typeof AdultAtRiskSchema>

export const ImmediateSafetySchema = z.object({
  inImmediateDanger: z.enum(['yes', 'no', 'not-known'], {
    error: 'Say whether the adult is in immediate danger: yes, no or not-known',
  }),
  actionsTaken: z.array(requiredText('Describe the immediate safety action taken', 2_000)).default([]),
})

export const ConcernInputSchema = z.object({
  adultAtRisk: AdultAtRiskSchema.default({}),
  typesOfAbuse: z.array(AbuseTypeSchema).default([]),
  whatHappened: requiredText('Describe what happened or what is feared: a concern needs at least this'),
  locationOfRisk: LocationOfRiskSchema.optional(),
  sourceOfRisk: SourceOfRiskSchema.optional(),
  raisedBy: RaisedBySchema,
  immediateSafety: ImmediateSafetySchema,
})
export type ConcernInput = z.input<typeof ConcernInputSchema>

export const FollowUpReasonSchema = z.object({
  code: z.enum(['person-not-identified', 'type-of-abuse-not-recorded', 'immediate-danger-no-action', 'under-18']),
  message: z.string(),
})
export type FollowUpReason = z.infer<typeof FollowUpReasonSchema>

export const ConcernSchema = ConcernInputSchema.extend({
  reference: z.string().min(1),
  receivedAt: IsoDateTimeSchema,
  /** Date in England the concern arrived; what the annual counts use. */
  receivedOn: IsoDateSchema,
  /** Age band on the day received: from the date of birth if known, else as given, else unknown. */
  ageBand: AgeBandSchema,
  needsFollowUp: z.boolean(),
  followUpReasons: z.array(FollowUpReasonSchema),
})
export type Concern = z.infer<typeof ConcernSchema>

function followUpReasons(input: z.output<typeof ConcernInputSchema>, ageBand: AgeBand): FollowUpReason[] {
  const reasons: FollowUpReason[] = []
  const adult = input.adultAtRisk
  if (![adult.personId, adult.name, adult.address, adult.otherIdentifyingDetails].some(given)) {
    reasons.push({
      code: 'person-not-identified',
      message:
        'Nothing yet identifies the adult at risk (no name, record number, address or other details): find out who they are',
    })
  }
  if (input.typesOfAbuse.length === 0) {
    reasons.push({
      code: 'type-of-abuse-not-recorded',
      message: 'No type of abuse or neglect is recorded yet: decide which of the ten categories apply',
    })
  }
  if (input.immediateSafety.inImmediateDanger === 'yes' && input.immediateSafety.actionsTaken.length === 0) {
    reasons.push({
      code: 'immediate-danger-no-action',
      message:
        'The adult may be in immediate danger and no immediate safety action is recorded: act now or record what was done',
    })
  }
  if (ageBand === 'under-18') {
    reasons.push({
      code: 'under-18',
      message: "The person appears to be under 18: check whether children's safeguarding procedures apply",
    })
  }
  return reasons
}

/**
 * Take in a safeguarding concern. It is refused only when there is nothing to act on (no description of
 * what happened) or the input is malformed; missing details are accepted and listed as follow-up.
 */
export function createConcern(input: unknown, context: { now: Date; reference: string }): Result<Concern> {
  const now = checkNow(context.now)
  if (!now.ok) return now
  if (typeof context.reference !== 'string' || context.reference.trim() === '') {
    return fail({ path: 'reference', message: 'The concern needs a reference from the reference generator' })
  }
  const parsed = parse(ConcernInputSchema, input)
  if (!parsed.ok) return parsed
  const concern = parsed.value
  const receivedOn = todayInEngland(now.value)
  const dateOfBirth = concern.adultAtRisk.dateOfBirth
  if (dateOfBirth !== undefined && dateOfBirth > receivedOn) {
    return fail({
      path: 'adultAtRisk.dateOfBirth',
      message: 'Date of birth cannot be after the day the concern was received',
    })
  }
  const ageBand =
    dateOfBirth !== undefined
      ? ageBandForAge(ageOn(dateOfBirth, receivedOn))
      : (concern.adultAtRisk.ageBand ?? 'unknown')
  const reasons = followUpReasons(concern, ageBand)
  return ok({
    ...concern,
    reference: context.reference.trim(),
    receivedAt: now.value.toISOString(),
    receivedOn,
    ageBand,
    needsFollowUp: reasons.length > 0,
    followUpReasons: reasons,
  })
}
