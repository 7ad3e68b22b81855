import { z } from 'zod'

/**
 * A typed answer: an option value (single choice), option values (multiple choice), a number, text,
 * a date as YYYY-MM-DD, or true/false (yes/no). A missing or null answer means "not answered".
 */
export const AnswerValueSchema = z.union([z.string(), z.array(z.string()), z.number(), z.boolean()])

export const AnswersSchema = z.record(z.string(), AnswerValueSchema.nullable())

export type AnswerValue = z.infer<typeof AnswerValueSchema>
export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>

/** Whether a value counts as an answer: blank text and an empty selection do not. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  return true
}
