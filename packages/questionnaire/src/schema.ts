import { z } from 'zod'
import { ConditionSchema } from './condition-schema.js'
import { IdSchema, IsoDateSchema, OptionValueSchema } from './ids.js'

const TextSchema = z.string().trim().min(1)

export const EasyReadOptionSchema = z.strictObject({ label: TextSchema.optional(), hint: TextSchema.optional() })

/** Easy Read wording for a question, keyed to the same option values as the standard wording. */
export const EasyReadSchema = z.strictObject({
  label: TextSchema.optional(),
  hint: TextSchema.optional(),
  options: z.record(OptionValueSchema, EasyReadOptionSchema).optional(),
})

export const OptionSchema = z.strictObject({ value: OptionValueSchema, label: TextSchema, hint: TextSchema.optional() })

const questionFields = {
  id: IdSchema,
  label: TextSchema,
  hint: TextSchema.optional(),
  required: z.boolean(),
  /**
   * The words that follow "Select" or "Enter" in an error message, e.g. "how often you need help with meals"
   * gives "Select how often you need help with meals". Without it, messages quote the label.
   */
  errorLabel: TextSchema.optional(),
  easyRead: EasyReadSchema.optional(),
  showWhen: ConditionSchema.optional(),
}

export const SingleChoiceQuestionSchema = z.strictObject({
  type: z.literal('single-choice'),
  ...questionFields,
  options: z.array(OptionSchema),
})

export const MultipleChoiceQuestionSchema = z.strictObject({
  type: z.literal('multiple-choice'),
  ...questionFields,
  options: z.array(OptionSchema),
})

export const NumberQuestionSchema = z.strictObject({
  type: z.literal('number'),
  ...questionFields,
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  /** Plural noun used in messages and beside the box, e.g. "hours" gives "Enter a number of hours between 0 and 168". */
  unit: TextSchema.optional(),
})

export const TextQuestionSchema = z.strictObject({
  type: z.literal('text'),
  ...questionFields,
  maxLength: z.number().int().positive().optional(),
  multiline: z.boolean().optional(),
})

export const DateQuestionSchema = z.strictObject({
  type: z.literal('date'),
  ...questionFields,
  min: IsoDateSchema.optional(),
  max: IsoDateSchema.optional(),
})

export const YesNoQuestionSchema = z.strictObject({ type: z.literal('yes-no'), ...questionFields })

export const QuestionSchema = z.discriminatedUnion('type', [
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  NumberQuestionSchema,
  TextQuestionSchema,
  DateQuestionSchema,
  YesNoQuestionSchema,
])

export const SectionSchema = z.strictObject({ id: IdSchema, title: TextSchema, questions: z.array(QuestionSchema) })

export const QuestionnaireDefinitionSchema = z.strictObject({
  id: IdSchema,
  version: TextSchema,
  title: TextSchema,
  description: TextSchema.optional(),
  sections: z.array(SectionSchema).min(1),
})

export type Option = z.infer<typeof OptionSchema>
export type EasyRead = z.infer<typeof EasyReadSchema>
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestionSchema>
export type MultipleChoiceQuestion = z.infer<typeof MultipleChoiceQuestionSchema>
export type NumberQuestion = z.infer<typeof NumberQuestionSchema>
export type TextQuestion = z.infer<typeof TextQuestionSchema>
export type DateQuestion = z.infer<typeof DateQuestionSchema>
export type YesNoQuestion = z.infer<typeof YesNoQuestionSchema>
export type Question = z.infer<typeof QuestionSchema>
export type QuestionType = Question['type']
export type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion
export type Section = z.infer<typeof SectionSchema>
export type QuestionnaireDefinition = z.infer<typeof QuestionnaireDefinitionSchema>

export function isChoiceQuestion(question: Question): question is ChoiceQuestion {
  return question.type === 'single-choice' || question.type === 'multiple-choice'
}
