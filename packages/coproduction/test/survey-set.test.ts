import { describe, expect, it } from 'vitest'
import {
  builtInStatements,
  checkSurveySets,
  defineSurveySet,
  submitResponse,
  type SurveySet,
} from '@open-sds/coproduction'
import { expectErrors, expectOk, now } from './fixtures.js'

const set = (surveys: unknown[]): SurveySet =>
  expectOk(defineSurveySet({ id: 'riverside', title: 'Riverside surveys', surveys }))
const likert = (id: string, statementId: string) => ({
  id,
  type: 'likert',
  scale: 'agreement',
  text: `Question ${id}`,
  link: { kind: 'i-statement', statementId },
})

describe('survey sets and statements', () => {
  it('carries the two statements from the domain note, marked paraphrased (TLAP, Making it Real 2018)', () => {
    expect(builtInStatements.map((statement) => [statement.id, statement.wording])).toEqual([
      ['plan-ahead-for-changes', 'paraphrased'],
      ['know-who-to-contact', 'paraphrased'],
    ])
  })

  it('refuses the same survey id twice across sets, and a link to a statement no one supplies', () => {
    const first = set([
      { id: 'yearly', version: '1', title: 'Yearly', questions: [likert('q1', 'plan-ahead-for-changes')] },
    ])
    const second = set([{ id: 'yearly', version: '2', title: 'Again', questions: [likert('q1', 'feel-heard')] }])
    const errors = expectErrors(checkSurveySets([first, second], []))
    expect(errors.map((error) => error.path)).toEqual([
      'sets.1.surveys.0.id',
      'sets.1.surveys.0.questions.0.link.statementId',
    ])
    expect(errors[1]?.message).toContain('"feel-heard"')
  })

  it('accepts a link to a statement the organisation supplies itself', () => {
    const own = set([{ id: 'peer', version: '1', title: 'Peer support', questions: [likert('q1', 'feel-heard')] }])
    const statement = {
      id: 'feel-heard',
      theme: 'Peer support',
      i: 'I feel heard by people who understand.',
      wording: 'local' as const,
    }
    expect(expectOk(checkSurveySets([own], [statement])).surveys.map((survey) => survey.id)).toEqual(['peer'])
  })
})

describe('who may answer a survey', () => {
  const survey = (answering: unknown) =>
    set([
      {
        id: 'yearly',
        version: '1',
        title: 'Yearly',
        answering,
        questions: [{ id: 'q1', type: 'yes-no', text: 'Was it easy?' }],
      },
    ]).surveys[0]!

  it('defaults to anonymous through a one-time link, or named', () => {
    expect(survey(undefined).answering).toEqual({ anonymous: 'one-time-link', named: true })
  })

  it('refuses an anonymous answer where the survey does not allow one, and a named one where it is anonymous only', () => {
    const namedOnly = survey({ anonymous: 'not-allowed', named: true })
    expect(
      expectErrors(submitResponse(namedOnly, { kind: 'anonymous', answers: { q1: 'yes' } }, { now }))[0]?.message,
    ).toContain('cannot be answered anonymously')
    const anonymousOnly = survey({ anonymous: 'open', named: false })
    expect(
      expectErrors(
        submitResponse(anonymousOnly, { kind: 'named', respondentId: 'u1', answers: { q1: 'yes' } }, { now }),
      )[0]?.message,
    ).toContain('answered anonymously only')
  })

  it('refuses a survey no one could answer', () => {
    const errors = expectErrors(
      defineSurveySet({
        id: 's',
        title: 'S',
        surveys: [
          {
            id: 'x',
            version: '1',
            title: 'X',
            answering: { anonymous: 'not-allowed', named: false },
            questions: [{ id: 'q1', type: 'yes-no', text: 'Q' }],
          },
        ],
      }),
    )
    expect(errors[0]?.message).toContain('neither anonymous nor named')
  })
})
