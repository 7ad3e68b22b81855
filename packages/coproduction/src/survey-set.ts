import { z } from 'zod'
import { IdSchema, optionalText, requiredText } from './fields.js'
import { makingItReal } from './making-it-real.js'
import { fail, ok, parse, type Issue, type Result } from '@open-sds/kernel'
import { SurveySchema, type Survey } from './survey.js'

/**
 * A Making it Real style "I" statement (with the "We" statement that answers it), as an organisation supplies it.
 * `wording` says how close it is to the source: a council must not pass off a paraphrase as TLAP's words.
 */
export const StatementSchema = z.object({
  id: IdSchema,
  theme: requiredText('Give the theme the statement belongs to, for example "Information and advice"', 200),
  i: requiredText('Give the "I" statement, in the words of people who draw on care and support', 500),
  we: optionalText(500),
  wording: z
    .enum(['quoted', 'paraphrased', 'local'], { error: 'The wording is quoted, paraphrased or local' })
    .default('local'),
  source: optionalText(300),
})
export type Statement = z.infer<typeof StatementSchema>
export type StatementInput = z.input<typeof StatementSchema>

/** Surveys an organisation runs together, for example a yearly Making it Real survey and a peer-support questionnaire. */
export const SurveySetSchema = z.object({
  id: IdSchema,
  title: requiredText('Give the set of surveys a title', 200),
  description: optionalText(2_000),
  surveys: z.array(SurveySchema).min(1, { error: 'A survey set needs at least one survey' }),
})
export type SurveySet = z.infer<typeof SurveySetSchema>
export type SurveySetInput = z.input<typeof SurveySetSchema>

/** The statements from the domain note, so a survey can link to them without supplying its own. */
export const builtInStatements: Statement[] = makingItReal.statements.map((statement) => ({
  id: statement.id,
  theme: makingItReal.themes.find((theme) => theme.id === statement.themeId)?.label ?? statement.themeId,
  i: statement.i,
  ...('we' in statement ? { we: statement.we } : {}),
  wording: statement.wording,
  source: makingItReal.source,
}))

/**
 * Checks survey sets and statements together: survey ids are unique across every set (answers are stored by survey
 * id), and every question tied to an "I" statement names one that is supplied or built in.
 */
export function checkSurveySets(
  sets: readonly SurveySet[],
  statements: readonly Statement[],
): Result<{ surveys: Survey[] }> {
  const problems: Issue[] = []
  const known = new Set([...builtInStatements, ...statements].map((statement) => statement.id))
  const seen = new Map<string, string>()
  sets.forEach((set, setIndex) => {
    set.surveys.forEach((survey, surveyIndex) => {
      const at = `sets.${String(setIndex)}.surveys.${String(surveyIndex)}`
      const earlier = seen.get(survey.id)
      if (earlier !== undefined)
        problems.push({ path: `${at}.id`, message: `Survey id "${survey.id}" is already used in set "${earlier}"` })
      seen.set(survey.id, set.id)
      survey.questions.forEach((question, questionIndex) => {
        if (question.link?.kind === 'i-statement' && !known.has(question.link.statementId)) {
          problems.push({
            path: `${at}.questions.${String(questionIndex)}.link.statementId`,
            message: `Question "${question.id}" is tied to "I" statement "${question.link.statementId}", which no statement list supplies`,
          })
        }
      })
    })
  })
  if (problems.length > 0) return fail(...problems)
  return ok({ surveys: sets.flatMap((set) => set.surveys) })
}

export const defineSurveySet = (input: unknown): Result<SurveySet> => parse(SurveySetSchema, input)
export const defineStatement = (input: unknown): Result<Statement> => parse(StatementSchema, input)
