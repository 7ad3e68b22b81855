import { z } from 'zod'
import { AbuseTypeSchema, AgeBandSchema, LocationOfRiskSchema, SourceOfRiskSchema } from './categories.js'
import type { Concern } from './concern.js'
import { ActorSchema, IsoDateSchema, IsoDateTimeSchema, checkNow } from './fields.js'
import { AdvocacySchema, DesiredOutcomesSchema, MentalCapacitySchema, OutcomesAchievedSchema } from './msp.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { RiskOutcomeSchema } from './risk-outcome.js'
import type { Section42Decision } from './section42.js'
import { todayInEngland } from '@open-sds/kernel'

export const EnquiryHistoryEntrySchema = z.object({
  version: z.number().int().min(1),
  event: z.string(),
  actor: z.string(),
  at: IsoDateTimeSchema,
})
export type EnquiryHistoryEntry = z.infer<typeof EnquiryHistoryEntrySchema>

export const EnquiryRiskSchema = z.object({
  typesOfAbuse: z.array(AbuseTypeSchema),
  locationOfRisk: LocationOfRiskSchema.optional(),
  sourceOfRisk: SourceOfRiskSchema.optional(),
})

export const ClosureSchema = z.object({
  closedAt: IsoDateTimeSchema,
  /** Date in England the enquiry concluded; what the annual counts use. */
  closedOn: IsoDateSchema,
  closedBy: z.string(),
  riskOutcome: RiskOutcomeSchema,
  /** Present exactly when the person expressed desired outcomes. */
  outcomesAchieved: OutcomesAchievedSchema.optional(),
  summary: z.string().optional(),
})
export type Closure = z.infer<typeof ClosureSchema>

const enquiryFields = {
  id: z.string().min(1),
  concernReference: z.string().min(1),
  kind: z.enum(['section-42', 'other']),
  person: z.object({ personId: z.string().optional(), ageBand: AgeBandSchema }),
  risk: EnquiryRiskSchema,
  openedAt: IsoDateTimeSchema,
  /** Date in England the enquiry started; what the annual counts use. */
  openedOn: IsoDateSchema,
  openedBy: z.string(),
  desiredOutcomes: DesiredOutcomesSchema.optional(),
  mentalCapacity: MentalCapacitySchema.optional(),
  advocacy: AdvocacySchema.optional(),
  version: z.number().int().min(1),
  history: z.array(EnquiryHistoryEntrySchema).min(1),
}

/**
 * An enquiry is open or closed, and a closed one always carries its risk outcome and its Making
 * Safeguarding Personal record: the type makes any other closed enquiry impossible to hold.
 */
export const EnquirySchema = z.discriminatedUnion('status', [
  z.object({ ...enquiryFields, status: z.literal('open') }),
  z.object({
    ...enquiryFields,
    status: z.literal('closed'),
    desiredOutcomes: DesiredOutcomesSchema,
    closure: ClosureSchema,
  }),
])
export type Enquiry = z.infer<typeof EnquirySchema>
export type OpenEnquiry = Extract<Enquiry, { status: 'open' }>
export type ClosedEnquiry = Extract<Enquiry, { status: 'closed' }>

const OpenContextSchema = z.object({
  enquiryId: z
    .string({ error: 'The enquiry needs an id from the caller' })
    .trim()
    .min(1, { error: 'The enquiry needs an id from the caller' }),
  actor: ActorSchema,
})

/** Start the enquiry a section 42 decision called for, carrying over what the concern recorded. */
export function openEnquiry(
  concern: Concern,
  decision: Section42Decision,
  context: { now: Date; actor: string; enquiryId: string },
): Result<OpenEnquiry> {
  const now = checkNow(context.now)
  if (!now.ok) return now
  const ids = parse(OpenContextSchema, { enquiryId: context.enquiryId, actor: context.actor })
  if (!ids.ok) return ids
  if (decision.concernReference !== concern.reference) {
    return fail({
      path: 'decision.concernReference',
      message: `This decision is about concern ${decision.concernReference}, not ${concern.reference}`,
    })
  }
  if (decision.outcome === 'closed') {
    return fail({
      path: 'decision.outcome',
      message: 'The section 42 decision closed this concern, so there is no enquiry to open',
    })
  }
  const at = now.value.toISOString()
  return ok({
    id: ids.value.enquiryId,
    concernReference: concern.reference,
    kind: decision.outcome === 'section-42-enquiry' ? 'section-42' : 'other',
    person: {
      ...(concern.adultAtRisk.personId ? { personId: concern.adultAtRisk.personId } : {}),
      ageBand: concern.ageBand,
    },
    risk: {
      typesOfAbuse: [...concern.typesOfAbuse],
      ...(concern.locationOfRisk ? { locationOfRisk: concern.locationOfRisk } : {}),
      ...(concern.sourceOfRisk ? { sourceOfRisk: concern.sourceOfRisk } : {}),
    },
    status: 'open',
    openedAt: at,
    openedOn: todayInEngland(now.value),
    openedBy: ids.value.actor,
    version: 1,
    history: [{ version: 1, event: 'opened', actor: ids.value.actor, at }],
  })
}
