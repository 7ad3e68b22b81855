import {
  aggregateSurvey,
  builtInStatements,
  submitResponse,
  suppressedSymbol,
  type Cell,
  type Statement,
  type Survey,
  type SurveyResponse,
  type SurveyResults,
} from '@open-sds/coproduction'
import type { NewSurveyResponse, StoredSurveyResponse, SurveyWording } from '@open-sds/db'
import type { AppContext } from '../../.server/context.js'
import type { Viewer } from '../../.server/auth/session.js'
import type { FieldError } from '../../.server/forms.js'

/** Surveys the configured plugins supply, each with the set it belongs to. */
export function surveysInUse(context: {
  site: Pick<AppContext['site'], 'slots'>
}): Array<{ setTitle: string; survey: Survey }> {
  return (context.site.slots.surveys?.sets ?? []).flatMap((set) =>
    set.surveys.map((survey) => ({ setTitle: set.title, survey })),
  )
}

export function statementsInUse(context: AppContext): Statement[] {
  return [...builtInStatements, ...(context.site.slots.surveys?.statements ?? [])]
}

/** The survey with this id, or a 404: an unknown id is not a page. */
export function requireSurvey(context: AppContext, surveyId: string): Survey {
  const found = surveysInUse(context).find((entry) => entry.survey.id === surveyId)
  if (!found) throw new Response('There is no survey at this address.', { status: 404, statusText: 'Not Found' })
  return found.survey
}

export const wordingOf = (survey: Survey): SurveyWording => ({
  surveyId: survey.id,
  surveyVersion: survey.version,
  title: survey.title,
  definition: survey,
})

/** A checked response as the repository stores it: free text without its moderation state, an anonymous one by day only. */
export function toStored(response: SurveyResponse, viewer: Viewer | null, now: Date): NewSurveyResponse {
  const answers = response.answers.map((answer) =>
    answer.type === 'free-text' ? { questionId: answer.questionId, type: answer.type, text: answer.text } : answer,
  )
  if (response.kind === 'named' && viewer)
    return {
      kind: 'named',
      variant: response.variant,
      answers,
      submittedOn: now.toISOString().slice(0, 10),
      respondentUserId: viewer.id,
      submittedAt: now,
    }
  // Anonymous: the day only, and nothing about who or how.
  return { kind: 'anonymous', variant: response.variant, answers, submittedOn: now.toISOString().slice(0, 10) }
}

/** A stored response in the shape the coproduction package aggregates (without the row id). */
function asSurveyResponse(stored: StoredSurveyResponse): SurveyResponse {
  const { id: _id, ...response } = stored
  return response as SurveyResponse
}

/** Results safe to publish: small numbers suppressed, only moderated comments. */
export async function publishedResults(context: AppContext, survey: Survey): Promise<SurveyResults> {
  const stored = await context.database.repos.coproduction.listResponses(survey.id)
  return aggregateSurvey(survey, stored.map(asSurveyResponse))
}

/** Reads a posted survey form into answers keyed by question id, as submitResponse takes them. */
export function answersFromForm(
  survey: Survey,
  form: FormData,
): { answers: Record<string, unknown>; raw: Record<string, string> } {
  const answers: Record<string, unknown> = {}
  const raw: Record<string, string> = {}
  for (const question of survey.questions) {
    const value = form.get(question.id)
    if (typeof value !== 'string' || value.trim() === '') continue
    raw[question.id] = value
    if (question.type === 'likert') answers[question.id] = /^[1-5]$/.test(value) ? Number(value) : value
    else answers[question.id] = value
  }
  return { answers, raw }
}

/** Checks the answers with the coproduction package; errors name the question's field. */
export function checkResponse(
  survey: Survey,
  input: { kind: 'anonymous' } | { kind: 'named'; respondentId: string },
  variant: 'standard' | 'easy-read',
  answers: Record<string, unknown>,
  now: Date,
): { ok: true; response: SurveyResponse } | { ok: false; errors: FieldError[] } {
  const checked = submitResponse(survey, { ...input, variant, answers }, { now })
  if (checked.ok) return { ok: true, response: checked.value }
  return {
    ok: false,
    errors: checked.errors.map((error) => ({ field: error.path.replace(/^answers\./, ''), message: error.message })),
  }
}

/** A cell as a person reads it: the number, or the suppression mark. */
export const cellText = (cell: Cell): string =>
  cell.kind === 'shown' ? cell.value.toLocaleString('en-GB') : suppressedSymbol
