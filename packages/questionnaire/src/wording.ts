import type { Question } from './schema.js'

export type QuestionWording = {
  label: string
  hint: string | undefined
  options: Array<{ value: string; label: string; hint: string | undefined }>
}

/**
 * The words to show for a question: the standard wording, or with `easyRead` its Easy Read wording where the
 * definition gives one, falling back to the standard wording piece by piece.
 */
export function questionWording(question: Question, options: { easyRead?: boolean } = {}): QuestionWording {
  const easy = options.easyRead === true ? question.easyRead : undefined
  const choices = question.type === 'single-choice' || question.type === 'multiple-choice' ? question.options : []
  return {
    label: easy?.label ?? question.label,
    hint: easy?.hint ?? question.hint,
    options: choices.map((o) => ({
      value: o.value,
      label: easy?.options?.[o.value]?.label ?? o.label,
      hint: easy?.options?.[o.value]?.hint ?? o.hint,
    })),
  }
}
