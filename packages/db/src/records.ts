import { z } from 'zod'
import { assessmentStatuses, relationships, roles } from './vocabulary.js'
import { auditActions } from './audit-actions.js'

// The records the repositories accept and return. They name no database: a PostgreSQL implementation of the
// repositories returns exactly these shapes, so routes never learn which database they are talking to.

export const RoleSchema = z.enum(roles, { error: `Role must be one of: ${roles.join(', ')}` })
export const RelationshipSchema = z.enum(relationships, {
  error: `Relationship must be one of: ${relationships.join(', ')}`,
})

const idSchema = (what: string) => z.uuid({ error: `${what} must be a UUID` })

const displayNameSchema = z
  .string({ error: 'Enter a name' })
  .trim()
  .min(1, { error: 'Enter a name' })
  .max(200, { error: 'Name must be 200 characters or fewer' })

export const EmailSchema = z
  .string({ error: 'Enter an email address' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Enter an email address' })
  .max(254, { error: 'Email address must be 254 characters or fewer' })
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com' }))

export const NewUserSchema = z.object({
  id: idSchema('User id').optional(),
  email: EmailSchema,
  displayName: displayNameSchema,
  passwordHash: z.string({ error: 'Password hash is missing' }).min(1, { error: 'Password hash is missing' }),
  role: RoleSchema,
  /**
   * False only for an account its owner makes for themselves (sign-up, issue 15): it waits for them to follow the link
   * sent to the address. An account made by the council or its set-up is taken as proved.
   */
  emailVerified: z.boolean().default(true),
})
export type NewUser = z.input<typeof NewUserSchema>

/** An account. The password hash is deliberately not part of it, so it cannot leak into a page by accident. */
export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  createdAt: z.date(),
  disabledAt: z.date().nullable(),
  /** When the owner proved the email address; null while a personal account waits for its link (issue 15). */
  emailVerifiedAt: z.date().nullable(),
})
export type User = z.infer<typeof UserSchema>

const dateOfBirthSchema = z.iso
  .date({ error: 'Date of birth must be a real date, written as YYYY-MM-DD' })
  .nullable()
  .optional()

export const NewPersonSchema = z.object({
  id: idSchema('Person id').optional(),
  displayName: displayNameSchema,
  dateOfBirth: dateOfBirthSchema,
})
export type NewPerson = z.input<typeof NewPersonSchema>

export const PersonChangesSchema = z.object({
  displayName: displayNameSchema.optional(),
  dateOfBirth: dateOfBirthSchema,
})
export type PersonChanges = z.input<typeof PersonChangesSchema>

/**
 * What the national returns need to know about a person, as a practitioner records it. Coded values are the neutral
 * ids of @open-sds/statutory-returns; they are checked against the national lists when a return is made, not here.
 */
export const PersonReturnDetailsSchema = z.object({
  nhsNumber: z.string().trim().max(20).nullable().optional(),
  gender: z.string().trim().max(60).nullable().optional(),
  ethnicity: z.string().trim().max(60).nullable().optional(),
  postcode: z.string().trim().max(12).nullable().optional(),
  primarySupportReason: z.string().trim().max(60).nullable().optional(),
  accommodationStatus: z.string().trim().max(60).nullable().optional(),
  employmentStatus: z.string().trim().max(60).nullable().optional(),
  hasUnpaidCarer: z.boolean().nullable().optional(),
  clientFundingStatus: z.string().trim().max(60).nullable().optional(),
  dateOfDeath: z.iso.date({ error: 'Date of death must be a date written as YYYY-MM-DD' }).nullable().optional(),
})
export type PersonReturnDetails = z.input<typeof PersonReturnDetailsSchema>

/** A person's record: the person who needs care and support. Special category data. */
export const PersonSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  dateOfBirth: z.iso.date().nullable(),
  createdAt: z.date(),
})
export type Person = z.infer<typeof PersonSchema>

export const PersonAccessSchema = z.object({
  userId: z.string(),
  personId: z.string(),
  relationship: RelationshipSchema,
  createdAt: z.date(),
})
export type PersonAccess = z.infer<typeof PersonAccessSchema>

export type PersonWithRelationship = Person & { relationship: z.infer<typeof RelationshipSchema> }

export const SessionDataSchema = z.record(z.string(), z.unknown())
export type SessionData = z.infer<typeof SessionDataSchema>

export const SessionSchema = z.object({
  /** SHA-256 of the session token, as 64 lower-case hex digits. */
  tokenHash: z.string(),
  userId: z.string(),
  createdAt: z.date(),
  expiresAt: z.date(),
  lastSeenAt: z.date(),
  data: SessionDataSchema,
})
export type Session = z.infer<typeof SessionSchema>

/** `subject.verb`, lower case, e.g. `person.read`, `user.sign-in`: one of the codes that have plain words. */
export const AuditActionSchema = z.enum(auditActions, {
  error: 'Audit action must be one of the codes in audit-actions.ts, each with its plain words',
})

export const NewAuditEntrySchema = z.object({
  at: z.date({ error: 'Audit entry needs the time it happened' }),
  actorUserId: z.string().min(1).nullable().default(null),
  action: AuditActionSchema,
  personId: z.string().min(1).nullable().default(null),
  resource: z.string({ error: 'Audit resource is missing' }).min(1, { error: 'Audit resource is missing' }),
  detail: z.record(z.string(), z.unknown()).nullable().default(null),
})
export type NewAuditEntry = z.input<typeof NewAuditEntrySchema>

// Read back, an entry may hold a code an older release wrote: it is a string, described by describeAuditAction.
export const AuditEntrySchema = NewAuditEntrySchema.extend({ id: z.number().int(), action: z.string() })
export type AuditEntry = z.output<typeof AuditEntrySchema>

export const AssessmentStatusSchema = z.enum(assessmentStatuses, {
  error: `Assessment status must be one of: ${assessmentStatuses.join(', ')}`,
})

const requiredText = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .trim()
    .min(1, { error: `${what} is missing` })
    .max(200, { error: `${what} must be 200 characters or fewer` })

/** Who is saving: their account, and whether they are acting for the person rather than being the person. */
export const AssessmentActorSchema = z.object({
  userId: requiredText('User id'),
  onBehalf: z.boolean({ error: 'Say whether this is being done on the person’s behalf (true or false)' }),
})
export type AssessmentActor = z.input<typeof AssessmentActorSchema>

export const StartAssessmentSchema = AssessmentActorSchema.extend({
  personId: requiredText('Person id'),
  questionnaireId: requiredText('Questionnaire id'),
  questionnaireVersion: requiredText('Questionnaire version'),
})
export type StartAssessment = z.input<typeof StartAssessmentSchema>

/** Answers by question id. Stored as JSON, so values must be what JSON can hold (no Dates, functions or undefined). */
export const AssessmentAnswersSchema = z.record(z.string(), z.unknown(), {
  error: 'Answers must be an object of answers by question id',
})
export type AssessmentAnswers = z.infer<typeof AssessmentAnswersSchema>

// JSON.stringify throws on a cycle or a BigInt rather than returning undefined; input from people must never throw.
const isStorableJson = (value: unknown) => {
  try {
    return JSON.stringify(value) !== undefined
  } catch {
    return false
  }
}

/** Anything JSON can hold except null, stored exactly as given. */
const storedJsonSchema = (missingMessage: string) =>
  z.unknown().refine((value) => value !== null && isStorableJson(value), { error: missingMessage })

const weeklyPenceSchema = (what: string) =>
  z
    .number({ error: `${what} must be a whole number of pence` })
    .int({ error: `${what} must be a whole number of pence` })
    .min(0, { error: `${what} must be 0 or more, in pence` })
    .max(Number.MAX_SAFE_INTEGER, { error: `${what} is too large` })

export const SubmitAssessmentSchema = AssessmentActorSchema.extend({
  /** The whole indicative budget result, explanation included, stored exactly as given (as JSON). */
  budget: storedJsonSchema('The indicative budget is missing'),
  rasConfigId: requiredText('RAS configuration id'),
  rasConfigVersion: requiredText('RAS configuration version'),
  weeklyPence: weeklyPenceSchema('Weekly budget'),
})
export type SubmitAssessment = z.input<typeof SubmitAssessmentSchema>

export const SendForBudgetByHandSchema = AssessmentActorSchema.extend({
  /** Why no budget could be worked out, in plain words. */
  reason: z
    .string({ error: 'Say why the budget is to be worked out by a person' })
    .trim()
    .min(1, { error: 'Say why the budget is to be worked out by a person' })
    .max(2_000, { error: 'Keep the reason to 2000 characters or fewer' }),
})
export type SendForBudgetByHand = z.input<typeof SendForBudgetByHandSchema>

/**
 * A self-assessment the person sent whose indicative budget could not be worked out because of the council's data (no
 * resource allocation system in force, or one that cannot price the answers): sent, for a practitioner to work out.
 */
export type BudgetByHand = {
  assessmentId: string
  personId: string
  /** Why, in plain words. */
  reason: string
  sentByUserId: string
  sentOnBehalf: boolean
  sentAt: Date
}

/**
 * A self-assessment. While `draft`, the result fields are null; once `submitted`, the answers, the budget (exactly as
 * it was given), the RAS configuration and the weekly amount never change.
 */
export const AssessmentSchema = z.object({
  id: z.string(),
  personId: z.string(),
  questionnaireId: z.string(),
  questionnaireVersion: z.string(),
  answers: AssessmentAnswersSchema,
  status: AssessmentStatusSchema,
  startedByUserId: z.string(),
  lastUpdatedByUserId: z.string(),
  /** True when the last account to save it was not the person's own, e.g. a representative's. */
  completedOnBehalf: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
  submittedAt: z.date().nullable(),
  budget: z.unknown(),
  rasConfigId: z.string().nullable(),
  rasConfigVersion: z.string().nullable(),
  weeklyPence: z.number().int().nullable(),
})
export type Assessment = z.infer<typeof AssessmentSchema>

export const changeReasonMissingMessage = 'Give a reason for changing the budget: the person will see it'

/**
 * A practitioner's Care Act eligibility decision on a submitted self-assessment. When eligible, `agreedWeeklyPence` is
 * the indicative amount or a different one with a `changeReason` the person will see; when not eligible it is null.
 */
export const RecordEligibilityDecisionSchema = z
  .object({
    assessmentId: requiredText('Self-assessment id'),
    personId: requiredText('Person id'),
    decidedByUserId: requiredText('User id of who decided'),
    /** The determination (outcomes, wellbeing, notes), stored exactly as given (as JSON). */
    determination: storedJsonSchema('The eligibility determination is missing'),
    eligible: z.boolean({ error: 'Say whether the person is eligible (true or false)' }),
    indicativeWeeklyPence: weeklyPenceSchema('Indicative weekly budget'),
    agreedWeeklyPence: weeklyPenceSchema('Agreed weekly budget').nullable(),
    // Blank counts as no reason, so a reason of spaces cannot stand in for one.
    changeReason: z
      .string({ error: 'Reason for changing the budget must be text' })
      .trim()
      .max(2000, { error: 'Reason for changing the budget must be 2000 characters or fewer' })
      .nullable()
      .transform((reason) => (reason === '' ? null : reason)),
  })
  .superRefine((decision, context) => {
    const { eligible, indicativeWeeklyPence, agreedWeeklyPence, changeReason } = decision
    if (eligible && agreedWeeklyPence === null) {
      context.addIssue({
        code: 'custom',
        path: ['agreedWeeklyPence'],
        message: 'Enter the agreed weekly budget, in pence: the indicative budget, or a different amount with a reason',
      })
    } else if (!eligible && agreedWeeklyPence !== null) {
      context.addIssue({
        code: 'custom',
        path: ['agreedWeeklyPence'],
        message: 'Leave the agreed weekly budget empty: the person has not been found eligible',
      })
    } else if (agreedWeeklyPence !== null && agreedWeeklyPence !== indicativeWeeklyPence && changeReason === null) {
      context.addIssue({ code: 'custom', path: ['changeReason'], message: changeReasonMissingMessage })
    }
  })
export type RecordEligibilityDecision = z.input<typeof RecordEligibilityDecisionSchema>

/** A recorded eligibility decision. Never changed: a later decision on the same assessment replaces it. */
export const EligibilityDecisionSchema = z.object({
  id: z.string(),
  assessmentId: z.string(),
  personId: z.string(),
  decidedByUserId: z.string(),
  decidedAt: z.date(),
  determination: z.unknown(),
  eligible: z.boolean(),
  indicativeWeeklyPence: z.number().int(),
  agreedWeeklyPence: z.number().int().nullable(),
  changeReason: z.string().nullable(),
})
export type EligibilityDecision = z.infer<typeof EligibilityDecisionSchema>

export const rasEffectiveFromMessage = 'Enter the date the version takes effect, like 2026-04-06'

/**
 * A new version of a council's RAS configuration, as a council admin publishes it, for example after calibration.
 * Versions are never changed: a correction is a new version.
 */
export const PublishRasVersionSchema = z.object({
  configId: requiredText('RAS configuration id'),
  version: requiredText('RAS version'),
  effectiveFrom: z.iso.date({ error: rasEffectiveFromMessage }),
  /** The RAS configuration, stored exactly as given (as JSON). */
  config: storedJsonSchema('The RAS configuration is missing'),
  /** The calibration report summary it was published on, stored exactly as given (as JSON), or null. */
  calibration: z.unknown().refine((value) => value === null || isStorableJson(value), {
    error: 'Give the calibration report summary, or null if the version was not calibrated',
  }),
  publishedByUserId: requiredText('User id of who published'),
})
export type PublishRasVersion = z.input<typeof PublishRasVersionSchema>

/** A published RAS version. Never changed. */
export const RasVersionSchema = z.object({
  id: z.string(),
  configId: z.string(),
  version: z.string(),
  effectiveFrom: z.iso.date(),
  config: z.unknown(),
  calibration: z.unknown(),
  publishedByUserId: z.string(),
  publishedAt: z.date(),
})
export type RasVersion = z.infer<typeof RasVersionSchema>
