import { z } from 'zod'
import { actionStates, ladderRungs, moderationDecisions, surveyVariants } from '../schema/coproduction.js'

// What the co-production repository accepts and returns. The survey rules themselves (questions, answers, what may be
// published) belong to @open-sds/coproduction; these schemas check only what the database must be able to rely on.

const isoDate = z.iso.date({ error: 'Must be a date written as YYYY-MM-DD, for example 2026-04-01' })
const text = (message: string, max = 4_000) => z.string({ error: message }).trim().min(1, { error: message }).max(max)

/** The wording of a survey as answered: the plugin's survey id and version, and the definition as it was. */
export const SurveyWordingSchema = z.object({
  surveyId: text('Give the survey id', 100),
  surveyVersion: text('Give the survey version', 50),
  title: text('Give the survey title', 200),
  definition: z.unknown().refine((value) => value !== undefined, { error: 'Give the survey definition' }),
})
export type SurveyWording = z.infer<typeof SurveyWordingSchema>

/** One stored answer. Free text carries no moderation state here: decisions live in their own table. */
export const StoredAnswerSchema = z.discriminatedUnion('type', [
  z.object({ questionId: z.string().min(1), type: z.literal('likert'), value: z.number().int().min(1).max(5) }),
  z.object({ questionId: z.string().min(1), type: z.literal('yes-no'), value: z.enum(['yes', 'no']) }),
  z.object({ questionId: z.string().min(1), type: z.literal('free-text'), text: z.string().min(1) }),
])
export type StoredAnswer = z.infer<typeof StoredAnswerSchema>

const responseBase = {
  variant: z.enum(surveyVariants),
  answers: z.array(StoredAnswerSchema),
  submittedOn: isoDate,
}

/**
 * A response to store. Anonymous is strict: a caller that passes an account, an address or a time with it is refused,
 * so an identifier cannot reach the table by mistake.
 */
export const NewSurveyResponseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('anonymous'), ...responseBase }),
  z.strictObject({
    kind: z.literal('named'),
    ...responseBase,
    respondentUserId: z.string().min(1),
    submittedAt: z.date(),
  }),
])
export type NewSurveyResponse = z.infer<typeof NewSurveyResponseSchema>

export type ModerationState =
  | { state: 'pending' }
  | { state: 'published'; moderator: string; at: string }
  | { state: 'rejected'; moderator: string; at: string; reason: string }

/** A response as read back, in the shape @open-sds/coproduction aggregates, with its row id for moderation. */
export type StoredSurveyResponse = {
  id: string
  surveyId: string
  surveyVersion: string
  variant: (typeof surveyVariants)[number]
  answers: Array<
    | Exclude<StoredAnswer, { type: 'free-text' }>
    | (Extract<StoredAnswer, { type: 'free-text' }> & { moderation: ModerationState })
  >
} & (
  | { kind: 'anonymous'; submittedOn: string }
  | { kind: 'named'; respondentId: string; submittedOn: string; submittedAt: string }
)

export const ModerateSchema = z
  .object({
    responseId: z.string({ error: 'Say which response' }).min(1, { error: 'Say which response' }),
    questionId: z.string({ error: 'Say which question' }).min(1, { error: 'Say which question' }),
    decision: z.enum(moderationDecisions, { error: 'Choose whether to publish or withhold the comment' }),
    reason: z.string().trim().max(500, { error: 'Keep the reason to 500 characters or fewer' }).optional(),
    decidedByUserId: z.string().min(1),
  })
  .refine((input) => input.decision === 'publish' || (input.reason ?? '').length > 0, {
    path: ['reason'],
    error: 'Say why the comment is withheld (for example: it could identify someone)',
  })
export type Moderate = z.infer<typeof ModerateSchema>

/** A free-text answer waiting for a moderator. */
export type PendingComment = {
  responseId: string
  surveyId: string
  surveyTitle: string
  questionId: string
  text: string
  submittedOn: string
}

export const NewLinksSchema = z.object({
  surveyId: text('Give the survey id', 100),
  count: z
    .number({ error: 'Enter how many links to make' })
    .int()
    .min(1, { error: 'Make at least 1 link' })
    .max(500, { error: 'Make 500 links or fewer at a time' }),
  expiresAt: z.date(),
  createdByUserId: z.string().min(1),
})
export type NewLinks = z.infer<typeof NewLinksSchema>

export const YouSaidWeDidVersionSchema = z
  .object({
    recordId: text('Give the record an id', 100),
    theme: text('Enter the theme, for example "Information and advice"', 200),
    whatPeopleSaid: text('Enter what people said', 2_000),
    action: text('Enter what is being done about it', 2_000),
    owner: text('Enter who owns the action (a team or role)', 200),
    raisedOn: isoDate,
    targetOn: isoDate.optional(),
    state: z.enum(actionStates, { error: 'Choose the status' }),
    doneOn: isoDate.optional(),
    whatChanged: z.string().trim().max(2_000).optional(),
    notDoingReason: z.string().trim().max(2_000).optional(),
    surveyId: z.string().optional(),
    recordedByUserId: z.string().min(1),
  })
  .superRefine((record, context) => {
    if (record.state === 'done' && record.doneOn === undefined)
      context.addIssue({ code: 'custom', path: ['doneOn'], message: 'Enter the date it was done' })
    if (record.state !== 'done' && record.doneOn !== undefined)
      context.addIssue({ code: 'custom', path: ['doneOn'], message: 'Only a done action has a date it was done' })
    if (record.state === 'not-doing' && !record.notDoingReason) {
      context.addIssue({
        code: 'custom',
        path: ['notDoingReason'],
        message: 'Say why this will not be done: people who raised it are owed the reason',
      })
    }
  })
export type YouSaidWeDidVersion = z.infer<typeof YouSaidWeDidVersionSchema>

export type StoredYouSaidWeDid = Omit<YouSaidWeDidVersion, 'recordedByUserId'> & {
  version: number
  recordedAt: Date
  history: Array<{ version: number; state: (typeof actionStates)[number]; recordedAt: Date; recordedByUserId: string }>
}

export const NewActivitySchema = z.object({
  title: text('Enter the title of the activity', 200),
  heldOn: isoDate,
  kind: text('Choose the kind of activity', 50),
  participants: z
    .array(z.object({ role: z.string().min(1), count: z.number().int().min(1) }))
    .min(1, { error: 'Record who took part' }),
  decisions: z.array(z.string().trim().min(1)).default([]),
  rung: z.enum(ladderRungs, { error: 'Choose the rung of the ladder the work reached' }),
  rungReason: text('Say why the work reached this rung', 1_000),
  notes: z.string().trim().max(2_000).optional(),
  recordedByUserId: z.string().min(1),
})
export type NewActivity = z.input<typeof NewActivitySchema>
export type StoredActivity = z.infer<typeof NewActivitySchema> & { id: string; recordedAt: Date }
