import { z } from 'zod'
import { IsoDateTimeSchema, checkWho, requiredText } from './fields.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import type { SurveyResponse } from './response.js'

/** Free text is shown in public only once a person has read it and published it. */
export const ModerationSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('pending') }),
  z.object({ state: z.literal('published'), moderator: z.string().min(1), at: IsoDateTimeSchema }),
  z.object({
    state: z.literal('rejected'),
    moderator: z.string().min(1),
    at: IsoDateTimeSchema,
    reason: z.string().min(1),
  }),
])
export type Moderation = z.infer<typeof ModerationSchema>

export const ModerationDecisionSchema = z.discriminatedUnion(
  'state',
  [
    z.object({ state: z.literal('published') }),
    z.object({
      state: z.literal('rejected'),
      reason: requiredText('Say why the comment is not published (for example: it could identify someone)', 500),
    }),
  ],
  { error: 'A moderation decision is published or rejected' },
)
export type ModerationDecision = z.input<typeof ModerationDecisionSchema>

/**
 * Publish or reject one free-text answer. A comment can be taken down after publishing (or published
 * after a second look), but never returns to pending: someone has always decided.
 */
export function moderateAnswer(
  response: SurveyResponse,
  questionId: string,
  decision: unknown,
  context: { moderator: string; now: Date },
): Result<SurveyResponse> {
  const checked = checkWho(context.now, context.moderator, 'moderator', 'Say who moderated the comment')
  if (!checked.ok) return checked
  const parsed = parse(ModerationDecisionSchema, decision, 'decision')
  if (!parsed.ok) return parsed
  const index = response.answers.findIndex((answer) => answer.questionId === questionId && answer.type === 'free-text')
  if (index === -1) {
    return fail({
      path: 'questionId',
      message: `This response has no written answer to question "${questionId}" to moderate`,
    })
  }
  const stamp = { moderator: checked.value.who, at: checked.value.now.toISOString() }
  const moderation: Moderation =
    parsed.value.state === 'published'
      ? { state: 'published', ...stamp }
      : { state: 'rejected', ...stamp, reason: parsed.value.reason }
  const answers = response.answers.map((answer, position) =>
    position === index && answer.type === 'free-text' ? { ...answer, moderation } : answer,
  )
  return ok({ ...response, answers })
}
