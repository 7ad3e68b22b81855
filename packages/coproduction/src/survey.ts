import { z } from 'zod'
import { IdSchema, optionalText, requiredText } from './fields.js'
import { parse, type Result } from '@open-sds/kernel'

/** The five points of each Likert scale, from 1 (least) to 5 (most). */
export const likertScales = {
  agreement: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
  satisfaction: [
    'Very dissatisfied',
    'Dissatisfied',
    'Neither satisfied nor dissatisfied',
    'Satisfied',
    'Very satisfied',
  ],
} as const
export type LikertScale = keyof typeof likertScales

/** What a question can be about: a service, a provider, or a Making it Real "I" statement. */
export const QuestionLinkSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('service'),
      serviceId: requiredText('Give the id of the service', 100),
      name: optionalText(200),
    }),
    z.object({
      kind: z.literal('provider'),
      providerId: requiredText('Give the id of the provider', 100),
      name: optionalText(200),
    }),
    z.object({ kind: z.literal('i-statement'), statementId: IdSchema, text: optionalText(500) }),
  ],
  {
    error:
      'A question can be linked to a service, a provider or an "I" statement (kind: service, provider or i-statement)',
  },
)
export type QuestionLink = z.infer<typeof QuestionLinkSchema>

/** The Easy Read wording of a question: the same question, same id, simpler words and a picture. */
export const EasyReadSchema = z.object({
  text: requiredText('Give the Easy Read wording of the question', 500),
  image: z
    .object({
      src: requiredText('Give the picture file or address', 500),
      alt: requiredText('Describe the picture for people who cannot see it (alt text)', 300),
    })
    .optional(),
})

export const AnsweringSchema = z
  .object({
    anonymous: z.enum(['not-allowed', 'one-time-link', 'open'], {
      error: 'Anonymous answering is not-allowed, one-time-link or open',
    }),
    named: z.boolean({ error: 'Say whether people may answer under their name (true or false)' }),
  })
  .refine((answering) => answering.anonymous !== 'not-allowed' || answering.named, {
    error: 'A survey that allows neither anonymous nor named answers cannot be answered',
  })
export type Answering = z.infer<typeof AnsweringSchema>

const questionFields = {
  id: IdSchema,
  text: requiredText('Give the wording of the question', 500),
  hint: optionalText(500),
  easyRead: EasyReadSchema.optional(),
  link: QuestionLinkSchema.optional(),
  required: z.boolean().default(false),
}

export const QuestionSchema = z.discriminatedUnion(
  'type',
  [
    z.object({
      ...questionFields,
      type: z.literal('likert'),
      scale: z.enum(['agreement', 'satisfaction'], {
        error: 'A Likert question uses the agreement or the satisfaction scale',
      }),
    }),
    z.object({ ...questionFields, type: z.literal('yes-no') }),
    z.object({
      ...questionFields,
      type: z.literal('free-text'),
      maxLength: z.number().int().min(1).max(10_000).default(2_000),
    }),
  ],
  { error: 'A question is likert, yes-no or free-text' },
)
export type Question = z.infer<typeof QuestionSchema>

export const SurveySchema = z
  .object({
    id: IdSchema,
    version: requiredText('Give the survey a version, so answers can say which wording they were given', 50),
    title: requiredText('Give the survey a title', 200),
    easyReadTitle: optionalText(200),
    introduction: optionalText(2_000),
    /** When true, every question must have Easy Read wording. */
    offersEasyRead: z.boolean().default(false),
    /**
     * Who may answer and how. `anonymous`: 'not-allowed'; 'one-time-link' (someone sent a link that works once);
     * or 'open' (anyone with the survey's address). `named`: whether a signed-in person may answer under their name.
     */
    answering: AnsweringSchema.default({ anonymous: 'one-time-link', named: true }),
    questions: z.array(QuestionSchema).min(1, { error: 'A survey needs at least one question' }),
  })
  .superRefine((survey, context) => {
    const seen = new Set<string>()
    survey.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `Question id "${question.id}" is used more than once`,
        })
      }
      seen.add(question.id)
      if (survey.offersEasyRead && question.easyRead === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'easyRead'],
          message: `The survey offers Easy Read, so question "${question.id}" needs Easy Read wording`,
        })
      }
    })
  })
export type Survey = z.infer<typeof SurveySchema>
export type SurveyInput = z.input<typeof SurveySchema>

export const defineSurvey = (input: unknown): Result<Survey> => parse(SurveySchema, input)

export type Variant = 'standard' | 'easy-read'

/** A question as it is shown: the wording for the chosen variant, and its answer options. */
export type ShownQuestion = {
  id: string
  type: Question['type']
  text: string
  hint?: string
  image?: { src: string; alt: string }
  options?: Array<{ value: number | 'yes' | 'no'; label: string }>
  required: boolean
}

export function optionsFor(question: Question): ShownQuestion['options'] {
  if (question.type === 'likert')
    return likertScales[question.scale].map((label, index) => ({ value: index + 1, label }))
  if (question.type === 'yes-no')
    return [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ]
  return undefined
}

/**
 * The survey in one variant. Easy Read keeps every question id, so answers from both variants are
 * counted together; a question without Easy Read wording falls back to the standard wording.
 */
export function showSurvey(survey: Survey, variant: Variant): { title: string; questions: ShownQuestion[] } {
  const easy = variant === 'easy-read'
  return {
    title: easy && survey.easyReadTitle ? survey.easyReadTitle : survey.title,
    questions: survey.questions.map((question) => {
      const options = optionsFor(question)
      const easyRead = easy ? question.easyRead : undefined
      return {
        id: question.id,
        type: question.type,
        text: easyRead?.text ?? question.text,
        ...(!easyRead && question.hint ? { hint: question.hint } : {}),
        ...(easyRead?.image ? { image: easyRead.image } : {}),
        ...(options ? { options } : {}),
        required: question.required,
      }
    }),
  }
}
