import { formatLongDate, type Issue } from '@open-sds/kernel'

/**
 * Why the council could give no indicative budget for a set of answers: none of its resource allocation systems is in
 * force on the day, or the one in force cannot price some answers (a question it has no points for, an answer missing
 * from its table). Either way it is the council's data, never the person's: their answers have already passed the
 * questionnaire's own checks. `questionLabel` turns a question id into the words the person saw.
 */
export type BudgetRefusal =
  | { kind: 'none-in-force'; date: string }
  | { kind: 'cannot-price'; issues: readonly Issue[]; questionLabel: (questionId: string) => string | undefined }

/**
 * The reason, in plain words for the person and the practitioner, that the budget is to be worked out by a person.
 * No rule ids or configuration paths: a question the RAS cannot price is named by its label.
 */
export function budgetRefusalReason(refusal: BudgetRefusal): string {
  if (refusal.kind === 'none-in-force')
    return `The council has not published how it works out personal budgets for ${formatLongDate(refusal.date)}.`
  const labels = [
    ...new Set(
      refusal.issues
        .map((issue) => refusal.questionLabel(issue.path.split('.')[0] ?? ''))
        .filter((label): label is string => label !== undefined),
    ),
  ]
  const which =
    labels.length === 0 ? 'some of the answers' : `the answer${labels.length === 1 ? '' : 's'} to ${quoted(labels)}`
  return `The council’s way of working out personal budgets does not yet cover ${which}.`
}

const quoted = (labels: readonly string[]) => {
  const each = labels.map((label) => `“${label}”`)
  return each.length === 1 ? (each[0] ?? '') : `${each.slice(0, -1).join(', ')} and ${each.at(-1) ?? ''}`
}
