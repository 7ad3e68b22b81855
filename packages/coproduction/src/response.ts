import { z } from 'zod'
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, checkNow, dayOf, requiredText } from './fields.js'
import { ModerationSchema } from './moderation.js'
import { fail, ok, parse, type Issue, type Result } from '@open-sds/kernel'
import { likertScales, type Question, type Survey } from './survey.js'

export const AnswerSchema = z.discriminatedUnion('type', [
  z.object({ questionId: IdSchema, type: z.literal('likert'), value: z.number().int().min(1).max(5) }),
  z.object({ questionId: IdSchema, type: z.literal('yes-no'), value: z.enum(['yes', 'no']) }),
  z.object({
    questionId: IdSchema,
    type: z.literal('free-text'),
    text: z.string().min(1),
    moderation: ModerationSchema,
  }),
])
export type Answer = z.infer<typeof AnswerSchema>

const responseFields = {
  surveyId: IdSchema,
  surveyVersion: z.string().min(1),
  variant: z.enum(['standard', 'easy-read']),
  answers: z.array(AnswerSchema),
}

/**
 * An anonymous response has no identifier of any kind, and only the day it was given: an exact time
 * could be matched against access logs. It is strict, so an identifier sent by mistake is refused,
 * not quietly stored.
 */
export const AnonymousResponseSchema = z.strictObject({
  kind: z.literal('anonymous'),
  ...responseFields,
  submittedOn: IsoDateSchema,
})
export type AnonymousResponse = z.infer<typeof AnonymousResponseSchema>

export const NamedResponseSchema = z.strictObject({
  kind: z.literal('named'),
  respondentId: z.string().min(1),
  ...responseFields,
  submittedAt: IsoDateTimeSchema,
})
export type NamedResponse = z.infer<typeof NamedResponseSchema>

export const SurveyResponseSchema = z.discriminatedUnion('kind', [AnonymousResponseSchema, NamedResponseSchema])
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>

const answerValues = z
  .record(z.string(), z.unknown(), { error: 'Answers are given as { questionId: answer }' })
  .default({})
const variant = z.enum(['standard', 'easy-read']).default('standard')
const noIdentifier = (issue: { code: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `An anonymous response cannot carry ${(issue.keys ?? []).join(', ')}: leave it out, or make the response named`
    : undefined

/** What a form sends: the answers keyed by question id, and whether the person gave their name. */
export const ResponseInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('anonymous'), variant, answers: answerValues }, { error: noIdentifier }),
    z.object({
      kind: z.literal('named'),
      respondentId: requiredText('A named response needs the respondent id', 100),
      variant,
      answers: answerValues,
    }),
  ],
  { error: 'Say whether the response is anonymous or named (kind: anonymous or named)' },
)
export type ResponseInput = z.input<typeof ResponseInputSchema>

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

function readAnswer(question: Question, value: unknown): Answer | Issue {
  const path = `answers.${question.id}`
  switch (question.type) {
    case 'likert': {
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5) {
        return { questionId: question.id, type: 'likert', value }
      }
      const labels = likertScales[question.scale]
      return { path, message: `Answer "${question.text}" with a number from 1 (${labels[0]}) to 5 (${labels[4]})` }
    }
    case 'yes-no':
      if (value === 'yes' || value === 'no') return { questionId: question.id, type: 'yes-no', value }
      return { path, message: `Answer "${question.text}" with yes or no` }
    case 'free-text': {
      if (typeof value !== 'string') return { path, message: `Answer "${question.text}" in words` }
      const text = value.trim()
      if (text.length > question.maxLength) {
        return {
          path,
          message: `Keep your answer to "${question.text}" to ${String(question.maxLength)} characters or fewer`,
        }
      }
      return { questionId: question.id, type: 'free-text', text, moderation: { state: 'pending' } }
    }
  }
}

/**
 * Check a response against its survey and store it in shape. Free text always starts pending
 * moderation, whatever the caller sends. Blank answers to optional questions are left out.
 */
export function submitResponse(survey: Survey, input: unknown, context: { now: Date }): Result<SurveyResponse> {
  const now = checkNow(context.now)
  if (!now.ok) return now
  const parsed = parse(ResponseInputSchema, input)
  if (!parsed.ok) return parsed
  if (parsed.value.kind === 'anonymous' && survey.answering.anonymous === 'not-allowed') {
    return fail({
      path: 'kind',
      message: `Survey "${survey.title}" cannot be answered anonymously: sign in to answer it`,
    })
  }
  if (parsed.value.kind === 'named' && !survey.answering.named) {
    return fail({
      path: 'kind',
      message: `Survey "${survey.title}" is answered anonymously only, so no name is kept with the answers`,
    })
  }
  const given = parsed.value.answers
  const known = new Set(survey.questions.map((question) => question.id))
  const problems: Issue[] = Object.keys(given)
    .filter((id) => !known.has(id))
    .map((id) => ({ path: `answers.${id}`, message: `There is no question "${id}" in this survey` }))
  const answers: Answer[] = []
  for (const question of survey.questions) {
    const value = given[question.id]
    if (isBlank(value)) {
      if (question.required)
        problems.push({
          path: `answers.${question.id}`,
          message: `Answer "${question.text}": this question needs an answer`,
        })
      continue
    }
    const answer = readAnswer(question, value)
    if ('path' in answer) problems.push(answer)
    else answers.push(answer)
  }
  if (problems.length > 0) return fail(...problems)
  const base = { surveyId: survey.id, surveyVersion: survey.version, variant: parsed.value.variant, answers }
  if (parsed.value.kind === 'anonymous') return ok({ kind: 'anonymous', ...base, submittedOn: dayOf(now.value) })
  return ok({ kind: 'named', respondentId: parsed.value.respondentId, ...base, submittedAt: now.value.toISOString() })
}
