import { describe, expect, it } from 'vitest'
import { AnonymousResponseSchema, submitResponse } from '@open-sds/coproduction'
import { expectErrors, expectOk, now, respond, survey } from './fixtures.js'

describe('responses', () => {
  it('an anonymous response has no identifier field at all, and only the day it was given', () => {
    const response = respond({ 'plan-ahead': 4, 'anything-else': 'More evening activities please' })
    expect(response.kind).toBe('anonymous')
    expect(Object.keys(response).sort()).toEqual([
      'answers',
      'kind',
      'submittedOn',
      'surveyId',
      'surveyVersion',
      'variant',
    ])
    expect(Object.keys(AnonymousResponseSchema.shape).some((key) => /id$/i.test(key) && key !== 'surveyId')).toBe(false)
    if (response.kind === 'anonymous') expect(response.submittedOn).toBe('2026-05-12')
  })

  it('refuses an identifier sent with an anonymous response, rather than storing it', () => {
    const errors = expectErrors(
      submitResponse(survey, { kind: 'anonymous', respondentId: 'person-42', answers: { 'plan-ahead': 3 } }, { now }),
    )
    expect(errors).toEqual([
      {
        path: 'respondentId',
        message: 'An anonymous response cannot carry respondentId: leave it out, or make the response named',
      },
    ])
    expect(AnonymousResponseSchema.safeParse({ ...respond({ 'plan-ahead': 3 }), email: 'a@example.org' }).success).toBe(
      false,
    )
  })

  it('keeps a named response with its respondent and exact time', () => {
    const response = respond({ 'plan-ahead': 5, 'staff-listen': 'yes' }, 'named')
    expect(response).toMatchObject({
      kind: 'named',
      respondentId: 'person-42',
      submittedAt: '2026-05-12T10:00:00.000Z',
    })
  })

  it('checks each answer against its question, naming the question in the message', () => {
    const errors = expectErrors(
      submitResponse(
        survey,
        {
          kind: 'anonymous',
          answers: { 'plan-ahead': 6, 'staff-listen': 'sometimes', 'anything-else': 'x'.repeat(501), age: 40 },
        },
        { now },
      ),
    )
    expect(errors).toEqual([
      { path: 'answers.age', message: 'There is no question "age" in this survey' },
      {
        path: 'answers.plan-ahead',
        message:
          'Answer "I am supported to plan ahead for changes I can anticipate." with a number from 1 (Strongly disagree) to 5 (Strongly agree)',
      },
      { path: 'answers.staff-listen', message: 'Answer "Do staff at your care agency listen to you?" with yes or no' },
      {
        path: 'answers.anything-else',
        message: 'Keep your answer to "Is there anything else you want to tell us?" to 500 characters or fewer',
      },
    ])
  })

  it('needs required questions answered, and leaves blank optional ones out', () => {
    const missing = expectErrors(
      submitResponse(survey, { kind: 'anonymous', answers: { 'plan-ahead': '  ' } }, { now }),
    )
    expect(missing[0]?.path).toBe('answers.plan-ahead')
    const response = respond({ 'plan-ahead': 2, 'anything-else': '   ' })
    expect(response.answers.map((answer) => answer.questionId)).toEqual(['plan-ahead'])
  })

  it('starts every written answer pending moderation', () => {
    const response = expectOk(
      submitResponse(
        survey,
        { kind: 'anonymous', variant: 'easy-read', answers: { 'plan-ahead': 4, 'anything-else': ' Thank you ' } },
        { now },
      ),
    )
    expect(response.variant).toBe('easy-read')
    expect(response.answers[1]).toEqual({
      questionId: 'anything-else',
      type: 'free-text',
      text: 'Thank you',
      moderation: { state: 'pending' },
    })
  })

  it('needs to know whether the response is anonymous or named', () => {
    expect(expectErrors(submitResponse(survey, { answers: {} }, { now }))[0]?.path).toBe('kind')
  })
})
