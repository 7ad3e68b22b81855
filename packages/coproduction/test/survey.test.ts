import { describe, expect, it } from 'vitest'
import { SurveySchema, defineSurvey, makingItReal, showSurvey } from '@open-sds/coproduction'
import { expectErrors, survey } from './fixtures.js'

describe('surveys', () => {
  it('shows the Easy Read variant with the same question ids, its own wording and pictures with alt text', () => {
    const standard = showSurvey(survey, 'standard')
    const easy = showSurvey(survey, 'easy-read')
    expect(easy.title).toBe('Your support and your life')
    expect(easy.questions.map((question) => question.id)).toEqual(standard.questions.map((question) => question.id))
    expect(easy.questions[0]).toMatchObject({
      text: 'People help me get ready for changes.',
      image: { alt: 'A calendar with a date circled' },
    })
    expect(standard.questions[0]?.options?.map((option) => option.label)).toEqual([
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
    ])
    expect(standard.questions[2]?.options).toEqual([
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ])
  })

  it('links a question to a Making it Real "I" statement (TLAP, Making it Real 2018)', () => {
    const statement = makingItReal.statements.find((entry) => entry.id === 'plan-ahead-for-changes')
    expect(survey.questions[0]?.link).toEqual({ kind: 'i-statement', statementId: statement?.id })
    expect(statement?.i).toBe('I am supported to plan ahead for changes I can anticipate.')
    expect(makingItReal.themes.filter((theme) => theme.verified).map((theme) => theme.id)).toEqual([
      'when-things-need-to-change',
    ])
  })

  it('refuses a repeated question id, and a question with no Easy Read wording when the survey offers Easy Read', () => {
    const errors = expectErrors(
      defineSurvey({
        id: 's',
        version: '1',
        title: 'T',
        offersEasyRead: true,
        questions: [
          { id: 'q1', type: 'yes-no', text: 'A?', easyRead: { text: 'A?' } },
          { id: 'q1', type: 'yes-no', text: 'B?' },
        ],
      }),
    )
    expect(errors).toEqual([
      { path: 'questions.1.id', message: 'Question id "q1" is used more than once' },
      {
        path: 'questions.1.easyRead',
        message: 'The survey offers Easy Read, so question "q1" needs Easy Read wording',
      },
    ])
  })

  it('explains a bad question type, id and link in plain words', () => {
    const errors = expectErrors(
      defineSurvey({
        id: 'Bad Id',
        version: '1',
        title: 'T',
        questions: [
          { id: 'q1', type: 'slider', text: 'A?' },
          { id: 'q2', type: 'yes-no', text: 'B?', link: { kind: 'postcode' } },
        ],
      }),
    )
    expect(errors.map((error) => error.path)).toEqual(['id', 'questions.0.type', 'questions.1.link.kind'])
    expect(errors[1]?.message).toBe('A question is likert, yes-no or free-text')
  })

  it('falls back to the standard wording where a question has no Easy Read text', () => {
    const plain = SurveySchema.parse({
      id: 's',
      version: '1',
      title: 'T',
      questions: [{ id: 'q1', type: 'yes-no', text: 'A?', hint: 'Think of last week' }],
    })
    expect(showSurvey(plain, 'easy-read').questions[0]).toMatchObject({ text: 'A?', hint: 'Think of last week' })
  })
})
