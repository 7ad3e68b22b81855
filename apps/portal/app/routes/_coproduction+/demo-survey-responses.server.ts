import { submitResponse, type Survey } from '@open-sds/coproduction'
import type { DatabaseHandle } from '@open-sds/db'
import type { ComposedConfiguration } from '@open-sds/plugin-sdk'
import { surveysInUse, toStored, wordingOf } from './coproduction.server.js'

/** Answers per survey: enough that most published cells pass the small-number rule (no figure 1 to 4). */
const RESPONSES_PER_SURVEY = 40

// Made-up answers, skewed the way real ones are (most agree, some do not), chosen by position so a demo is the same
// every time it is set up.
const LIKERT = [4, 5, 4, 3, 5, 4, 2, 4, 5, 3, 4, 1, 4, 5, 3]
const COMMENTS = [
  'The person who helped me plan listened to what I wanted.',
  'It took too long to hear back after I sent my answers.',
  'Being able to choose my own personal assistant changed everything.',
  'The information was hard to find on the website.',
]

function answersFor(survey: Survey, index: number): Record<string, unknown> {
  const answers: Record<string, unknown> = {}
  survey.questions.forEach((question, position) => {
    const turn = index * 7 + position * 3
    if (question.type === 'likert') answers[question.id] = LIKERT[turn % LIKERT.length]
    else if (question.type === 'yes-no') answers[question.id] = turn % 4 === 0 ? 'no' : 'yes'
    else if (question.required || index % 8 === 0) answers[question.id] = COMMENTS[index % COMMENTS.length]
  })
  return answers
}

/**
 * Fictional anonymous answers to each survey the plugins supply that takes anonymous answers and has none yet, spread
 * over the last three months, so the published results and the moderation queue show something. Comments start
 * waiting for moderation, as every comment does.
 */
export async function seedDemoSurveyResponses(
  database: Pick<DatabaseHandle, 'repos'>,
  site: Pick<ComposedConfiguration, 'slots'>,
  now: Date,
): Promise<number> {
  let added = 0
  for (const { survey } of surveysInUse({ site })) {
    if (survey.answering.anonymous === 'not-allowed') continue
    if ((await database.repos.coproduction.listResponses(survey.id)).length > 0) continue
    for (let index = 0; index < RESPONSES_PER_SURVEY; index += 1) {
      const answeredAt = new Date(now.getTime() - (index % 90) * 86_400_000)
      const checked = submitResponse(
        survey,
        { kind: 'anonymous', answers: answersFor(survey, index) },
        { now: answeredAt },
      )
      if (!checked.ok) throw new Error(`Demo answers to ${survey.id}: ${checked.errors[0]?.message ?? ''}`)
      const stored = await database.repos.coproduction.submitResponse(
        { survey: wordingOf(survey), response: toStored(checked.value, null, answeredAt) },
        answeredAt,
      )
      if (!stored.ok) throw new Error(`Demo answers to ${survey.id}: ${stored.errors[0]?.message ?? ''}`)
      added += 1
    }
  }
  return added
}
