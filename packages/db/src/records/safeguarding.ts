import { z } from 'zod'
import {
  concernLinkHows,
  enquiryKinds,
  enquiryStatuses,
  positiveRiskOutcomes,
  section42Outcomes,
} from '../schema/safeguarding.js'

// The safeguarding records the repositories accept and return. The domain documents themselves (a concern, a section 42
// decision, an enquiry, a positive risk assessment) are made and checked by @open-sds/safeguarding and stored here as
// JSON exactly as produced; these schemas check only what the database needs to file and count them.

const code = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .trim()
    .min(1, { error: `${what} is missing` })
    .max(100, { error: `${what} is too long` })
const isoDate = (what: string) => z.iso.date({ error: `${what} must be a real date, written as YYYY-MM-DD` })
const userId = (what: string) => z.string({ error: `${what} is missing` }).min(1, { error: `${what} is missing` })
const requiredText = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(4_000, { error: 'Keep this to 4000 characters or fewer' })

export const NewConcernRecordSchema = z.object({
  reference: code('Concern reference'),
  receivedAt: z.date({ error: 'The time the concern was received is missing' }),
  receivedOn: isoDate('Date received'),
  personId: z.string().min(1).nullable().default(null),
  ageBand: code('Age band'),
  dateOfBirth: isoDate('Date of birth').nullable().default(null),
  typesOfAbuse: z.array(code('Type of abuse')).default([]),
  locationOfRisk: code('Location of risk').nullable().default(null),
  sourceOfRisk: code('Source of risk').nullable().default(null),
  needsFollowUp: z.boolean({ error: 'Say whether the concern needs follow-up' }),
  raisedByUserId: z.string().min(1).nullable().default(null),
  concern: z.unknown().refine((value) => value !== undefined, { error: 'The concern itself is missing' }),
  // Set when the concern came beyond the hourly limit from one address: it is stored all the same, marked for triage.
  floodGroup: z.string().min(1).nullable().default(null),
})
export type NewConcernRecord = z.input<typeof NewConcernRecordSchema>

export type ConcernRecord = Omit<z.output<typeof NewConcernRecordSchema>, 'concern' | 'floodGroup'> & {
  id: string
  concern: unknown
}

/** A row of the triage list: enough to choose what to open, nothing of what happened. */
export type ConcernListItem = {
  id: string
  reference: string
  receivedAt: Date
  needsFollowUp: boolean
  personId: string | null
  typesOfAbuse: string[]
  section42Outcome: (typeof section42Outcomes)[number] | null
  enquiryStatus: (typeof enquiryStatuses)[number] | null
  /** Shared by the concerns one address sent beyond the hourly limit; null for any other concern. */
  floodGroup: string | null
  /** What the concern recorded about immediate danger ('yes', 'no', 'not-known'), for ordering by urgency. */
  inImmediateDanger: string | null
}

/** How a concern came to name a person's record after it was received: found by search, or created from it. */
export const LinkConcernSchema = z.object({
  concernId: z.string().min(1),
  personId: z.string().min(1, 'Choose the record to link this concern to'),
  linkedByUserId: userId('Who linked it'),
  how: z.enum(concernLinkHows),
})
export type LinkConcern = z.input<typeof LinkConcernSchema>
export type ConcernLink = z.output<typeof LinkConcernSchema> & { linkedAt: Date }

export const ShareConcernSchema = z.object({
  concernId: z.string().min(1),
  sharedByUserId: userId('Who decided to share'),
  reason: requiredText('Give the reason for sharing this concern with the person'),
})
export type ShareConcern = z.input<typeof ShareConcernSchema>
export type ConcernShare = z.output<typeof ShareConcernSchema> & { id: string; sharedAt: Date }

export const RecordImmediateActionSchema = z.object({
  concernId: z.string().min(1),
  recordedByUserId: userId('Who recorded it'),
  whatWasDone: requiredText('Say what was done to keep the person safe'),
  doneOn: isoDate('The date it was done'),
  takenBy: requiredText('Say who did it'),
})
export type RecordImmediateAction = z.input<typeof RecordImmediateActionSchema>
export type ImmediateActionRecord = z.output<typeof RecordImmediateActionSchema> & { id: string; recordedAt: Date }

export const RecordSection42DecisionSchema = z.object({
  concernId: z.string().min(1),
  decidedByUserId: userId('Who decided'),
  outcome: z.enum(section42Outcomes, { error: `The outcome must be one of: ${section42Outcomes.join(', ')}` }),
  decision: z.unknown().refine((value) => value !== undefined, { error: 'The decision itself is missing' }),
})
export type RecordSection42Decision = z.input<typeof RecordSection42DecisionSchema>
export type Section42DecisionRecord = Omit<z.output<typeof RecordSection42DecisionSchema>, 'decision'> & {
  id: string
  decidedAt: Date
  decision: unknown
}

/** The risk as an enquiry now holds it, copied out of the enquiry for counting. */
const enquiryRiskColumns = {
  typesOfAbuse: z.array(code('Type of abuse')),
  locationOfRisk: code('Location of risk').nullable().default(null),
  sourceOfRisk: code('Source of risk').nullable().default(null),
}

export const OpenEnquiryRecordSchema = z.object({
  id: z.uuid({ error: 'Enquiry id must be a UUID' }),
  concernId: z.string().min(1),
  kind: z.enum(enquiryKinds, { error: `The kind of enquiry must be one of: ${enquiryKinds.join(', ')}` }),
  personId: z.string().min(1).nullable().default(null),
  ageBand: code('Age band'),
  openedOn: isoDate('Date opened'),
  openedByUserId: userId('Who opened the enquiry'),
  ...enquiryRiskColumns,
  enquiry: z.unknown().refine((value) => value !== undefined, { error: 'The enquiry itself is missing' }),
})
export type OpenEnquiryRecord = z.input<typeof OpenEnquiryRecordSchema>

/** One change to an open enquiry: the whole enquiry after it, and the event that made it. */
export const ChangeEnquirySchema = z
  .object({
    enquiryId: z.string().min(1),
    expectedVersion: z.number().int().min(1),
    actorUserId: userId('Who made the change'),
    event: code('What changed'),
    detail: z.record(z.string(), z.unknown()),
    status: z.enum(enquiryStatuses),
    ...enquiryRiskColumns,
    closedOn: isoDate('Date closed').nullable().default(null),
    riskOutcomeRow: code('Risk outcome').nullable().default(null),
    riskResultRow: code('Risk result').nullable().default(null),
    mspRow: code('Making Safeguarding Personal outcome').nullable().default(null),
    enquiry: z.unknown().refine((value) => value !== undefined, { error: 'The enquiry itself is missing' }),
  })
  .refine((change) => change.status === 'open' || change.riskOutcomeRow !== null, {
    path: ['riskOutcomeRow'],
    error: 'An enquiry cannot close without a recorded risk outcome',
  })
  .refine((change) => change.status === 'open' || (change.closedOn !== null && change.mspRow !== null), {
    path: ['closedOn'],
    error: 'A closed enquiry needs the date it closed and its Making Safeguarding Personal outcome',
  })
export type ChangeEnquiry = z.input<typeof ChangeEnquirySchema>

export type EnquiryRecord = {
  id: string
  concernId: string
  kind: (typeof enquiryKinds)[number]
  personId: string | null
  ageBand: string
  openedOn: string
  openedAt: Date
  openedByUserId: string
  status: (typeof enquiryStatuses)[number]
  version: number
  typesOfAbuse: string[]
  locationOfRisk: string | null
  sourceOfRisk: string | null
  closedOn: string | null
  riskOutcomeRow: string | null
  riskResultRow: string | null
  mspRow: string | null
  enquiry: unknown
}

export type EnquiryEventRecord = { version: number; event: string; actorUserId: string; at: Date; detail: unknown }

/** Raw annual counts, keyed as @open-sds/safeguarding's AnnualTotals, ready for annualCountsFromTotals. */
export type SafeguardingAnnualTotals = {
  concerns: number
  enquiriesStarted: Record<string, number>
  individualsByAgeBand: Record<string, number>
  concluded: number
  concludedByType: Record<string, number>
  concludedByLocation: Record<string, number>
  concludedBySource: Record<string, number>
  concludedByRiskOutcome: Record<string, number>
  concludedByRiskResult: Record<string, number>
  concludedByMsp: Record<string, number>
}

export const RecordPositiveRiskSchema = z.object({
  personId: z.string().min(1),
  supportPlanId: z.string().trim().min(1).max(100).nullable().default(null),
  recordedByUserId: userId('Who recorded the risk'),
  proposal: z.record(z.string(), z.unknown()),
  rating: z.record(z.string(), z.unknown()),
  matrixId: code('Risk matrix id'),
  matrixVersion: code('Risk matrix version'),
  score: z.number().int().min(1),
})
export type RecordPositiveRisk = z.input<typeof RecordPositiveRiskSchema>
export type PositiveRiskRecord = z.output<typeof RecordPositiveRiskSchema> & { id: string; recordedAt: Date }

export const DecidePositiveRiskSchema = z.object({
  assessmentId: z.string().min(1),
  decidedByUserId: userId('Who decided'),
  outcome: z.enum(positiveRiskOutcomes, { error: `The decision must be one of: ${positiveRiskOutcomes.join(', ')}` }),
  reviewOn: isoDate('Review date'),
  assessment: z.record(z.string(), z.unknown()),
})
export type DecidePositiveRisk = z.input<typeof DecidePositiveRiskSchema>
export type PositiveRiskDecisionRecord = z.output<typeof DecidePositiveRiskSchema> & { id: string; decidedAt: Date }
