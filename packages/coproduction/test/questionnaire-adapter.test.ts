import { describe, expect, it } from 'vitest'
import { validateAnswer, validateAnswers } from '@open-sds/questionnaire'
import { fromQuestionnaireAnswers, submitResponse, toQuestionnaire } from '@open-sds/coproduction'
import { expectOk, now, survey } from './fixtures.js'

describe('the bridge to @open-sds/questionnaire', () => {
  it('turns a survey into a valid questionnaire definition with the same ids and Easy Read wording', () => {
    const definition = expectOk(toQuestionnaire(survey))
    const questions = definition.sections[0]?.questions ?? []
    expect(questions.map((question) => [question.id, question.type])).toEqual([
      ['plan-ahead', 'single-choice'],
      ['day-service', 'single-choice'],
      ['staff-listen', 'yes-no'],
      ['anything-else', 'text'],
    ])
    expect(questions[0]?.easyRead).toEqual({ label: 'People help me get ready for changes.' })
  })

  it('answers collected by the questionnaire engine become a valid survey response', () => {
    const definition = expectOk(toQuestionnaire(survey))
    const likert = expectOk(validateAnswer(definition, 'plan-ahead', '4'))
    const listen = expectOk(validateAnswer(definition, 'staff-listen', 'yes'))
    expect(listen).toBe(true)
    const collected = expectOk(
      validateAnswers(definition, { 'plan-ahead': likert ?? null, 'staff-listen': listen ?? null }),
    )
    const answers = fromQuestionnaireAnswers(survey, collected.answers)
    expect(answers).toEqual({ 'plan-ahead': 4, 'staff-listen': 'yes' })
    const response = expectOk(submitResponse(survey, { kind: 'anonymous', answers }, { now }))
    expect(response.answers[0]).toEqual({ questionId: 'plan-ahead', type: 'likert', value: 4 })
  })

  it('passes anything unexpected through, for submitResponse to report', () => {
    expect(fromQuestionnaireAnswers(survey, { 'plan-ahead': '9', other: 'x' })).toEqual({
      'plan-ahead': '9',
      other: 'x',
    })
  })
})
